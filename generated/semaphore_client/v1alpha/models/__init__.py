"""Contains all the data models used in inputs/outputs"""

from .agent import Agent
from .agent_list import AgentList
from .agent_metadata import AgentMetadata
from .agent_name_settings import AgentNameSettings
from .agent_name_settings_assignment_origin import AgentNameSettingsAssignmentOrigin
from .agent_name_settings_aws import AgentNameSettingsAws
from .agent_name_settings_request import AgentNameSettingsRequest
from .agent_name_settings_request_assignment_origin import AgentNameSettingsRequestAssignmentOrigin
from .agent_status import AgentStatus
from .agent_status_state import AgentStatusState
from .agent_type import AgentType
from .agent_type_list import AgentTypeList
from .agent_type_metadata import AgentTypeMetadata
from .agent_type_request import AgentTypeRequest
from .agent_type_request_metadata import AgentTypeRequestMetadata
from .agent_type_request_spec import AgentTypeRequestSpec
from .agent_type_spec import AgentTypeSpec
from .agent_type_status import AgentTypeStatus
from .deployment import Deployment
from .deployment_history import DeploymentHistory
from .deployment_state import DeploymentState
from .deployment_target import DeploymentTarget
from .deployment_target_activity import DeploymentTargetActivity
from .deployment_target_create import DeploymentTargetCreate
from .deployment_target_deleted import DeploymentTargetDeleted
from .deployment_target_state import DeploymentTargetState
from .deployment_target_update import DeploymentTargetUpdate
from .disable_agents_form import DisableAgentsForm
from .disable_agents_form_only_idle import DisableAgentsFormOnlyIdle
from .disable_agents_request import DisableAgentsRequest
from .empty import Empty
from .gateway_error import GatewayError
from .gateway_error_detail import GatewayErrorDetail
from .job import Job
from .job_agent_port import JobAgentPort
from .job_agent_spec import JobAgentSpec
from .job_agent_status import JobAgentStatus
from .job_container import JobContainer
from .job_file import JobFile
from .job_logs import JobLogs
from .job_machine import JobMachine
from .job_metadata import JobMetadata
from .job_secret_ref import JobSecretRef
from .job_spec import JobSpec
from .job_status import JobStatus
from .job_status_result import JobStatusResult
from .job_status_state import JobStatusState
from .log_event import LogEvent
from .name_value import NameValue
from .object_rule import ObjectRule
from .object_rule_input import ObjectRuleInput
from .object_rule_input_match_mode import ObjectRuleInputMatchMode
from .object_rule_input_type import ObjectRuleInputType
from .object_rule_match_mode import ObjectRuleMatchMode
from .object_rule_type import ObjectRuleType
from .pipeline_block import PipelineBlock
from .pipeline_block_job import PipelineBlockJob
from .pipeline_block_result import PipelineBlockResult
from .pipeline_block_result_reason import PipelineBlockResultReason
from .pipeline_block_state import PipelineBlockState
from .pipeline_described import PipelineDescribed
from .pipeline_described_result import PipelineDescribedResult
from .pipeline_described_result_reason import PipelineDescribedResultReason
from .pipeline_described_state import PipelineDescribedState
from .pipeline_description import PipelineDescription
from .pipeline_listed import PipelineListed
from .pipeline_listed_result import PipelineListedResult
from .pipeline_listed_result_reason import PipelineListedResultReason
from .pipeline_listed_state import PipelineListedState
from .pipeline_queue_described import PipelineQueueDescribed
from .pipeline_queue_described_type import PipelineQueueDescribedType
from .pipeline_queue_listed import PipelineQueueListed
from .pipeline_queue_listed_type import PipelineQueueListedType
from .pipeline_terminate_request import PipelineTerminateRequest
from .pipeline_triggerer_described import PipelineTriggererDescribed
from .pipeline_triggerer_described_ppl_triggered_by import PipelineTriggererDescribedPplTriggeredBy
from .pipeline_triggerer_described_wf_triggered_by import PipelineTriggererDescribedWfTriggeredBy
from .pipeline_triggerer_listed import PipelineTriggererListed
from .pipeline_triggerer_listed_ppl_triggered_by import PipelineTriggererListedPplTriggeredBy
from .pipeline_triggerer_listed_wf_triggered_by import PipelineTriggererListedWfTriggeredBy
from .promotion import Promotion
from .promotion_refused import PromotionRefused
from .promotion_refused_code import PromotionRefusedCode
from .promotion_status import PromotionStatus
from .promotion_trigger_form import PromotionTriggerForm
from .promotion_trigger_form_override import PromotionTriggerFormOverride
from .promotion_trigger_request import PromotionTriggerRequest
from .promotion_trigger_request_override_type_1 import PromotionTriggerRequestOverrideType1
from .retention_policy import RetentionPolicy
from .retention_policy_request import RetentionPolicyRequest
from .retention_rule import RetentionRule
from .retention_rule_input import RetentionRuleInput
from .subject_rule import SubjectRule
from .subject_rule_input import SubjectRuleInput
from .subject_rule_input_type import SubjectRuleInputType
from .subject_rule_type import SubjectRuleType
from .target_file import TargetFile
from .timestamp import Timestamp
from .workflow_described import WorkflowDescribed
from .workflow_described_triggered_by import WorkflowDescribedTriggeredBy
from .workflow_description import WorkflowDescription
from .workflow_listed import WorkflowListed
from .workflow_listed_triggered_by import WorkflowListedTriggeredBy
from .workflow_reschedule_request import WorkflowRescheduleRequest
from .workflow_reschedule_result import WorkflowRescheduleResult
from .workflow_run_form import WorkflowRunForm
from .workflow_run_request import WorkflowRunRequest
from .workflow_run_request_parameters import WorkflowRunRequestParameters
from .workflow_run_result import WorkflowRunResult
from .workflow_service_status import WorkflowServiceStatus
from .yaml_validation_request import YamlValidationRequest
from .yaml_validation_result import YamlValidationResult

