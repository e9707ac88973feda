"""Contains all the data models used in inputs/outputs (each loaded on first use)."""

from typing import TYPE_CHECKING

from ..._runtime.lazy import lazy_names as _lazy_names

if TYPE_CHECKING:
    from .action_status import ActionStatus
    from .action_status_status import ActionStatusStatus
    from .agent import Agent
    from .agent_list import AgentList
    from .agent_metadata import AgentMetadata
    from .agent_name_settings import AgentNameSettings
    from .agent_name_settings_assignment_origin import AgentNameSettingsAssignmentOrigin
    from .agent_name_settings_aws import AgentNameSettingsAws
    from .agent_name_settings_request import AgentNameSettingsRequest
    from .agent_name_settings_request_assignment_origin import (
        AgentNameSettingsRequestAssignmentOrigin,
    )
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
    from .artifact import Artifact
    from .artifact_list import ArtifactList
    from .artifact_signed_url import ArtifactSignedUrl
    from .dashboard import Dashboard
    from .dashboard_input import DashboardInput
    from .dashboard_input_metadata import DashboardInputMetadata
    from .dashboard_input_spec import DashboardInputSpec
    from .dashboard_input_spec_widgets_item import DashboardInputSpecWidgetsItem
    from .dashboard_input_spec_widgets_item_filters import DashboardInputSpecWidgetsItemFilters
    from .dashboard_list import DashboardList
    from .dashboard_metadata import DashboardMetadata
    from .dashboard_spec import DashboardSpec
    from .dashboard_widget import DashboardWidget
    from .dashboard_widget_filters import DashboardWidgetFilters
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
    from .disruption_day import DisruptionDay
    from .empty import Empty
    from .flaky_test import FlakyTest
    from .flaky_test_context import FlakyTestContext
    from .flaky_test_detail import FlakyTestDetail
    from .flaky_test_disruption import FlakyTestDisruption
    from .frequency_metric import FrequencyMetric
    from .gateway_error import GatewayError
    from .gateway_error_detail import GatewayErrorDetail
    from .get_artifact_signed_url_scope import GetArtifactSignedUrlScope
    from .group import Group
    from .group_create import GroupCreate
    from .group_list import GroupList
    from .group_update import GroupUpdate
    from .invite_role_status import InviteRoleStatus
    from .invite_role_status_status import InviteRoleStatusStatus
    from .invited_member import InvitedMember
    from .job import Job
    from .job_agent_port import JobAgentPort
    from .job_agent_spec import JobAgentSpec
    from .job_agent_status import JobAgentStatus
    from .job_container import JobContainer
    from .job_debug_request import JobDebugRequest
    from .job_debug_ssh_key import JobDebugSshKey
    from .job_file import JobFile
    from .job_input import JobInput
    from .job_input_metadata import JobInputMetadata
    from .job_input_spec import JobInputSpec
    from .job_input_spec_agent import JobInputSpecAgent
    from .job_input_spec_agent_machine import JobInputSpecAgentMachine
    from .job_list import JobList
    from .job_logs import JobLogs
    from .job_machine import JobMachine
    from .job_metadata import JobMetadata
    from .job_secret_ref import JobSecretRef
    from .job_spec import JobSpec
    from .job_status import JobStatus
    from .job_status_result import JobStatusResult
    from .job_status_state import JobStatusState
    from .job_troubleshoot import JobTroubleshoot
    from .list_artifacts_scope import ListArtifactsScope
    from .list_jobs_order import ListJobsOrder
    from .list_jobs_states_item import ListJobsStatesItem
    from .list_members_member_type import ListMembersMemberType
    from .list_notifications_order import ListNotificationsOrder
    from .log_event import LogEvent
    from .member import Member
    from .member_invite_request import MemberInviteRequest
    from .member_invite_request_provider import MemberInviteRequestProvider
    from .member_invite_result import MemberInviteResult
    from .member_list import MemberList
    from .member_role_binding import MemberRoleBinding
    from .member_role_binding_source import MemberRoleBindingSource
    from .member_subject_type import MemberSubjectType
    from .name_value import NameValue
    from .notification import Notification
    from .notification_email import NotificationEmail
    from .notification_filter import NotificationFilter
    from .notification_filter_states_item import NotificationFilterStatesItem
    from .notification_input import NotificationInput
    from .notification_input_metadata import NotificationInputMetadata
    from .notification_input_spec import NotificationInputSpec
    from .notification_input_spec_rules_item import NotificationInputSpecRulesItem
    from .notification_input_spec_rules_item_filter import NotificationInputSpecRulesItemFilter
    from .notification_input_spec_rules_item_filter_states_item import (
        NotificationInputSpecRulesItemFilterStatesItem,
    )
    from .notification_input_spec_rules_item_notify import NotificationInputSpecRulesItemNotify
    from .notification_input_spec_rules_item_notify_email import (
        NotificationInputSpecRulesItemNotifyEmail,
    )
    from .notification_input_spec_rules_item_notify_slack import (
        NotificationInputSpecRulesItemNotifySlack,
    )
    from .notification_input_spec_rules_item_notify_webhook import (
        NotificationInputSpecRulesItemNotifyWebhook,
    )
    from .notification_list import NotificationList
    from .notification_metadata import NotificationMetadata
    from .notification_rule import NotificationRule
    from .notification_slack import NotificationSlack
    from .notification_spec import NotificationSpec
    from .notification_status import NotificationStatus
    from .notification_status_failures_item import NotificationStatusFailuresItem
    from .notification_target_status import NotificationTargetStatus
    from .notification_targets import NotificationTargets
    from .notification_webhook import NotificationWebhook
    from .object_rule import ObjectRule
    from .object_rule_input import ObjectRuleInput
    from .object_rule_input_match_mode import ObjectRuleInputMatchMode
    from .object_rule_input_type import ObjectRuleInputType
    from .object_rule_match_mode import ObjectRuleMatchMode
    from .object_rule_type import ObjectRuleType
    from .organization_create_request import OrganizationCreateRequest
    from .organization_created import OrganizationCreated
    from .partial_rebuild_result import PartialRebuildResult
    from .performance_metric import PerformanceMetric
    from .permission import Permission
    from .permission_list import PermissionList
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
    from .pipeline_frequency import PipelineFrequency
    from .pipeline_listed import PipelineListed
    from .pipeline_listed_result import PipelineListedResult
    from .pipeline_listed_result_reason import PipelineListedResultReason
    from .pipeline_listed_state import PipelineListedState
    from .pipeline_performance import PipelinePerformance
    from .pipeline_queue_described import PipelineQueueDescribed
    from .pipeline_queue_described_type import PipelineQueueDescribedType
    from .pipeline_queue_listed import PipelineQueueListed
    from .pipeline_queue_listed_type import PipelineQueueListedType
    from .pipeline_reliability import PipelineReliability
    from .pipeline_terminate_request import PipelineTerminateRequest
    from .pipeline_triggerer_described import PipelineTriggererDescribed
    from .pipeline_triggerer_described_ppl_triggered_by import (
        PipelineTriggererDescribedPplTriggeredBy,
    )
    from .pipeline_triggerer_described_wf_triggered_by import (
        PipelineTriggererDescribedWfTriggeredBy,
    )
    from .pipeline_triggerer_listed import PipelineTriggererListed
    from .pipeline_triggerer_listed_ppl_triggered_by import PipelineTriggererListedPplTriggeredBy
    from .pipeline_triggerer_listed_wf_triggered_by import PipelineTriggererListedWfTriggeredBy
    from .pipeline_troubleshoot import PipelineTroubleshoot
    from .project import Project
    from .project_debug_request import ProjectDebugRequest
    from .project_error import ProjectError
    from .project_input import ProjectInput
    from .project_input_metadata import ProjectInputMetadata
    from .project_input_spec import ProjectInputSpec
    from .project_input_spec_repository import ProjectInputSpecRepository
    from .project_input_spec_repository_forked_pull_requests import (
        ProjectInputSpecRepositoryForkedPullRequests,
    )
    from .project_input_spec_repository_status import ProjectInputSpecRepositoryStatus
    from .project_input_spec_repository_status_pipeline_files_item import (
        ProjectInputSpecRepositoryStatusPipelineFilesItem,
    )
    from .project_input_spec_repository_whitelist import ProjectInputSpecRepositoryWhitelist
    from .project_input_spec_schedulers_item import ProjectInputSpecSchedulersItem
    from .project_input_spec_schedulers_item_reference_type import (
        ProjectInputSpecSchedulersItemReferenceType,
    )
    from .project_input_spec_tasks_item import ProjectInputSpecTasksItem
    from .project_input_spec_tasks_item_parameters_item import (
        ProjectInputSpecTasksItemParametersItem,
    )
    from .project_input_spec_tasks_item_reference_type import ProjectInputSpecTasksItemReferenceType
    from .project_input_spec_visibility import ProjectInputSpecVisibility
    from .project_member_list import ProjectMemberList
    from .project_metadata import ProjectMetadata
    from .project_permission_type import ProjectPermissionType
    from .project_reference import ProjectReference
    from .project_reference_type import ProjectReferenceType
    from .project_repository import ProjectRepository
    from .project_repository_forked_pull_requests import ProjectRepositoryForkedPullRequests
    from .project_repository_integration_type import ProjectRepositoryIntegrationType
    from .project_repository_run_on_item import ProjectRepositoryRunOnItem
    from .project_repository_status import ProjectRepositoryStatus
    from .project_repository_status_pipeline_files_item import (
        ProjectRepositoryStatusPipelineFilesItem,
    )
    from .project_repository_status_pipeline_files_item_level import (
        ProjectRepositoryStatusPipelineFilesItemLevel,
    )
    from .project_repository_whitelist import ProjectRepositoryWhitelist
    from .project_scheduler import ProjectScheduler
    from .project_scheduler_status import ProjectSchedulerStatus
    from .project_spec import ProjectSpec
    from .project_spec_visibility import ProjectSpecVisibility
    from .project_task import ProjectTask
    from .project_task_parameter import ProjectTaskParameter
    from .project_task_status import ProjectTaskStatus
    from .promotion import Promotion
    from .promotion_refused import PromotionRefused
    from .promotion_refused_code import PromotionRefusedCode
    from .promotion_status import PromotionStatus
    from .promotion_trigger_form import PromotionTriggerForm
    from .promotion_trigger_form_override import PromotionTriggerFormOverride
    from .promotion_trigger_request import PromotionTriggerRequest
    from .promotion_trigger_request_override_type_1 import PromotionTriggerRequestOverrideType1
    from .reliability_metric import ReliabilityMetric
    from .retention_policy import RetentionPolicy
    from .retention_policy_request import RetentionPolicyRequest
    from .retention_rule import RetentionRule
    from .retention_rule_input import RetentionRuleInput
    from .role import Role
    from .role_assign_request import RoleAssignRequest
    from .role_create import RoleCreate
    from .role_list import RoleList
    from .role_scope import RoleScope
    from .role_update import RoleUpdate
    from .schedule import Schedule
    from .schedule_apply_request import ScheduleApplyRequest
    from .schedule_description import ScheduleDescription
    from .schedule_parameter import ScheduleParameter
    from .schedule_run_request import ScheduleRunRequest
    from .schedule_run_request_parameters import ScheduleRunRequestParameters
    from .schedule_run_request_reference import ScheduleRunRequestReference
    from .schedule_run_result import ScheduleRunResult
    from .schedule_trigger import ScheduleTrigger
    from .service_account import ServiceAccount
    from .service_account_create import ServiceAccountCreate
    from .service_account_created import ServiceAccountCreated
    from .service_account_list import ServiceAccountList
    from .service_account_token import ServiceAccountToken
    from .service_account_update import ServiceAccountUpdate
    from .subject_rule import SubjectRule
    from .subject_rule_input import SubjectRuleInput
    from .subject_rule_input_type import SubjectRuleInputType
    from .subject_rule_type import SubjectRuleType
    from .target_file import TargetFile
    from .timestamp import Timestamp
    from .topology_block import TopologyBlock
    from .troubleshoot_block_info import TroubleshootBlockInfo
    from .troubleshoot_job_info import TroubleshootJobInfo
    from .troubleshoot_pipeline_info import TroubleshootPipelineInfo
    from .troubleshoot_pipeline_info_result import TroubleshootPipelineInfoResult
    from .troubleshoot_pipeline_info_state import TroubleshootPipelineInfoState
    from .troubleshoot_project import TroubleshootProject
    from .troubleshoot_workflow_info import TroubleshootWorkflowInfo
    from .troubleshoot_workflow_info_triggered_by import TroubleshootWorkflowInfoTriggeredBy
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
    from .workflow_run_snapshot import WorkflowRunSnapshot
    from .workflow_service_status import WorkflowServiceStatus
    from .workflow_troubleshoot import WorkflowTroubleshoot
    from .yaml_validation_request import YamlValidationRequest
    from .yaml_validation_result import YamlValidationResult

