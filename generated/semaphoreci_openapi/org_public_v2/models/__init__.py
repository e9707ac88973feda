"""Contains all the data models used in inputs/outputs (each loaded on first use)."""

from typing import TYPE_CHECKING

from ..._runtime.lazy import lazy_names as _lazy_names

if TYPE_CHECKING:
    from .access_config import AccessConfig
    from .access_config_attach_access import AccessConfigAttachAccess
    from .access_config_debug_access import AccessConfigDebugAccess
    from .access_config_project_access import AccessConfigProjectAccess
    from .agent import Agent
    from .agent_kind import AgentKind
    from .agent_metadata import AgentMetadata
    from .agent_metadata_status import AgentMetadataStatus
    from .agent_type import AgentType
    from .agent_type_input import AgentTypeInput
    from .agent_type_input_kind import AgentTypeInputKind
    from .agent_type_kind import AgentTypeKind
    from .agent_type_metadata import AgentTypeMetadata
    from .agent_type_metadata_status import AgentTypeMetadataStatus
    from .agent_type_spec import AgentTypeSpec
    from .api_version import ApiVersion
    from .block import Block
    from .block_jobs_item import BlockJobsItem
    from .block_result_reason import BlockResultReason
    from .block_state import BlockState
    from .canvas import Canvas
    from .canvas_input import CanvasInput
    from .canvas_input_kind import CanvasInputKind
    from .canvas_input_metadata import CanvasInputMetadata
    from .canvas_input_spec import CanvasInputSpec
    from .canvas_kind import CanvasKind
    from .canvas_metadata import CanvasMetadata
    from .canvas_spec import CanvasSpec
    from .cordon_response import CordonResponse
    from .cordon_response_state import CordonResponseState
    from .dashboard import Dashboard
    from .dashboard_input import DashboardInput
    from .dashboard_input_kind import DashboardInputKind
    from .dashboard_kind import DashboardKind
    from .dashboard_metadata import DashboardMetadata
    from .dashboard_metadata_timeline import DashboardMetadataTimeline
    from .dashboard_spec import DashboardSpec
    from .dashboard_spec_widgets_item import DashboardSpecWidgetsItem
    from .dashboard_spec_widgets_item_filters import DashboardSpecWidgetsItemFilters
    from .dashboard_spec_widgets_item_type import DashboardSpecWidgetsItemType
    from .deployment_target import DeploymentTarget
    from .deployment_target_kind import DeploymentTargetKind
    from .deployment_target_metadata import DeploymentTargetMetadata
    from .deployment_target_metadata_state import DeploymentTargetMetadataState
    from .describe_response import DescribeResponse
    from .disable_all_request import DisableAllRequest
    from .env_var import EnvVar
    from .error import Error
    from .error_message_type_1 import ErrorMessageType1
    from .error_string_type_1 import ErrorStringType1
    from .event_source import EventSource
    from .event_source_kind import EventSourceKind
    from .event_source_metadata import EventSourceMetadata
    from .event_source_metadata_status_type_0 import EventSourceMetadataStatusType0
    from .event_source_spec import EventSourceSpec
    from .file import File
    from .get_open_api_document_response_200 import GetOpenApiDocumentResponse200
    from .get_open_api_document_response_200_info import GetOpenApiDocumentResponse200Info
    from .get_open_api_document_response_200_paths import GetOpenApiDocumentResponse200Paths
    from .history_item_type_0 import HistoryItemType0
    from .history_item_type_0_state import HistoryItemType0State
    from .last_use_type_0 import LastUseType0
    from .list_dashboards_order import ListDashboardsOrder
    from .list_deployment_history_direction import ListDeploymentHistoryDirection
    from .list_pipelines_direction import ListPipelinesDirection
    from .list_project_secrets_order import ListProjectSecretsOrder
    from .list_projects_direction import ListProjectsDirection
    from .list_secrets_order import ListSecretsOrder
    from .list_tasks_direction import ListTasksDirection
    from .list_workflows_direction import ListWorkflowsDirection
    from .list_workflows_git_ref_type import ListWorkflowsGitRefType
    from .message import Message
    from .name_settings import NameSettings
    from .name_settings_assignment_origin import NameSettingsAssignmentOrigin
    from .name_settings_aws_type_0 import NameSettingsAwsType0
    from .notification import Notification
    from .notification_deleted import NotificationDeleted
    from .notification_input import NotificationInput
    from .notification_input_kind import NotificationInputKind
    from .notification_kind import NotificationKind
    from .notification_metadata import NotificationMetadata
    from .notification_metadata_status import NotificationMetadataStatus
    from .notification_metadata_status_failures_item import NotificationMetadataStatusFailuresItem
    from .notification_spec import NotificationSpec
    from .nullable_user_type_0 import NullableUserType0
    from .object_rule_type_0 import ObjectRuleType0
    from .object_rule_type_1_item import ObjectRuleType1Item
    from .object_rule_type_1_item_match_mode import ObjectRuleType1ItemMatchMode
    from .operation_message import OperationMessage
    from .parameter import Parameter
    from .partial_rebuild_pipeline_body import PartialRebuildPipelineBody
    from .partial_rebuild_response import PartialRebuildResponse
    from .pipeline import Pipeline
    from .pipeline_result_reason import PipelineResultReason
    from .pipeline_state import PipelineState
    from .project import Project
    from .project_deleted import ProjectDeleted
    from .project_input import ProjectInput
    from .project_input_kind import ProjectInputKind
    from .project_kind import ProjectKind
    from .project_metadata import ProjectMetadata
    from .project_secret import ProjectSecret
    from .project_secret_input import ProjectSecretInput
    from .project_secret_input_kind import ProjectSecretInputKind
    from .project_secret_kind import ProjectSecretKind
    from .project_secret_metadata import ProjectSecretMetadata
    from .project_secret_spec import ProjectSecretSpec
    from .project_spec import ProjectSpec
    from .project_spec_repository import ProjectSpecRepository
    from .project_spec_repository_forked_pull_requests import (
        ProjectSpecRepositoryForkedPullRequests,
    )
    from .project_spec_repository_integration_type import ProjectSpecRepositoryIntegrationType
    from .project_spec_repository_status import ProjectSpecRepositoryStatus
    from .project_spec_repository_status_pipeline_files_item import (
        ProjectSpecRepositoryStatusPipelineFilesItem,
    )
    from .project_spec_repository_status_pipeline_files_item_level import (
        ProjectSpecRepositoryStatusPipelineFilesItemLevel,
    )
    from .project_spec_repository_whitelist import ProjectSpecRepositoryWhitelist
    from .project_spec_visibility import ProjectSpecVisibility
    from .reference import Reference
    from .reference_type import ReferenceType
    from .requester_type_0 import RequesterType0
    from .reschedule_response import RescheduleResponse
    from .reschedule_workflow_body import RescheduleWorkflowBody
    from .result import Result
    from .rule import Rule
    from .rule_filter import RuleFilter
    from .rule_filter_results_item import RuleFilterResultsItem
    from .rule_notify import RuleNotify
    from .rule_notify_email_type_0 import RuleNotifyEmailType0
    from .rule_notify_slack_type_0 import RuleNotifySlackType0
    from .rule_notify_webhook_type_0 import RuleNotifyWebhookType0
    from .rule_status import RuleStatus
    from .schedule_request import ScheduleRequest
    from .schedule_response import ScheduleResponse
    from .secret import Secret
    from .secret_data import SecretData
    from .secret_deleted import SecretDeleted
    from .secret_input import SecretInput
    from .secret_input_kind import SecretInputKind
    from .secret_kind import SecretKind
    from .secret_metadata import SecretMetadata
    from .secret_spec import SecretSpec
    from .simple_canvas import SimpleCanvas
    from .simple_organization import SimpleOrganization
    from .simple_project_type_0 import SimpleProjectType0
    from .stage import Stage
    from .stage_event import StageEvent
    from .stage_event_approvals_item import StageEventApprovalsItem
    from .stage_event_source_type import StageEventSourceType
    from .stage_event_state import StageEventState
    from .stage_event_state_reason_type_1 import StageEventStateReasonType1
    from .stage_event_state_reason_type_2_type_1 import StageEventStateReasonType2Type1
    from .stage_event_state_reason_type_3_type_1 import StageEventStateReasonType3Type1
    from .stage_kind import StageKind
    from .stage_metadata import StageMetadata
    from .stage_spec import StageSpec
    from .stage_spec_connections_item import StageSpecConnectionsItem
    from .stage_spec_run import StageSpecRun
    from .target_deleted import TargetDeleted
    from .target_input import TargetInput
    from .target_input_deployment_target import TargetInputDeploymentTarget
    from .target_input_deployment_target_kind import TargetInputDeploymentTargetKind
    from .target_spec import TargetSpec
    from .target_spec_object_rules import TargetSpecObjectRules
    from .target_spec_object_rules_prs import TargetSpecObjectRulesPrs
    from .target_spec_subject_rules import TargetSpecSubjectRules
    from .task import Task
    from .task_input import TaskInput
    from .task_input_kind import TaskInputKind
    from .task_kind import TaskKind
    from .task_metadata import TaskMetadata
    from .task_spec import TaskSpec
    from .timeline import Timeline
    from .timestamp import Timestamp
    from .topology import Topology
    from .topology_after_pipeline import TopologyAfterPipeline
    from .topology_blocks_item import TopologyBlocksItem
    from .trigger import Trigger
    from .trigger_kind import TriggerKind
    from .trigger_metadata import TriggerMetadata
    from .trigger_parameter import TriggerParameter
    from .trigger_request import TriggerRequest
    from .trigger_request_kind import TriggerRequestKind
    from .trigger_spec import TriggerSpec
    from .user import User
    from .validate_yaml_body import ValidateYamlBody
    from .validation_error import ValidationError
    from .validation_error_errors_item import ValidationErrorErrorsItem
    from .validation_error_errors_item_source import ValidationErrorErrorsItemSource
    from .workflow import Workflow
    from .workflow_triggered_by import WorkflowTriggeredBy