__all__ = (
    "Agent",
    "AgentList",
    "AgentMetadata",
    "AgentNameSettings",
    "AgentNameSettingsAssignmentOrigin",
    "AgentNameSettingsAws",
    "AgentNameSettingsRequest",
    "AgentNameSettingsRequestAssignmentOrigin",
    "AgentStatus",
    "AgentStatusState",
    "AgentType",
    "AgentTypeList",
    "AgentTypeMetadata",
    "AgentTypeRequest",
    "AgentTypeRequestMetadata",
    "AgentTypeRequestSpec",
    "AgentTypeSpec",
    "AgentTypeStatus",
    "Deployment",
    "DeploymentHistory",
    "DeploymentState",
    "DeploymentTarget",
    "DeploymentTargetActivity",
    "DeploymentTargetCreate",
    "DeploymentTargetDeleted",
    "DeploymentTargetState",
    "DeploymentTargetUpdate",
    "DisableAgentsForm",
    "DisableAgentsFormOnlyIdle",
    "DisableAgentsRequest",
    "Empty",
    "GatewayError",
    "GatewayErrorDetail",
    "Job",
    "JobAgentPort",
    "JobAgentSpec",
    "JobAgentStatus",
    "JobContainer",
    "JobFile",
    "JobLogs",
    "JobMachine",
    "JobMetadata",
    "JobSecretRef",
    "JobSpec",
    "JobStatus",
    "JobStatusResult",
    "JobStatusState",
    "LogEvent",
    "NameValue",
    "ObjectRule",
    "ObjectRuleInput",
    "ObjectRuleInputMatchMode",
    "ObjectRuleInputType",
    "ObjectRuleMatchMode",
    "ObjectRuleType",
    "PipelineBlock",
    "PipelineBlockJob",
    "PipelineBlockResult",
    "PipelineBlockResultReason",
    "PipelineBlockState",
    "PipelineDescribed",
    "PipelineDescribedResult",
    "PipelineDescribedResultReason",
    "PipelineDescribedState",
    "PipelineDescription",
    "PipelineListed",
    "PipelineListedResult",
    "PipelineListedResultReason",
    "PipelineListedState",
    "PipelineQueueDescribed",
    "PipelineQueueDescribedType",
    "PipelineQueueListed",
    "PipelineQueueListedType",
    "PipelineTerminateRequest",
    "PipelineTriggererDescribed",
    "PipelineTriggererDescribedPplTriggeredBy",
    "PipelineTriggererDescribedWfTriggeredBy",
    "PipelineTriggererListed",
    "PipelineTriggererListedPplTriggeredBy",
    "PipelineTriggererListedWfTriggeredBy",
    "Promotion",
    "PromotionRefused",
    "PromotionRefusedCode",
    "PromotionStatus",
    "PromotionTriggerForm",
    "PromotionTriggerFormOverride",
    "PromotionTriggerRequest",
    "PromotionTriggerRequestOverrideType1",
    "RetentionPolicy",
    "RetentionPolicyRequest",
    "RetentionRule",
    "RetentionRuleInput",
    "SubjectRule",
    "SubjectRuleInput",
    "SubjectRuleInputType",
    "SubjectRuleType",
    "TargetFile",
    "Timestamp",
    "WorkflowDescribed",
    "WorkflowDescribedTriggeredBy",
    "WorkflowDescription",
    "WorkflowListed",
    "WorkflowListedTriggeredBy",
    "WorkflowRescheduleRequest",
    "WorkflowRescheduleResult",
    "WorkflowRunForm",
    "WorkflowRunRequest",
    "WorkflowRunRequestParameters",
    "WorkflowRunResult",
    "WorkflowServiceStatus",
    "YamlValidationRequest",
    "YamlValidationResult",
)