__all__ = (
    "ActionStatus",
    "ActionStatusStatus",
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
    "Artifact",
    "ArtifactList",
    "ArtifactSignedUrl",
    "Dashboard",
    "DashboardInput",
    "DashboardInputMetadata",
    "DashboardInputSpec",
    "DashboardInputSpecWidgetsItem",
    "DashboardInputSpecWidgetsItemFilters",
    "DashboardList",
    "DashboardMetadata",
    "DashboardSpec",
    "DashboardWidget",
    "DashboardWidgetFilters",
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
    "DisruptionDay",
    "Empty",
    "FlakyTest",
    "FlakyTestContext",
    "FlakyTestDetail",
    "FlakyTestDisruption",
    "FrequencyMetric",
    "GatewayError",
    "GatewayErrorDetail",
    "GetArtifactSignedUrlScope",
    "Group",
    "GroupCreate",
    "GroupList",
    "GroupUpdate",
    "InvitedMember",
    "InviteRoleStatus",
    "InviteRoleStatusStatus",
    "Job",
    "JobAgentPort",
    "JobAgentSpec",
    "JobAgentStatus",
    "JobContainer",
    "JobDebugRequest",
    "JobDebugSshKey",
    "JobFile",
    "JobInput",
    "JobInputMetadata",
    "JobInputSpec",
    "JobInputSpecAgent",
    "JobInputSpecAgentMachine",
    "JobList",
    "JobLogs",
    "JobMachine",
    "JobMetadata",
    "JobSecretRef",
    "JobSpec",
    "JobStatus",
    "JobStatusResult",
    "JobStatusState",
    "JobTroubleshoot",
    "ListArtifactsScope",
    "ListJobsOrder",
    "ListJobsStatesItem",
    "ListMembersMemberType",
    "ListNotificationsOrder",
    "LogEvent",
    "Member",
    "MemberInviteRequest",
    "MemberInviteRequestProvider",
    "MemberInviteResult",
    "MemberList",
    "MemberRoleBinding",
    "MemberRoleBindingSource",
    "MemberSubjectType",
    "NameValue",
    "Notification",
    "NotificationEmail",
    "NotificationFilter",
    "NotificationFilterStatesItem",
    "NotificationInput",
    "NotificationInputMetadata",
    "NotificationInputSpec",
    "NotificationInputSpecRulesItem",
    "NotificationInputSpecRulesItemFilter",
    "NotificationInputSpecRulesItemFilterStatesItem",
    "NotificationInputSpecRulesItemNotify",
    "NotificationInputSpecRulesItemNotifyEmail",
    "NotificationInputSpecRulesItemNotifySlack",
    "NotificationInputSpecRulesItemNotifyWebhook",
    "NotificationList",
    "NotificationMetadata",
    "NotificationRule",
    "NotificationSlack",
    "NotificationSpec",
    "NotificationStatus",
    "NotificationStatusFailuresItem",
    "NotificationTargets",
    "NotificationTargetStatus",
    "NotificationWebhook",
    "ObjectRule",
    "ObjectRuleInput",
    "ObjectRuleInputMatchMode",
    "ObjectRuleInputType",
    "ObjectRuleMatchMode",
    "ObjectRuleType",
    "OrganizationCreated",
    "OrganizationCreateRequest",
    "PartialRebuildResult",
    "PerformanceMetric",
    "Permission",
    "PermissionList",
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
    "PipelineFrequency",
    "PipelineListed",
    "PipelineListedResult",
    "PipelineListedResultReason",
    "PipelineListedState",
    "PipelinePerformance",
    "PipelineQueueDescribed",
    "PipelineQueueDescribedType",
    "PipelineQueueListed",
    "PipelineQueueListedType",
    "PipelineReliability",
    "PipelineTerminateRequest",
    "PipelineTriggererDescribed",
    "PipelineTriggererDescribedPplTriggeredBy",
    "PipelineTriggererDescribedWfTriggeredBy",
    "PipelineTriggererListed",
    "PipelineTriggererListedPplTriggeredBy",
    "PipelineTriggererListedWfTriggeredBy",
    "PipelineTroubleshoot",
    "Project",
    "ProjectDebugRequest",
    "ProjectError",
    "ProjectInput",
    "ProjectInputMetadata",
    "ProjectInputSpec",
    "ProjectInputSpecRepository",
    "ProjectInputSpecRepositoryForkedPullRequests",
    "ProjectInputSpecRepositoryStatus",
    "ProjectInputSpecRepositoryStatusPipelineFilesItem",
    "ProjectInputSpecRepositoryWhitelist",
    "ProjectInputSpecSchedulersItem",
    "ProjectInputSpecSchedulersItemReferenceType",
    "ProjectInputSpecTasksItem",
    "ProjectInputSpecTasksItemParametersItem",
    "ProjectInputSpecTasksItemReferenceType",
    "ProjectInputSpecVisibility",
    "ProjectMemberList",
    "ProjectMetadata",
    "ProjectPermissionType",
    "ProjectReference",
    "ProjectReferenceType",
    "ProjectRepository",
    "ProjectRepositoryForkedPullRequests",
    "ProjectRepositoryIntegrationType",
    "ProjectRepositoryRunOnItem",
    "ProjectRepositoryStatus",
    "ProjectRepositoryStatusPipelineFilesItem",
    "ProjectRepositoryStatusPipelineFilesItemLevel",
    "ProjectRepositoryWhitelist",
    "ProjectScheduler",
    "ProjectSchedulerStatus",
    "ProjectSpec",
    "ProjectSpecVisibility",
    "ProjectTask",
    "ProjectTaskParameter",
    "ProjectTaskStatus",
    "Promotion",
    "PromotionRefused",
    "PromotionRefusedCode",
    "PromotionStatus",
    "PromotionTriggerForm",
    "PromotionTriggerFormOverride",
    "PromotionTriggerRequest",
    "PromotionTriggerRequestOverrideType1",
    "ReliabilityMetric",
    "RetentionPolicy",
    "RetentionPolicyRequest",
    "RetentionRule",
    "RetentionRuleInput",
    "Role",
    "RoleAssignRequest",
    "RoleCreate",
    "RoleList",
    "RoleScope",
    "RoleUpdate",
    "Schedule",
    "ScheduleApplyRequest",
    "ScheduleDescription",
    "ScheduleParameter",
    "ScheduleRunRequest",
    "ScheduleRunRequestParameters",
    "ScheduleRunRequestReference",
    "ScheduleRunResult",
    "ScheduleTrigger",
    "ServiceAccount",
    "ServiceAccountCreate",
    "ServiceAccountCreated",
    "ServiceAccountList",
    "ServiceAccountToken",
    "ServiceAccountUpdate",
    "SubjectRule",
    "SubjectRuleInput",
    "SubjectRuleInputType",
    "SubjectRuleType",
    "TargetFile",
    "Timestamp",
    "TopologyBlock",
    "TroubleshootBlockInfo",
    "TroubleshootJobInfo",
    "TroubleshootPipelineInfo",
    "TroubleshootPipelineInfoResult",
    "TroubleshootPipelineInfoState",
    "TroubleshootProject",
    "TroubleshootWorkflowInfo",
    "TroubleshootWorkflowInfoTriggeredBy",
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
    "WorkflowRunSnapshot",
    "WorkflowServiceStatus",
    "WorkflowTroubleshoot",
    "YamlValidationRequest",
    "YamlValidationResult",
)