__all__ = (
    "AccessConfig",
    "AccessConfigAttachAccess",
    "AccessConfigDebugAccess",
    "AccessConfigProjectAccess",
    "Agent",
    "AgentKind",
    "AgentMetadata",
    "AgentMetadataStatus",
    "AgentType",
    "AgentTypeInput",
    "AgentTypeInputKind",
    "AgentTypeKind",
    "AgentTypeMetadata",
    "AgentTypeMetadataStatus",
    "AgentTypeSpec",
    "ApiVersion",
    "Block",
    "BlockJobsItem",
    "BlockResultReason",
    "BlockState",
    "Canvas",
    "CanvasInput",
    "CanvasInputKind",
    "CanvasInputMetadata",
    "CanvasInputSpec",
    "CanvasKind",
    "CanvasMetadata",
    "CanvasSpec",
    "CordonResponse",
    "CordonResponseState",
    "Dashboard",
    "DashboardInput",
    "DashboardInputKind",
    "DashboardKind",
    "DashboardMetadata",
    "DashboardMetadataTimeline",
    "DashboardSpec",
    "DashboardSpecWidgetsItem",
    "DashboardSpecWidgetsItemFilters",
    "DashboardSpecWidgetsItemType",
    "DeploymentTarget",
    "DeploymentTargetKind",
    "DeploymentTargetMetadata",
    "DeploymentTargetMetadataState",
    "DescribeResponse",
    "DisableAllRequest",
    "EnvVar",
    "Error",
    "ErrorMessageType1",
    "ErrorStringType1",
    "EventSource",
    "EventSourceKind",
    "EventSourceMetadata",
    "EventSourceMetadataStatusType0",
    "EventSourceSpec",
    "File",
    "GetOpenApiDocumentResponse200",
    "GetOpenApiDocumentResponse200Info",
    "GetOpenApiDocumentResponse200Paths",
    "HistoryItemType0",
    "HistoryItemType0State",
    "LastUseType0",
    "ListDashboardsOrder",
    "ListDeploymentHistoryDirection",
    "ListPipelinesDirection",
    "ListProjectsDirection",
    "ListProjectSecretsOrder",
    "ListSecretsOrder",
    "ListTasksDirection",
    "ListWorkflowsDirection",
    "ListWorkflowsGitRefType",
    "Message",
    "NameSettings",
    "NameSettingsAssignmentOrigin",
    "NameSettingsAwsType0",
    "Notification",
    "NotificationDeleted",
    "NotificationInput",
    "NotificationInputKind",
    "NotificationKind",
    "NotificationMetadata",
    "NotificationMetadataStatus",
    "NotificationMetadataStatusFailuresItem",
    "NotificationSpec",
    "NullableUserType0",
    "ObjectRuleType0",
    "ObjectRuleType1Item",
    "ObjectRuleType1ItemMatchMode",
    "OperationMessage",
    "Parameter",
    "PartialRebuildPipelineBody",
    "PartialRebuildResponse",
    "Pipeline",
    "PipelineResultReason",
    "PipelineState",
    "Project",
    "ProjectDeleted",
    "ProjectInput",
    "ProjectInputKind",
    "ProjectKind",
    "ProjectMetadata",
    "ProjectSecret",
    "ProjectSecretInput",
    "ProjectSecretInputKind",
    "ProjectSecretKind",
    "ProjectSecretMetadata",
    "ProjectSecretSpec",
    "ProjectSpec",
    "ProjectSpecRepository",
    "ProjectSpecRepositoryForkedPullRequests",
    "ProjectSpecRepositoryIntegrationType",
    "ProjectSpecRepositoryStatus",
    "ProjectSpecRepositoryStatusPipelineFilesItem",
    "ProjectSpecRepositoryStatusPipelineFilesItemLevel",
    "ProjectSpecRepositoryWhitelist",
    "ProjectSpecVisibility",
    "Reference",
    "ReferenceType",
    "RequesterType0",
    "RescheduleResponse",
    "RescheduleWorkflowBody",
    "Result",
    "Rule",
    "RuleFilter",
    "RuleFilterResultsItem",
    "RuleNotify",
    "RuleNotifyEmailType0",
    "RuleNotifySlackType0",
    "RuleNotifyWebhookType0",
    "RuleStatus",
    "ScheduleRequest",
    "ScheduleResponse",
    "Secret",
    "SecretData",
    "SecretDeleted",
    "SecretInput",
    "SecretInputKind",
    "SecretKind",
    "SecretMetadata",
    "SecretSpec",
    "SimpleCanvas",
    "SimpleOrganization",
    "SimpleProjectType0",
    "Stage",
    "StageEvent",
    "StageEventApprovalsItem",
    "StageEventSourceType",
    "StageEventState",
    "StageEventStateReasonType1",
    "StageEventStateReasonType2Type1",
    "StageEventStateReasonType3Type1",
    "StageKind",
    "StageMetadata",
    "StageSpec",
    "StageSpecConnectionsItem",
    "StageSpecRun",
    "TargetDeleted",
    "TargetInput",
    "TargetInputDeploymentTarget",
    "TargetInputDeploymentTargetKind",
    "TargetSpec",
    "TargetSpecObjectRules",
    "TargetSpecObjectRulesPrs",
    "TargetSpecSubjectRules",
    "Task",
    "TaskInput",
    "TaskInputKind",
    "TaskKind",
    "TaskMetadata",
    "TaskSpec",
    "Timeline",
    "Timestamp",
    "Topology",
    "TopologyAfterPipeline",
    "TopologyBlocksItem",
    "Trigger",
    "TriggerKind",
    "TriggerMetadata",
    "TriggerParameter",
    "TriggerRequest",
    "TriggerRequestKind",
    "TriggerSpec",
    "User",
    "ValidateYamlBody",
    "ValidationError",
    "ValidationErrorErrorsItem",
    "ValidationErrorErrorsItemSource",
    "Workflow",
    "WorkflowTriggeredBy",
)