# At run time only: for type checkers a name outside the imports above is an error.
if not TYPE_CHECKING:
    __getattr__, __dir__ = _lazy_names(
        __name__,
        {
            "ActionStatus": ".action_status",
            "ActionStatusStatus": ".action_status_status",
            "Agent": ".agent",
            "AgentList": ".agent_list",
            "AgentMetadata": ".agent_metadata",
            "AgentNameSettings": ".agent_name_settings",
            "AgentNameSettingsAssignmentOrigin": ".agent_name_settings_assignment_origin",
            "AgentNameSettingsAws": ".agent_name_settings_aws",
            "AgentNameSettingsRequest": ".agent_name_settings_request",
            "AgentNameSettingsRequestAssignmentOrigin": ".agent_name_settings_request_assignment_origin",
            "AgentStatus": ".agent_status",
            "AgentStatusState": ".agent_status_state",
            "AgentType": ".agent_type",
            "AgentTypeList": ".agent_type_list",
            "AgentTypeMetadata": ".agent_type_metadata",
            "AgentTypeRequest": ".agent_type_request",
            "AgentTypeRequestMetadata": ".agent_type_request_metadata",
            "AgentTypeRequestSpec": ".agent_type_request_spec",
            "AgentTypeSpec": ".agent_type_spec",
            "AgentTypeStatus": ".agent_type_status",
            "Artifact": ".artifact",
            "ArtifactList": ".artifact_list",
            "ArtifactSignedUrl": ".artifact_signed_url",
            "Dashboard": ".dashboard",
            "DashboardInput": ".dashboard_input",
            "DashboardInputMetadata": ".dashboard_input_metadata",
            "DashboardInputSpec": ".dashboard_input_spec",
            "DashboardInputSpecWidgetsItem": ".dashboard_input_spec_widgets_item",
            "DashboardInputSpecWidgetsItemFilters": ".dashboard_input_spec_widgets_item_filters",
            "DashboardList": ".dashboard_list",
            "DashboardMetadata": ".dashboard_metadata",
            "DashboardSpec": ".dashboard_spec",
            "DashboardWidget": ".dashboard_widget",
            "DashboardWidgetFilters": ".dashboard_widget_filters",
            "Deployment": ".deployment",
            "DeploymentHistory": ".deployment_history",
            "DeploymentState": ".deployment_state",
            "DeploymentTarget": ".deployment_target",
            "DeploymentTargetActivity": ".deployment_target_activity",
            "DeploymentTargetCreate": ".deployment_target_create",
            "DeploymentTargetDeleted": ".deployment_target_deleted",
            "DeploymentTargetState": ".deployment_target_state",
            "DeploymentTargetUpdate": ".deployment_target_update",
            "DisableAgentsForm": ".disable_agents_form",
            "DisableAgentsFormOnlyIdle": ".disable_agents_form_only_idle",
            "DisableAgentsRequest": ".disable_agents_request",
            "DisruptionDay": ".disruption_day",
            "Empty": ".empty",
            "FlakyTest": ".flaky_test",
            "FlakyTestContext": ".flaky_test_context",
            "FlakyTestDetail": ".flaky_test_detail",
            "FlakyTestDisruption": ".flaky_test_disruption",
            "FrequencyMetric": ".frequency_metric",
            "GatewayError": ".gateway_error",
            "GatewayErrorDetail": ".gateway_error_detail",
            "GetArtifactSignedUrlScope": ".get_artifact_signed_url_scope",
            "Group": ".group",
            "GroupCreate": ".group_create",
            "GroupList": ".group_list",
            "GroupUpdate": ".group_update",
            "InviteRoleStatus": ".invite_role_status",
            "InviteRoleStatusStatus": ".invite_role_status_status",
            "InvitedMember": ".invited_member",
            "Job": ".job",
            "JobAgentPort": ".job_agent_port",
            "JobAgentSpec": ".job_agent_spec",
            "JobAgentStatus": ".job_agent_status",
            "JobContainer": ".job_container",
            "JobDebugRequest": ".job_debug_request",
            "JobDebugSshKey": ".job_debug_ssh_key",
            "JobFile": ".job_file",
            "JobInput": ".job_input",
            "JobInputMetadata": ".job_input_metadata",
            "JobInputSpec": ".job_input_spec",
            "JobInputSpecAgent": ".job_input_spec_agent",
            "JobInputSpecAgentMachine": ".job_input_spec_agent_machine",
            "JobList": ".job_list",
            "JobLogs": ".job_logs",
            "JobMachine": ".job_machine",
            "JobMetadata": ".job_metadata",
            "JobSecretRef": ".job_secret_ref",
            "JobSpec": ".job_spec",
            "JobStatus": ".job_status",
            "JobStatusResult": ".job_status_result",
            "JobStatusState": ".job_status_state",
            "JobTroubleshoot": ".job_troubleshoot",
            "ListArtifactsScope": ".list_artifacts_scope",
            "ListJobsOrder": ".list_jobs_order",
            "ListJobsStatesItem": ".list_jobs_states_item",
            "ListMembersMemberType": ".list_members_member_type",
            "ListNotificationsOrder": ".list_notifications_order",
            "LogEvent": ".log_event",
            "Member": ".member",
            "MemberInviteRequest": ".member_invite_request",
            "MemberInviteRequestProvider": ".member_invite_request_provider",
            "MemberInviteResult": ".member_invite_result",
            "MemberList": ".member_list",
            "MemberRoleBinding": ".member_role_binding",
            "MemberRoleBindingSource": ".member_role_binding_source",
            "MemberSubjectType": ".member_subject_type",
            "NameValue": ".name_value",
            "Notification": ".notification",
            "NotificationEmail": ".notification_email",
            "NotificationFilter": ".notification_filter",
            "NotificationFilterStatesItem": ".notification_filter_states_item",
            "NotificationInput": ".notification_input",
            "NotificationInputMetadata": ".notification_input_metadata",
            "NotificationInputSpec": ".notification_input_spec",
            "NotificationInputSpecRulesItem": ".notification_input_spec_rules_item",
            "NotificationInputSpecRulesItemFilter": ".notification_input_spec_rules_item_filter",
            "NotificationInputSpecRulesItemFilterStatesItem": ".notification_input_spec_rules_item_filter_states_item",
            "NotificationInputSpecRulesItemNotify": ".notification_input_spec_rules_item_notify",
            "NotificationInputSpecRulesItemNotifyEmail": ".notification_input_spec_rules_item_notify_email",
            "NotificationInputSpecRulesItemNotifySlack": ".notification_input_spec_rules_item_notify_slack",
            "NotificationInputSpecRulesItemNotifyWebhook": ".notification_input_spec_rules_item_notify_webhook",
            "NotificationList": ".notification_list",
            "NotificationMetadata": ".notification_metadata",
            "NotificationRule": ".notification_rule",
            "NotificationSlack": ".notification_slack",
            "NotificationSpec": ".notification_spec",
            "NotificationStatus": ".notification_status",
            "NotificationStatusFailuresItem": ".notification_status_failures_item",
            "NotificationTargetStatus": ".notification_target_status",
            "NotificationTargets": ".notification_targets",
            "NotificationWebhook": ".notification_webhook",
            "ObjectRule": ".object_rule",
            "ObjectRuleInput": ".object_rule_input",
            "ObjectRuleInputMatchMode": ".object_rule_input_match_mode",
            "ObjectRuleInputType": ".object_rule_input_type",
            "ObjectRuleMatchMode": ".object_rule_match_mode",
            "ObjectRuleType": ".object_rule_type",
            "OrganizationCreateRequest": ".organization_create_request",
            "OrganizationCreated": ".organization_created",
            "PartialRebuildResult": ".partial_rebuild_result",
            "PerformanceMetric": ".performance_metric",
            "Permission": ".permission",
            "PermissionList": ".permission_list",
            "PipelineBlock": ".pipeline_block",
            "PipelineBlockJob": ".pipeline_block_job",
            "PipelineBlockResult": ".pipeline_block_result",
            "PipelineBlockResultReason": ".pipeline_block_result_reason",
            "PipelineBlockState": ".pipeline_block_state",
            "PipelineDescribed": ".pipeline_described",
            "PipelineDescribedResult": ".pipeline_described_result",
            "PipelineDescribedResultReason": ".pipeline_described_result_reason",
            "PipelineDescribedState": ".pipeline_described_state",
            "PipelineDescription": ".pipeline_description",
            "PipelineFrequency": ".pipeline_frequency",
            "PipelineListed": ".pipeline_listed",
            "PipelineListedResult": ".pipeline_listed_result",
            "PipelineListedResultReason": ".pipeline_listed_result_reason",
            "PipelineListedState": ".pipeline_listed_state",
            "PipelinePerformance": ".pipeline_performance",
            "PipelineQueueDescribed": ".pipeline_queue_described",
            "PipelineQueueDescribedType": ".pipeline_queue_described_type",
            "PipelineQueueListed": ".pipeline_queue_listed",
            "PipelineQueueListedType": ".pipeline_queue_listed_type",
            "PipelineReliability": ".pipeline_reliability",
            "PipelineTerminateRequest": ".pipeline_terminate_request",
            "PipelineTriggererDescribed": ".pipeline_triggerer_described",
            "PipelineTriggererDescribedPplTriggeredBy": ".pipeline_triggerer_described_ppl_triggered_by",
            "PipelineTriggererDescribedWfTriggeredBy": ".pipeline_triggerer_described_wf_triggered_by",
            "PipelineTriggererListed": ".pipeline_triggerer_listed",
            "PipelineTriggererListedPplTriggeredBy": ".pipeline_triggerer_listed_ppl_triggered_by",
            "PipelineTriggererListedWfTriggeredBy": ".pipeline_triggerer_listed_wf_triggered_by",
            "PipelineTroubleshoot": ".pipeline_troubleshoot",
            "Project": ".project",
            "ProjectDebugRequest": ".project_debug_request",
            "ProjectError": ".project_error",
            "ProjectInput": ".project_input",
            "ProjectInputMetadata": ".project_input_metadata",
            "ProjectInputSpec": ".project_input_spec",
            "ProjectInputSpecRepository": ".project_input_spec_repository",
            "ProjectInputSpecRepositoryForkedPullRequests": ".project_input_spec_repository_forked_pull_requests",
            "ProjectInputSpecRepositoryStatus": ".project_input_spec_repository_status",
            "ProjectInputSpecRepositoryStatusPipelineFilesItem": ".project_input_spec_repository_status_pipeline_files_item",
            "ProjectInputSpecRepositoryWhitelist": ".project_input_spec_repository_whitelist",
            "ProjectInputSpecSchedulersItem": ".project_input_spec_schedulers_item",
            "ProjectInputSpecSchedulersItemReferenceType": ".project_input_spec_schedulers_item_reference_type",
            "ProjectInputSpecTasksItem": ".project_input_spec_tasks_item",
            "ProjectInputSpecTasksItemParametersItem": ".project_input_spec_tasks_item_parameters_item",
            "ProjectInputSpecTasksItemReferenceType": ".project_input_spec_tasks_item_reference_type",
            "ProjectInputSpecVisibility": ".project_input_spec_visibility",
            "ProjectMemberList": ".project_member_list",
            "ProjectMetadata": ".project_metadata",
            "ProjectPermissionType": ".project_permission_type",
            "ProjectReference": ".project_reference",
            "ProjectReferenceType": ".project_reference_type",
            "ProjectRepository": ".project_repository",
            "ProjectRepositoryForkedPullRequests": ".project_repository_forked_pull_requests",
            "ProjectRepositoryIntegrationType": ".project_repository_integration_type",
            "ProjectRepositoryRunOnItem": ".project_repository_run_on_item",
            "ProjectRepositoryStatus": ".project_repository_status",
            "ProjectRepositoryStatusPipelineFilesItem": ".project_repository_status_pipeline_files_item",
            "ProjectRepositoryStatusPipelineFilesItemLevel": ".project_repository_status_pipeline_files_item_level",
            "ProjectRepositoryWhitelist": ".project_repository_whitelist",
            "ProjectScheduler": ".project_scheduler",
            "ProjectSchedulerStatus": ".project_scheduler_status",
            "ProjectSpec": ".project_spec",
            "ProjectSpecVisibility": ".project_spec_visibility",
            "ProjectTask": ".project_task",
            "ProjectTaskParameter": ".project_task_parameter",
            "ProjectTaskStatus": ".project_task_status",
            "Promotion": ".promotion",
            "PromotionRefused": ".promotion_refused",
            "PromotionRefusedCode": ".promotion_refused_code",
            "PromotionStatus": ".promotion_status",
            "PromotionTriggerForm": ".promotion_trigger_form",
            "PromotionTriggerFormOverride": ".promotion_trigger_form_override",
            "PromotionTriggerRequest": ".promotion_trigger_request",
            "PromotionTriggerRequestOverrideType1": ".promotion_trigger_request_override_type_1",
            "ReliabilityMetric": ".reliability_metric",
            "RetentionPolicy": ".retention_policy",
            "RetentionPolicyRequest": ".retention_policy_request",
            "RetentionRule": ".retention_rule",
            "RetentionRuleInput": ".retention_rule_input",
            "Role": ".role",
            "RoleAssignRequest": ".role_assign_request",
            "RoleCreate": ".role_create",
            "RoleList": ".role_list",
            "RoleScope": ".role_scope",
            "RoleUpdate": ".role_update",
            "Schedule": ".schedule",
            "ScheduleApplyRequest": ".schedule_apply_request",
            "ScheduleDescription": ".schedule_description",
            "ScheduleParameter": ".schedule_parameter",
            "ScheduleRunRequest": ".schedule_run_request",
            "ScheduleRunRequestParameters": ".schedule_run_request_parameters",
            "ScheduleRunRequestReference": ".schedule_run_request_reference",
            "ScheduleRunResult": ".schedule_run_result",
            "ScheduleTrigger": ".schedule_trigger",
            "ServiceAccount": ".service_account",
            "ServiceAccountCreate": ".service_account_create",
            "ServiceAccountCreated": ".service_account_created",
            "ServiceAccountList": ".service_account_list",
            "ServiceAccountToken": ".service_account_token",
            "ServiceAccountUpdate": ".service_account_update",
            "SubjectRule": ".subject_rule",
            "SubjectRuleInput": ".subject_rule_input",
            "SubjectRuleInputType": ".subject_rule_input_type",
            "SubjectRuleType": ".subject_rule_type",
            "TargetFile": ".target_file",
            "Timestamp": ".timestamp",
            "TopologyBlock": ".topology_block",
            "TroubleshootBlockInfo": ".troubleshoot_block_info",
            "TroubleshootJobInfo": ".troubleshoot_job_info",
            "TroubleshootPipelineInfo": ".troubleshoot_pipeline_info",
            "TroubleshootPipelineInfoResult": ".troubleshoot_pipeline_info_result",
            "TroubleshootPipelineInfoState": ".troubleshoot_pipeline_info_state",
            "TroubleshootProject": ".troubleshoot_project",
            "TroubleshootWorkflowInfo": ".troubleshoot_workflow_info",
            "TroubleshootWorkflowInfoTriggeredBy": ".troubleshoot_workflow_info_triggered_by",
            "WorkflowDescribed": ".workflow_described",
            "WorkflowDescribedTriggeredBy": ".workflow_described_triggered_by",
            "WorkflowDescription": ".workflow_description",
            "WorkflowListed": ".workflow_listed",
            "WorkflowListedTriggeredBy": ".workflow_listed_triggered_by",
            "WorkflowRescheduleRequest": ".workflow_reschedule_request",
            "WorkflowRescheduleResult": ".workflow_reschedule_result",
            "WorkflowRunForm": ".workflow_run_form",
            "WorkflowRunRequest": ".workflow_run_request",
            "WorkflowRunRequestParameters": ".workflow_run_request_parameters",
            "WorkflowRunResult": ".workflow_run_result",
            "WorkflowRunSnapshot": ".workflow_run_snapshot",
            "WorkflowServiceStatus": ".workflow_service_status",
            "WorkflowTroubleshoot": ".workflow_troubleshoot",
            "YamlValidationRequest": ".yaml_validation_request",
            "YamlValidationResult": ".yaml_validation_result",
        },
    )