# At run time only: for type checkers a name outside the imports above is an error.
if not TYPE_CHECKING:
    __getattr__, __dir__ = _lazy_names(
        __name__,
        {
            "AccessConfig": ".access_config",
            "AccessConfigAttachAccess": ".access_config_attach_access",
            "AccessConfigDebugAccess": ".access_config_debug_access",
            "AccessConfigProjectAccess": ".access_config_project_access",
            "Agent": ".agent",
            "AgentKind": ".agent_kind",
            "AgentMetadata": ".agent_metadata",
            "AgentMetadataStatus": ".agent_metadata_status",
            "AgentType": ".agent_type",
            "AgentTypeInput": ".agent_type_input",
            "AgentTypeInputKind": ".agent_type_input_kind",
            "AgentTypeKind": ".agent_type_kind",
            "AgentTypeMetadata": ".agent_type_metadata",
            "AgentTypeMetadataStatus": ".agent_type_metadata_status",
            "AgentTypeSpec": ".agent_type_spec",
            "ApiVersion": ".api_version",
            "Block": ".block",
            "BlockJobsItem": ".block_jobs_item",
            "BlockResultReason": ".block_result_reason",
            "BlockState": ".block_state",
            "Canvas": ".canvas",
            "CanvasInput": ".canvas_input",
            "CanvasInputKind": ".canvas_input_kind",
            "CanvasInputMetadata": ".canvas_input_metadata",
            "CanvasInputSpec": ".canvas_input_spec",
            "CanvasKind": ".canvas_kind",
            "CanvasMetadata": ".canvas_metadata",
            "CanvasSpec": ".canvas_spec",
            "CordonResponse": ".cordon_response",
            "CordonResponseState": ".cordon_response_state",
            "Dashboard": ".dashboard",
            "DashboardInput": ".dashboard_input",
            "DashboardInputKind": ".dashboard_input_kind",
            "DashboardKind": ".dashboard_kind",
            "DashboardMetadata": ".dashboard_metadata",
            "DashboardMetadataTimeline": ".dashboard_metadata_timeline",
            "DashboardSpec": ".dashboard_spec",
            "DashboardSpecWidgetsItem": ".dashboard_spec_widgets_item",
            "DashboardSpecWidgetsItemFilters": ".dashboard_spec_widgets_item_filters",
            "DashboardSpecWidgetsItemType": ".dashboard_spec_widgets_item_type",
            "DeploymentTarget": ".deployment_target",
            "DeploymentTargetKind": ".deployment_target_kind",
            "DeploymentTargetMetadata": ".deployment_target_metadata",
            "DeploymentTargetMetadataState": ".deployment_target_metadata_state",
            "DescribeResponse": ".describe_response",
            "DisableAllRequest": ".disable_all_request",
            "EnvVar": ".env_var",
            "Error": ".error",
            "ErrorMessageType1": ".error_message_type_1",
            "ErrorStringType1": ".error_string_type_1",
            "EventSource": ".event_source",
            "EventSourceKind": ".event_source_kind",
            "EventSourceMetadata": ".event_source_metadata",
            "EventSourceMetadataStatusType0": ".event_source_metadata_status_type_0",
            "EventSourceSpec": ".event_source_spec",
            "File": ".file",
            "GetOpenApiDocumentResponse200": ".get_open_api_document_response_200",
            "GetOpenApiDocumentResponse200Info": ".get_open_api_document_response_200_info",
            "GetOpenApiDocumentResponse200Paths": ".get_open_api_document_response_200_paths",
            "HistoryItemType0": ".history_item_type_0",
            "HistoryItemType0State": ".history_item_type_0_state",
            "LastUseType0": ".last_use_type_0",
            "ListDashboardsOrder": ".list_dashboards_order",
            "ListDeploymentHistoryDirection": ".list_deployment_history_direction",
            "ListPipelinesDirection": ".list_pipelines_direction",
            "ListProjectSecretsOrder": ".list_project_secrets_order",
            "ListProjectsDirection": ".list_projects_direction",
            "ListSecretsOrder": ".list_secrets_order",
            "ListTasksDirection": ".list_tasks_direction",
            "ListWorkflowsDirection": ".list_workflows_direction",
            "ListWorkflowsGitRefType": ".list_workflows_git_ref_type",
            "Message": ".message",
            "NameSettings": ".name_settings",
            "NameSettingsAssignmentOrigin": ".name_settings_assignment_origin",
            "NameSettingsAwsType0": ".name_settings_aws_type_0",
            "Notification": ".notification",
            "NotificationDeleted": ".notification_deleted",
            "NotificationInput": ".notification_input",
            "NotificationInputKind": ".notification_input_kind",
            "NotificationKind": ".notification_kind",
            "NotificationMetadata": ".notification_metadata",
            "NotificationMetadataStatus": ".notification_metadata_status",
            "NotificationMetadataStatusFailuresItem": ".notification_metadata_status_failures_item",
            "NotificationSpec": ".notification_spec",
            "NullableUserType0": ".nullable_user_type_0",
            "ObjectRuleType0": ".object_rule_type_0",
            "ObjectRuleType1Item": ".object_rule_type_1_item",
            "ObjectRuleType1ItemMatchMode": ".object_rule_type_1_item_match_mode",
            "OperationMessage": ".operation_message",
            "Parameter": ".parameter",
            "PartialRebuildPipelineBody": ".partial_rebuild_pipeline_body",
            "PartialRebuildResponse": ".partial_rebuild_response",
            "Pipeline": ".pipeline",
            "PipelineResultReason": ".pipeline_result_reason",
            "PipelineState": ".pipeline_state",
            "Project": ".project",
            "ProjectDeleted": ".project_deleted",
            "ProjectInput": ".project_input",
            "ProjectInputKind": ".project_input_kind",
            "ProjectKind": ".project_kind",
            "ProjectMetadata": ".project_metadata",
            "ProjectSecret": ".project_secret",
            "ProjectSecretInput": ".project_secret_input",
            "ProjectSecretInputKind": ".project_secret_input_kind",
            "ProjectSecretKind": ".project_secret_kind",
            "ProjectSecretMetadata": ".project_secret_metadata",
            "ProjectSecretSpec": ".project_secret_spec",
            "ProjectSpec": ".project_spec",
            "ProjectSpecRepository": ".project_spec_repository",
            "ProjectSpecRepositoryForkedPullRequests": ".project_spec_repository_forked_pull_requests",
            "ProjectSpecRepositoryIntegrationType": ".project_spec_repository_integration_type",
            "ProjectSpecRepositoryStatus": ".project_spec_repository_status",
            "ProjectSpecRepositoryStatusPipelineFilesItem": ".project_spec_repository_status_pipeline_files_item",
            "ProjectSpecRepositoryStatusPipelineFilesItemLevel": ".project_spec_repository_status_pipeline_files_item_level",
            "ProjectSpecRepositoryWhitelist": ".project_spec_repository_whitelist",
            "ProjectSpecVisibility": ".project_spec_visibility",
            "Reference": ".reference",
            "ReferenceType": ".reference_type",
            "RequesterType0": ".requester_type_0",
            "RescheduleResponse": ".reschedule_response",
            "RescheduleWorkflowBody": ".reschedule_workflow_body",
            "Result": ".result",
            "Rule": ".rule",
            "RuleFilter": ".rule_filter",
            "RuleFilterResultsItem": ".rule_filter_results_item",
            "RuleNotify": ".rule_notify",
            "RuleNotifyEmailType0": ".rule_notify_email_type_0",
            "RuleNotifySlackType0": ".rule_notify_slack_type_0",
            "RuleNotifyWebhookType0": ".rule_notify_webhook_type_0",
            "RuleStatus": ".rule_status",
            "ScheduleRequest": ".schedule_request",
            "ScheduleResponse": ".schedule_response",
            "Secret": ".secret",
            "SecretData": ".secret_data",
            "SecretDeleted": ".secret_deleted",
            "SecretInput": ".secret_input",
            "SecretInputKind": ".secret_input_kind",
            "SecretKind": ".secret_kind",
            "SecretMetadata": ".secret_metadata",
            "SecretSpec": ".secret_spec",
            "SimpleCanvas": ".simple_canvas",
            "SimpleOrganization": ".simple_organization",
            "SimpleProjectType0": ".simple_project_type_0",
            "Stage": ".stage",
            "StageEvent": ".stage_event",
            "StageEventApprovalsItem": ".stage_event_approvals_item",
            "StageEventSourceType": ".stage_event_source_type",
            "StageEventState": ".stage_event_state",
            "StageEventStateReasonType1": ".stage_event_state_reason_type_1",
            "StageEventStateReasonType2Type1": ".stage_event_state_reason_type_2_type_1",
            "StageEventStateReasonType3Type1": ".stage_event_state_reason_type_3_type_1",
            "StageKind": ".stage_kind",
            "StageMetadata": ".stage_metadata",
            "StageSpec": ".stage_spec",
            "StageSpecConnectionsItem": ".stage_spec_connections_item",
            "StageSpecRun": ".stage_spec_run",
            "TargetDeleted": ".target_deleted",
            "TargetInput": ".target_input",
            "TargetInputDeploymentTarget": ".target_input_deployment_target",
            "TargetInputDeploymentTargetKind": ".target_input_deployment_target_kind",
            "TargetSpec": ".target_spec",
            "TargetSpecObjectRules": ".target_spec_object_rules",
            "TargetSpecObjectRulesPrs": ".target_spec_object_rules_prs",
            "TargetSpecSubjectRules": ".target_spec_subject_rules",
            "Task": ".task",
            "TaskInput": ".task_input",
            "TaskInputKind": ".task_input_kind",
            "TaskKind": ".task_kind",
            "TaskMetadata": ".task_metadata",
            "TaskSpec": ".task_spec",
            "Timeline": ".timeline",
            "Timestamp": ".timestamp",
            "Topology": ".topology",
            "TopologyAfterPipeline": ".topology_after_pipeline",
            "TopologyBlocksItem": ".topology_blocks_item",
            "Trigger": ".trigger",
            "TriggerKind": ".trigger_kind",
            "TriggerMetadata": ".trigger_metadata",
            "TriggerParameter": ".trigger_parameter",
            "TriggerRequest": ".trigger_request",
            "TriggerRequestKind": ".trigger_request_kind",
            "TriggerSpec": ".trigger_spec",
            "User": ".user",
            "ValidateYamlBody": ".validate_yaml_body",
            "ValidationError": ".validation_error",
            "ValidationErrorErrorsItem": ".validation_error_errors_item",
            "ValidationErrorErrorsItemSource": ".validation_error_errors_item_source",
            "Workflow": ".workflow",
            "WorkflowTriggeredBy": ".workflow_triggered_by",
        },
    )
