"""The Semaphore 2.0 API v1alpha client: `Client`, one method per operation."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Literal
from uuid import UUID

import httpx

from .._runtime.client import DEFAULT_DEADLINE as _DEFAULT_DEADLINE
from .._runtime.client import DEFAULT_MAX_CONCURRENCY as _DEFAULT_MAX_CONCURRENCY
from .._runtime.client import DEFAULT_MAX_RESPONSE_BYTES as _DEFAULT_MAX_RESPONSE_BYTES
from .._runtime.client import DEFAULT_TIMEOUT as _DEFAULT_TIMEOUT
from .._runtime.client import AnyTransport as _AnyTransport
from .._runtime.client import BaseClient as _BaseClient
from .._runtime.lazy import LazyModule as _LazyModule
from .._runtime.pagination import Paginator as _Paginator
from .._runtime.retry import RetryPolicy as _RetryPolicy
from .._runtime.surface import AuthScheme as _AuthScheme
from .._runtime.surface import PaginationStyle as _PaginationStyle
from .._runtime.surface import Server as _Server
from .._runtime.surface import Surface as _Surface
from .types import UNSET, Unset

if TYPE_CHECKING:
    from .api.artifact_retention_policies import (
        configure_retention_policy as _configure_retention_policy,
    )
    from .api.artifact_retention_policies import (
        describe_retention_policy as _describe_retention_policy,
    )
    from .api.artifacts import get_artifact_signed_url as _get_artifact_signed_url
    from .api.artifacts import list_artifacts as _list_artifacts
    from .api.dashboards import create_dashboard as _create_dashboard
    from .api.dashboards import delete_dashboard as _delete_dashboard
    from .api.dashboards import describe_dashboard as _describe_dashboard
    from .api.dashboards import list_dashboards as _list_dashboards
    from .api.dashboards import update_dashboard as _update_dashboard
    from .api.deployment_targets import activate_deployment_target as _activate_deployment_target
    from .api.deployment_targets import create_deployment_target as _create_deployment_target
    from .api.deployment_targets import (
        deactivate_deployment_target as _deactivate_deployment_target,
    )
    from .api.deployment_targets import delete_deployment_target as _delete_deployment_target
    from .api.deployment_targets import describe_deployment_target as _describe_deployment_target
    from .api.deployment_targets import list_deployment_history as _list_deployment_history
    from .api.deployment_targets import list_deployment_targets as _list_deployment_targets
    from .api.deployment_targets import update_deployment_target as _update_deployment_target
    from .api.groups import create_group as _create_group
    from .api.groups import delete_group as _delete_group
    from .api.groups import list_groups as _list_groups
    from .api.groups import update_group as _update_group
    from .api.insights import get_pipeline_frequency as _get_pipeline_frequency
    from .api.insights import get_pipeline_performance as _get_pipeline_performance
    from .api.insights import get_pipeline_reliability as _get_pipeline_reliability
    from .api.jobs import create_debug_job as _create_debug_job
    from .api.jobs import create_job as _create_job
    from .api.jobs import create_project_debug_job as _create_project_debug_job
    from .api.jobs import describe_job as _describe_job
    from .api.jobs import get_job_debug_ssh_key as _get_job_debug_ssh_key
    from .api.jobs import list_jobs as _list_jobs
    from .api.jobs import stop_job as _stop_job
    from .api.logs import get_job_logs as _get_job_logs
    from .api.logs import get_job_plain_logs as _get_job_plain_logs
    from .api.members import assign_member_role as _assign_member_role
    from .api.members import delete_role_binding as _delete_role_binding
    from .api.members import invite_member as _invite_member
    from .api.members import list_members as _list_members
    from .api.members import remove_member as _remove_member
    from .api.notifications import create_notification as _create_notification
    from .api.notifications import delete_notification as _delete_notification
    from .api.notifications import describe_notification as _describe_notification
    from .api.notifications import list_notifications as _list_notifications
    from .api.notifications import update_notification as _update_notification
    from .api.organizations import create_organization as _create_organization
    from .api.permissions import list_permissions as _list_permissions
    from .api.pipelines import describe_pipeline as _describe_pipeline
    from .api.pipelines import describe_pipeline_topology as _describe_pipeline_topology
    from .api.pipelines import list_pipelines as _list_pipelines
    from .api.pipelines import partial_rebuild_pipeline as _partial_rebuild_pipeline
    from .api.pipelines import terminate_pipeline as _terminate_pipeline
    from .api.pipelines import validate_pipeline_yaml as _validate_pipeline_yaml
    from .api.project_members import assign_project_member_role as _assign_project_member_role
    from .api.project_members import list_project_members as _list_project_members
    from .api.project_members import remove_project_member_role as _remove_project_member_role
    from .api.projects import create_project as _create_project
    from .api.projects import delete_project as _delete_project
    from .api.projects import describe_project as _describe_project
    from .api.projects import list_projects as _list_projects
    from .api.projects import update_project as _update_project
    from .api.promotions import list_promotions as _list_promotions
    from .api.promotions import trigger_promotion as _trigger_promotion
    from .api.roles import create_role as _create_role
    from .api.roles import delete_role as _delete_role
    from .api.roles import describe_role as _describe_role
    from .api.roles import list_roles as _list_roles
    from .api.roles import update_role as _update_role
    from .api.schedules import apply_schedule as _apply_schedule
    from .api.schedules import delete_schedule as _delete_schedule
    from .api.schedules import describe_schedule as _describe_schedule
    from .api.schedules import list_schedules as _list_schedules
    from .api.schedules import run_schedule_now as _run_schedule_now
    from .api.self_hosted_agent_types import create_agent_type as _create_agent_type
    from .api.self_hosted_agent_types import delete_agent_type as _delete_agent_type
    from .api.self_hosted_agent_types import describe_agent_type as _describe_agent_type
    from .api.self_hosted_agent_types import disable_agent_type_agents as _disable_agent_type_agents
    from .api.self_hosted_agent_types import list_agent_types as _list_agent_types
    from .api.self_hosted_agent_types import update_agent_type as _update_agent_type
    from .api.self_hosted_agents import describe_agent as _describe_agent
    from .api.self_hosted_agents import list_agents as _list_agents
    from .api.service_accounts import create_service_account as _create_service_account
    from .api.service_accounts import deactivate_service_account as _deactivate_service_account
    from .api.service_accounts import delete_service_account as _delete_service_account
    from .api.service_accounts import describe_service_account as _describe_service_account
    from .api.service_accounts import list_service_accounts as _list_service_accounts
    from .api.service_accounts import reactivate_service_account as _reactivate_service_account
    from .api.service_accounts import (
        regenerate_service_account_token as _regenerate_service_account_token,
    )
    from .api.service_accounts import update_service_account as _update_service_account
    from .api.tasks import apply_task as _apply_task
    from .api.tasks import delete_task as _delete_task
    from .api.tasks import describe_task as _describe_task
    from .api.tasks import list_tasks as _list_tasks
    from .api.tasks import run_task_now as _run_task_now
    from .api.test_results import describe_flaky_test as _describe_flaky_test
    from .api.test_results import get_disruption_history as _get_disruption_history
    from .api.test_results import get_flaky_history as _get_flaky_history
    from .api.test_results import list_flaky_test_disruptions as _list_flaky_test_disruptions
    from .api.test_results import list_flaky_tests as _list_flaky_tests
    from .api.troubleshoot import troubleshoot_job as _troubleshoot_job
    from .api.troubleshoot import troubleshoot_pipeline as _troubleshoot_pipeline
    from .api.troubleshoot import troubleshoot_workflow as _troubleshoot_workflow
    from .api.workflows import describe_workflow as _describe_workflow
    from .api.workflows import list_workflows as _list_workflows
    from .api.workflows import reschedule_workflow as _reschedule_workflow
    from .api.workflows import run_workflow as _run_workflow
    from .api.workflows import terminate_workflow as _terminate_workflow
    from .models import (
        ActionStatus,
        Agent,
        AgentList,
        AgentType,
        AgentTypeList,
        AgentTypeRequest,
        ArtifactList,
        ArtifactSignedUrl,
        Dashboard,
        DashboardInput,
        DashboardList,
        Deployment,
        DeploymentHistory,
        DeploymentTarget,
        DeploymentTargetActivity,
        DeploymentTargetCreate,
        DeploymentTargetDeleted,
        DeploymentTargetUpdate,
        DisableAgentsForm,
        DisableAgentsRequest,
        DisruptionDay,
        Empty,
        FlakyTest,
        FlakyTestDetail,
        FlakyTestDisruption,
        GetArtifactSignedUrlScope,
        Group,
        GroupCreate,
        GroupList,
        GroupUpdate,
        Job,
        JobDebugRequest,
        JobDebugSshKey,
        JobInput,
        JobList,
        JobLogs,
        JobTroubleshoot,
        ListArtifactsScope,
        ListJobsOrder,
        ListJobsStatesItem,
        ListMembersMemberType,
        ListNotificationsOrder,
        Member,
        MemberInviteRequest,
        MemberInviteResult,
        MemberList,
        Notification,
        NotificationInput,
        NotificationList,
        OrganizationCreated,
        OrganizationCreateRequest,
        PartialRebuildResult,
        PermissionList,
        PipelineDescription,
        PipelineFrequency,
        PipelineListed,
        PipelinePerformance,
        PipelineReliability,
        PipelineTerminateRequest,
        PipelineTroubleshoot,
        Project,
        ProjectDebugRequest,
        ProjectInput,
        ProjectMemberList,
        Promotion,
        PromotionTriggerForm,
        PromotionTriggerRequest,
        RetentionPolicy,
        RetentionPolicyRequest,
        Role,
        RoleAssignRequest,
        RoleCreate,
        RoleList,
        RoleUpdate,
        Schedule,
        ScheduleApplyRequest,
        ScheduleDescription,
        ScheduleRunRequest,
        ScheduleRunResult,
        ServiceAccount,
        ServiceAccountCreate,
        ServiceAccountCreated,
        ServiceAccountList,
        ServiceAccountToken,
        ServiceAccountUpdate,
        TopologyBlock,
        WorkflowDescription,
        WorkflowListed,
        WorkflowRescheduleRequest,
        WorkflowRescheduleResult,
        WorkflowRunForm,
        WorkflowRunRequest,
        WorkflowRunResult,
        WorkflowRunSnapshot,
        WorkflowTroubleshoot,
        YamlValidationRequest,
        YamlValidationResult,
    )
else:
    _configure_retention_policy = _LazyModule(
        f"{__package__}.api.artifact_retention_policies.configure_retention_policy"
    )
    _describe_retention_policy = _LazyModule(
        f"{__package__}.api.artifact_retention_policies.describe_retention_policy"
    )
    _list_artifacts = _LazyModule(f"{__package__}.api.artifacts.list_artifacts")
    _get_artifact_signed_url = _LazyModule(f"{__package__}.api.artifacts.get_artifact_signed_url")
    _list_dashboards = _LazyModule(f"{__package__}.api.dashboards.list_dashboards")
    _create_dashboard = _LazyModule(f"{__package__}.api.dashboards.create_dashboard")
    _describe_dashboard = _LazyModule(f"{__package__}.api.dashboards.describe_dashboard")
    _delete_dashboard = _LazyModule(f"{__package__}.api.dashboards.delete_dashboard")
    _update_dashboard = _LazyModule(f"{__package__}.api.dashboards.update_dashboard")
    _list_deployment_targets = _LazyModule(
        f"{__package__}.api.deployment_targets.list_deployment_targets"
    )
    _create_deployment_target = _LazyModule(
        f"{__package__}.api.deployment_targets.create_deployment_target"
    )
    _describe_deployment_target = _LazyModule(
        f"{__package__}.api.deployment_targets.describe_deployment_target"
    )
    _delete_deployment_target = _LazyModule(
        f"{__package__}.api.deployment_targets.delete_deployment_target"
    )
    _update_deployment_target = _LazyModule(
        f"{__package__}.api.deployment_targets.update_deployment_target"
    )
    _activate_deployment_target = _LazyModule(
        f"{__package__}.api.deployment_targets.activate_deployment_target"
    )
    _deactivate_deployment_target = _LazyModule(
        f"{__package__}.api.deployment_targets.deactivate_deployment_target"
    )
    _list_deployment_history = _LazyModule(
        f"{__package__}.api.deployment_targets.list_deployment_history"
    )
    _list_groups = _LazyModule(f"{__package__}.api.groups.list_groups")
    _create_group = _LazyModule(f"{__package__}.api.groups.create_group")
    _delete_group = _LazyModule(f"{__package__}.api.groups.delete_group")
    _update_group = _LazyModule(f"{__package__}.api.groups.update_group")
    _get_pipeline_performance = _LazyModule(f"{__package__}.api.insights.get_pipeline_performance")
    _get_pipeline_reliability = _LazyModule(f"{__package__}.api.insights.get_pipeline_reliability")
    _get_pipeline_frequency = _LazyModule(f"{__package__}.api.insights.get_pipeline_frequency")
    _describe_job = _LazyModule(f"{__package__}.api.jobs.describe_job")
    _stop_job = _LazyModule(f"{__package__}.api.jobs.stop_job")
    _list_jobs = _LazyModule(f"{__package__}.api.jobs.list_jobs")
    _create_job = _LazyModule(f"{__package__}.api.jobs.create_job")
    _get_job_debug_ssh_key = _LazyModule(f"{__package__}.api.jobs.get_job_debug_ssh_key")
    _create_debug_job = _LazyModule(f"{__package__}.api.jobs.create_debug_job")
    _create_project_debug_job = _LazyModule(f"{__package__}.api.jobs.create_project_debug_job")
    _get_job_plain_logs = _LazyModule(f"{__package__}.api.logs.get_job_plain_logs")
    _get_job_logs = _LazyModule(f"{__package__}.api.logs.get_job_logs")
    _list_members = _LazyModule(f"{__package__}.api.members.list_members")
    _invite_member = _LazyModule(f"{__package__}.api.members.invite_member")
    _remove_member = _LazyModule(f"{__package__}.api.members.remove_member")
    _assign_member_role = _LazyModule(f"{__package__}.api.members.assign_member_role")
    _delete_role_binding = _LazyModule(f"{__package__}.api.members.delete_role_binding")
    _list_notifications = _LazyModule(f"{__package__}.api.notifications.list_notifications")
    _create_notification = _LazyModule(f"{__package__}.api.notifications.create_notification")
    _describe_notification = _LazyModule(f"{__package__}.api.notifications.describe_notification")
    _delete_notification = _LazyModule(f"{__package__}.api.notifications.delete_notification")
    _update_notification = _LazyModule(f"{__package__}.api.notifications.update_notification")
    _create_organization = _LazyModule(f"{__package__}.api.organizations.create_organization")
    _list_permissions = _LazyModule(f"{__package__}.api.permissions.list_permissions")
    _list_pipelines = _LazyModule(f"{__package__}.api.pipelines.list_pipelines")
    _describe_pipeline = _LazyModule(f"{__package__}.api.pipelines.describe_pipeline")
    _terminate_pipeline = _LazyModule(f"{__package__}.api.pipelines.terminate_pipeline")
    _validate_pipeline_yaml = _LazyModule(f"{__package__}.api.pipelines.validate_pipeline_yaml")
    _describe_pipeline_topology = _LazyModule(
        f"{__package__}.api.pipelines.describe_pipeline_topology"
    )
    _partial_rebuild_pipeline = _LazyModule(f"{__package__}.api.pipelines.partial_rebuild_pipeline")
    _list_project_members = _LazyModule(f"{__package__}.api.project_members.list_project_members")
    _assign_project_member_role = _LazyModule(
        f"{__package__}.api.project_members.assign_project_member_role"
    )
    _remove_project_member_role = _LazyModule(
        f"{__package__}.api.project_members.remove_project_member_role"
    )
    _list_projects = _LazyModule(f"{__package__}.api.projects.list_projects")
    _create_project = _LazyModule(f"{__package__}.api.projects.create_project")
    _describe_project = _LazyModule(f"{__package__}.api.projects.describe_project")
    _delete_project = _LazyModule(f"{__package__}.api.projects.delete_project")
    _update_project = _LazyModule(f"{__package__}.api.projects.update_project")
    _list_promotions = _LazyModule(f"{__package__}.api.promotions.list_promotions")
    _trigger_promotion = _LazyModule(f"{__package__}.api.promotions.trigger_promotion")
    _list_roles = _LazyModule(f"{__package__}.api.roles.list_roles")
    _create_role = _LazyModule(f"{__package__}.api.roles.create_role")
    _describe_role = _LazyModule(f"{__package__}.api.roles.describe_role")
    _delete_role = _LazyModule(f"{__package__}.api.roles.delete_role")
    _update_role = _LazyModule(f"{__package__}.api.roles.update_role")
    _list_schedules = _LazyModule(f"{__package__}.api.schedules.list_schedules")
    _apply_schedule = _LazyModule(f"{__package__}.api.schedules.apply_schedule")
    _describe_schedule = _LazyModule(f"{__package__}.api.schedules.describe_schedule")
    _delete_schedule = _LazyModule(f"{__package__}.api.schedules.delete_schedule")
    _run_schedule_now = _LazyModule(f"{__package__}.api.schedules.run_schedule_now")
    _list_agent_types = _LazyModule(f"{__package__}.api.self_hosted_agent_types.list_agent_types")
    _create_agent_type = _LazyModule(f"{__package__}.api.self_hosted_agent_types.create_agent_type")
    _describe_agent_type = _LazyModule(
        f"{__package__}.api.self_hosted_agent_types.describe_agent_type"
    )
    _delete_agent_type = _LazyModule(f"{__package__}.api.self_hosted_agent_types.delete_agent_type")
    _update_agent_type = _LazyModule(f"{__package__}.api.self_hosted_agent_types.update_agent_type")
    _disable_agent_type_agents = _LazyModule(
        f"{__package__}.api.self_hosted_agent_types.disable_agent_type_agents"
    )
    _list_agents = _LazyModule(f"{__package__}.api.self_hosted_agents.list_agents")
    _describe_agent = _LazyModule(f"{__package__}.api.self_hosted_agents.describe_agent")
    _list_service_accounts = _LazyModule(
        f"{__package__}.api.service_accounts.list_service_accounts"
    )
    _create_service_account = _LazyModule(
        f"{__package__}.api.service_accounts.create_service_account"
    )
    _describe_service_account = _LazyModule(
        f"{__package__}.api.service_accounts.describe_service_account"
    )
    _delete_service_account = _LazyModule(
        f"{__package__}.api.service_accounts.delete_service_account"
    )
    _update_service_account = _LazyModule(
        f"{__package__}.api.service_accounts.update_service_account"
    )
    _deactivate_service_account = _LazyModule(
        f"{__package__}.api.service_accounts.deactivate_service_account"
    )
    _reactivate_service_account = _LazyModule(
        f"{__package__}.api.service_accounts.reactivate_service_account"
    )
    _regenerate_service_account_token = _LazyModule(
        f"{__package__}.api.service_accounts.regenerate_service_account_token"
    )
    _list_tasks = _LazyModule(f"{__package__}.api.tasks.list_tasks")
    _apply_task = _LazyModule(f"{__package__}.api.tasks.apply_task")
    _describe_task = _LazyModule(f"{__package__}.api.tasks.describe_task")
    _delete_task = _LazyModule(f"{__package__}.api.tasks.delete_task")
    _run_task_now = _LazyModule(f"{__package__}.api.tasks.run_task_now")
    _list_flaky_tests = _LazyModule(f"{__package__}.api.test_results.list_flaky_tests")
    _describe_flaky_test = _LazyModule(f"{__package__}.api.test_results.describe_flaky_test")
    _list_flaky_test_disruptions = _LazyModule(
        f"{__package__}.api.test_results.list_flaky_test_disruptions"
    )
    _get_flaky_history = _LazyModule(f"{__package__}.api.test_results.get_flaky_history")
    _get_disruption_history = _LazyModule(f"{__package__}.api.test_results.get_disruption_history")
    _troubleshoot_workflow = _LazyModule(f"{__package__}.api.troubleshoot.troubleshoot_workflow")
    _troubleshoot_pipeline = _LazyModule(f"{__package__}.api.troubleshoot.troubleshoot_pipeline")
    _troubleshoot_job = _LazyModule(f"{__package__}.api.troubleshoot.troubleshoot_job")
    _list_workflows = _LazyModule(f"{__package__}.api.workflows.list_workflows")
    _run_workflow = _LazyModule(f"{__package__}.api.workflows.run_workflow")
    _describe_workflow = _LazyModule(f"{__package__}.api.workflows.describe_workflow")
    _reschedule_workflow = _LazyModule(f"{__package__}.api.workflows.reschedule_workflow")
    _terminate_workflow = _LazyModule(f"{__package__}.api.workflows.terminate_workflow")
# Enum members are parameter defaults, evaluated when the methods are defined.
from .models import (  # noqa: E402
    ListJobsOrder,
    ListMembersMemberType,
    ListNotificationsOrder,
)

SURFACE = _Surface(
    name="v1alpha",
    title="Semaphore 2.0 API v1alpha",
    servers={
        "default": _Server(name="default", url="https://{org_name}.semaphoreci.com/api/v1alpha"),
        "org_root": _Server(name="org_root", url="https://{org_name}.semaphoreci.com"),
        "me": _Server(name="me", url="https://me.semaphoreci.com/api/v1alpha"),
    },
    auth=(
        _AuthScheme(
            name="apiToken",
            location="header",
            param="Authorization",
            prefix="Token ",
        ),
        _AuthScheme(
            name="bearerToken",
            location="header",
            param="Authorization",
            prefix="Bearer ",
        ),
    ),
    pagination={
        "cursor": _PaginationStyle(
            name="cursor",
            kind="body-cursor",
            header=None,
            total_header=None,
            next_field=None,
            page_param=None,
            total_field=None,
            cursor_params={"cursor": "{cursor}"},
            stop_field="cursor",
            page_header=None,
            more_header=None,
            first_page=0,
            total_pages_field=None,
        ),
        "cursor-pair": _PaginationStyle(
            name="cursor-pair",
            kind="body-cursor",
            header=None,
            total_header=None,
            next_field=None,
            page_param=None,
            total_field=None,
            cursor_params={"cursor_type": "BEFORE", "cursor_value": "{cursor_before}"},
            stop_field="cursor_before",
            page_header=None,
            more_header=None,
            first_page=0,
            total_pages_field=None,
        ),
        "link-header": _PaginationStyle(
            name="link-header",
            kind="link-relation",
            header="link",
            total_header="total",
            next_field=None,
            page_param=None,
            total_field=None,
            cursor_params={},
            stop_field=None,
            page_header=None,
            more_header=None,
            first_page=0,
            total_pages_field=None,
        ),
        "page-count": _PaginationStyle(
            name="page-count",
            kind="body-page-count",
            header=None,
            total_header=None,
            next_field=None,
            page_param="page_no",
            total_field=None,
            cursor_params={},
            stop_field=None,
            page_header=None,
            more_header=None,
            first_page=0,
            total_pages_field="total_pages",
        ),
        "page-has-more": _PaginationStyle(
            name="page-has-more",
            kind="more-flag-header",
            header=None,
            total_header=None,
            next_field=None,
            page_param="page",
            total_field=None,
            cursor_params={},
            stop_field=None,
            page_header="x-page",
            more_header="x-has-more",
            first_page=0,
            total_pages_field=None,
        ),
        "page-token": _PaginationStyle(
            name="page-token",
            kind="body-cursor",
            header=None,
            total_header=None,
            next_field=None,
            page_param=None,
            total_field=None,
            cursor_params={"page_token": "{next_page_token}"},
            stop_field="next_page_token",
            page_header=None,
            more_header=None,
            first_page=0,
            total_pages_field=None,
        ),
    },
)
"""This API surface as spec/surfaces.yaml describes it."""


class Client(_BaseClient):
    """Semaphore 2.0 API v1alpha.

    The Semaphore 2.0 API of one organization: workflows, pipelines, promotions, jobs, logs,
    self-hosted agents, deployment targets and artifact retention. Authenticate with
    `Authorization: Token <token>` (the server also accepts `Bearer`).

    Every operation is a method (`client.list_workflows(...)`), with
    an async twin (`..._async`); paginated operations also have `iter_...`, a lazy
    iterator (`for` or `async for`). Use the client as a context manager, or call
    `close()` / `await aclose()`, to release its connections.

    Args:
        token: The API token; it is sent only to this API's own hosts over https and
            never shown in a repr, a log line or an exception.
        org_name: The organization's name, as in its URL.
        auth: How the token is sent:
            `apiToken` (default): `Authorization: Token <token>`, the documented form.
            `bearerToken`: `Authorization: Bearer <token>`, also accepted by the server.
        base_url: Another URL for the default server (https://{org_name}.semaphoreci.com/api/v1alpha),
            e.g. a test server; http is accepted for loopback hosts only.
        server_urls: URLs for the other named servers (`default`, `org_root`, `me`).
        timeout: Seconds (or an `httpx.Timeout`) for each network operation (connect,
            each read, each write); never infinite.
        retry: The `RetryPolicy` (default: 3 retries with exponential backoff).
        max_concurrency: Requests this client (and its `with_options` copies) sends at once.
        user_agent: Your application's product token, put before the client's own.
        headers: Extra headers for every request.
        transport: An httpx transport (sync, async or both) to send requests through,
            e.g. `semaphoreci_openapi.testing.FixtureTransport`.
        follow_redirects: Follow redirects (the token is never sent to another host).
        deadline: Seconds one request may take in all, from connecting to the body's last
            byte, however the server paces its answer (default 120); when it passes,
            `RequestTimeoutError`, and the request is not tried again.
        max_response_bytes: The largest body accepted, counted decoded (a gzip body as
            inflated; default 128 MiB); reading stops there with `ResponseTooLargeError`.
    """

    surface = SURFACE

    def __init__(
        self,
        token: str,
        *,
        org_name: str,
        auth: Literal["apiToken", "bearerToken"] = "apiToken",
        base_url: str | None = None,
        server_urls: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout = _DEFAULT_TIMEOUT,
        retry: _RetryPolicy | None = None,
        max_concurrency: int = _DEFAULT_MAX_CONCURRENCY,
        user_agent: str | None = None,
        headers: Mapping[str, str] | None = None,
        transport: _AnyTransport | None = None,
        follow_redirects: bool = True,
        deadline: float = _DEFAULT_DEADLINE,
        max_response_bytes: int = _DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        super().__init__(
            token,
            server_variables={
                "org_name": org_name,
            },
            auth=auth,
            base_url=base_url,
            server_urls=server_urls,
            timeout=timeout,
            retry=retry,
            max_concurrency=max_concurrency,
            user_agent=user_agent,
            headers=headers,
            transport=transport,
            follow_redirects=follow_redirects,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
        )

    # -- configureRetentionPolicy --

    def configure_retention_policy(
        self,
        *,
        body: RetentionPolicyRequest,
    ) -> RetentionPolicy:
        """Configure a project's artifact retention policy

        Replaces the artifact retention rules of a project. When several rules match an
        artifact's path, the first one applies. Without a policy artifacts are kept forever.

        Differences from the docs: ages in days (`"7 days"`) are accepted and every age is
        stored in seconds and written back in the largest whole unit (`"7 days"` becomes `"1
        week"`). Each level takes at most 10 rules, a selector at most 100 characters.
        Validation runs before the permission check: a missing or malformed `project_id`, no
        rule at all, or a bad rule is answered with 400 (plain text), limits of the artifact
        service with 400 (a JSON string). A missing permission is answered with 401 `Permission
        denied`. The response does not echo `project_id`. JSON responses may come without a
        Content-Type header.

        `POST /artifacts_retention_policies` (configureRetentionPolicy).
        Never retried (not idempotent).

        Args:
            body (RetentionPolicyRequest): At least one of the three lists must contain a rule.

        Returns:
            RetentionPolicy

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _configure_retention_policy.OPERATION,
            _configure_retention_policy._get_kwargs(
                body=body,
            ),
            _configure_retention_policy._parse_response,
        )

    async def configure_retention_policy_async(
        self,
        *,
        body: RetentionPolicyRequest,
    ) -> RetentionPolicy:
        """Configure a project's artifact retention policy

        Replaces the artifact retention rules of a project. When several rules match an
        artifact's path, the first one applies. Without a policy artifacts are kept forever.

        Differences from the docs: ages in days (`"7 days"`) are accepted and every age is
        stored in seconds and written back in the largest whole unit (`"7 days"` becomes `"1
        week"`). Each level takes at most 10 rules, a selector at most 100 characters.
        Validation runs before the permission check: a missing or malformed `project_id`, no
        rule at all, or a bad rule is answered with 400 (plain text), limits of the artifact
        service with 400 (a JSON string). A missing permission is answered with 401 `Permission
        denied`. The response does not echo `project_id`. JSON responses may come without a
        Content-Type header.

        `POST /artifacts_retention_policies` (configureRetentionPolicy).
        Never retried (not idempotent).

        Args:
            body (RetentionPolicyRequest): At least one of the three lists must contain a rule.

        Returns:
            RetentionPolicy

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _configure_retention_policy.OPERATION,
            _configure_retention_policy._get_kwargs(
                body=body,
            ),
            _configure_retention_policy._parse_response,
        )

    # -- describeRetentionPolicy --

    def describe_retention_policy(
        self,
        project_id: str,
    ) -> RetentionPolicy:
        """Describe a project's artifact retention policy

        Returns the artifact retention rules of a project. A project without a policy gets three
        empty lists. A project without an artifact store is answered with 400 `"artifact bucket
        ID is malformed"`; a missing permission with 401 `Permission denied`. JSON responses may
        come without a Content-Type header. A failure of the artifacts service is answered with
        500 `"Internal error"` (a JSON string).

        `GET /artifacts_retention_policies/{project_id}` (describeRetentionPolicy).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project_id (str): ID (UUID) of the project; anything else is answered with 400.

        Returns:
            RetentionPolicy

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _describe_retention_policy.OPERATION,
            _describe_retention_policy._get_kwargs(
                project_id=project_id,
            ),
            _describe_retention_policy._parse_response,
        )

    async def describe_retention_policy_async(
        self,
        project_id: str,
    ) -> RetentionPolicy:
        """Describe a project's artifact retention policy

        Returns the artifact retention rules of a project. A project without a policy gets three
        empty lists. A project without an artifact store is answered with 400 `"artifact bucket
        ID is malformed"`; a missing permission with 401 `Permission denied`. JSON responses may
        come without a Content-Type header. A failure of the artifacts service is answered with
        500 `"Internal error"` (a JSON string).

        `GET /artifacts_retention_policies/{project_id}` (describeRetentionPolicy).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project_id (str): ID (UUID) of the project; anything else is answered with 400.

        Returns:
            RetentionPolicy

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _describe_retention_policy.OPERATION,
            _describe_retention_policy._get_kwargs(
                project_id=project_id,
            ),
            _describe_retention_policy._parse_response,
        )

    # -- listArtifacts --

    def list_artifacts(
        self,
        *,
        scope: ListArtifactsScope,
        scope_id: str,
        path: str | Unset = UNSET,
        project_id: str | Unset = UNSET,
    ) -> ArtifactList:
        """List artifacts

        Lists the files and directories directly under `path` in the artifacts of a project, a
        workflow or a job (the whole store of the scope without `path`).

        Parameter errors are plain text 400s: a missing or unknown `scope` (`scope must be one
        of: projects, workflows, jobs`), a `scope_id` that is not a UUID, an absolute `path`
        (`absolute paths are not allowed`) or one with `.` or `..` segments (`path traversal is
        not allowed`). A scope object of another organization is answered with 404 `Not found`;
        a `path` with nothing under it with 404 `"Artifact path not found"` (a JSON string).
        Earlier server versions also required `project_id`. JSON responses may come without a
        Content-Type header.

        `GET /artifacts` (listArtifacts).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            scope (ListArtifactsScope): What the artifacts belong to.
            scope_id (str): ID (UUID) of the project, workflow or job.
            path (str | Unset): Directory to list, relative to the scope (e.g. `test-results`).
            project_id (str | Unset): ID (UUID) of the project the scope belongs to. Current
                servers work it out from the scope; earlier ones required it.

        Returns:
            ArtifactList

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _list_artifacts.OPERATION,
            _list_artifacts._get_kwargs(
                scope=scope,
                scope_id=scope_id,
                path=path,
                project_id=project_id,
            ),
            _list_artifacts._parse_response,
        )

    async def list_artifacts_async(
        self,
        *,
        scope: ListArtifactsScope,
        scope_id: str,
        path: str | Unset = UNSET,
        project_id: str | Unset = UNSET,
    ) -> ArtifactList:
        """List artifacts

        Lists the files and directories directly under `path` in the artifacts of a project, a
        workflow or a job (the whole store of the scope without `path`).

        Parameter errors are plain text 400s: a missing or unknown `scope` (`scope must be one
        of: projects, workflows, jobs`), a `scope_id` that is not a UUID, an absolute `path`
        (`absolute paths are not allowed`) or one with `.` or `..` segments (`path traversal is
        not allowed`). A scope object of another organization is answered with 404 `Not found`;
        a `path` with nothing under it with 404 `"Artifact path not found"` (a JSON string).
        Earlier server versions also required `project_id`. JSON responses may come without a
        Content-Type header.

        `GET /artifacts` (listArtifacts).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            scope (ListArtifactsScope): What the artifacts belong to.
            scope_id (str): ID (UUID) of the project, workflow or job.
            path (str | Unset): Directory to list, relative to the scope (e.g. `test-results`).
            project_id (str | Unset): ID (UUID) of the project the scope belongs to. Current
                servers work it out from the scope; earlier ones required it.

        Returns:
            ArtifactList

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _list_artifacts.OPERATION,
            _list_artifacts._get_kwargs(
                scope=scope,
                scope_id=scope_id,
                path=path,
                project_id=project_id,
            ),
            _list_artifacts._parse_response,
        )

    # -- getArtifactSignedUrl --

    def get_artifact_signed_url(
        self,
        *,
        scope: GetArtifactSignedUrlScope,
        scope_id: str,
        path: str,
        method: str | Unset = "GET",
        project_id: str | Unset = UNSET,
    ) -> ArtifactSignedUrl:
        """Get a signed URL of an artifact

        Returns a short-lived URL of one artifact file in the storage backend, for a GET
        (download) or a HEAD request. The URL needs no API token.

        `path` is required here (400 `path must be present`) and follows the same rules as in
        the list; `method` other than GET or HEAD (case-insensitive) is answered with 400
        `method must be one of: GET, HEAD`. JSON responses may come without a Content-Type
        header.

        `GET /artifacts/signed_url` (getArtifactSignedUrl).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            scope (GetArtifactSignedUrlScope): What the artifacts belong to.
            scope_id (str): ID (UUID) of the project, workflow or job.
            path (str): File path relative to the scope, e.g. `logs/build.log`.
            method (str | Unset): The HTTP method the URL is signed for, `GET` or `HEAD` in any
                letter case. Default: 'GET'.
            project_id (str | Unset): ID (UUID) of the project the scope belongs to. Current
                servers work it out from the scope; earlier ones required it.

        Returns:
            ArtifactSignedUrl

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _get_artifact_signed_url.OPERATION,
            _get_artifact_signed_url._get_kwargs(
                scope=scope,
                scope_id=scope_id,
                path=path,
                method=method,
                project_id=project_id,
            ),
            _get_artifact_signed_url._parse_response,
        )

    async def get_artifact_signed_url_async(
        self,
        *,
        scope: GetArtifactSignedUrlScope,
        scope_id: str,
        path: str,
        method: str | Unset = "GET",
        project_id: str | Unset = UNSET,
    ) -> ArtifactSignedUrl:
        """Get a signed URL of an artifact

        Returns a short-lived URL of one artifact file in the storage backend, for a GET
        (download) or a HEAD request. The URL needs no API token.

        `path` is required here (400 `path must be present`) and follows the same rules as in
        the list; `method` other than GET or HEAD (case-insensitive) is answered with 400
        `method must be one of: GET, HEAD`. JSON responses may come without a Content-Type
        header.

        `GET /artifacts/signed_url` (getArtifactSignedUrl).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            scope (GetArtifactSignedUrlScope): What the artifacts belong to.
            scope_id (str): ID (UUID) of the project, workflow or job.
            path (str): File path relative to the scope, e.g. `logs/build.log`.
            method (str | Unset): The HTTP method the URL is signed for, `GET` or `HEAD` in any
                letter case. Default: 'GET'.
            project_id (str | Unset): ID (UUID) of the project the scope belongs to. Current
                servers work it out from the scope; earlier ones required it.

        Returns:
            ArtifactSignedUrl

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _get_artifact_signed_url.OPERATION,
            _get_artifact_signed_url._get_kwargs(
                scope=scope,
                scope_id=scope_id,
                path=path,
                method=method,
                project_id=project_id,
            ),
            _get_artifact_signed_url._parse_response,
        )

    # -- listDashboards --

    def list_dashboards(
        self,
        *,
        page_size: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
    ) -> DashboardList:
        """List dashboards

        Lists the organization's dashboards. Documented only in an unmerged draft of the
        reference.

        Pages are chained with the body's `next_page_token` (`""` on the last page), passed back
        as `page_token`; `sem` follows it until it is empty. The body also carries `total_size`,
        a 32-bit number (not a string). An unknown enum value or a page token the service cannot
        read is answered with 400 (gRPC code 3); a failure of the service with 500.

        `GET /dashboards` (listDashboards).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            page_size (int | Unset): Dashboards per page (the service's default when 0 or
                absent).
            page_token (str | Unset): The `next_page_token` of the previous page.

        Returns:
            DashboardList

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _list_dashboards.OPERATION,
            _list_dashboards._get_kwargs(
                page_size=page_size,
                page_token=page_token,
            ),
            _list_dashboards._parse_response,
        )

    async def list_dashboards_async(
        self,
        *,
        page_size: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
    ) -> DashboardList:
        """List dashboards

        Lists the organization's dashboards. Documented only in an unmerged draft of the
        reference.

        Pages are chained with the body's `next_page_token` (`""` on the last page), passed back
        as `page_token`; `sem` follows it until it is empty. The body also carries `total_size`,
        a 32-bit number (not a string). An unknown enum value or a page token the service cannot
        read is answered with 400 (gRPC code 3); a failure of the service with 500.

        `GET /dashboards` (listDashboards).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            page_size (int | Unset): Dashboards per page (the service's default when 0 or
                absent).
            page_token (str | Unset): The `next_page_token` of the previous page.

        Returns:
            DashboardList

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _list_dashboards.OPERATION,
            _list_dashboards._get_kwargs(
                page_size=page_size,
                page_token=page_token,
            ),
            _list_dashboards._parse_response,
        )

    def iter_list_dashboards(
        self,
        *,
        page_size: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        max_items: int | None = None,
        max_pages: int | None = None,
    ) -> _Paginator[Dashboard, DashboardList]:
        """List dashboards

        Lists the organization's dashboards. Documented only in an unmerged draft of the
        reference.

        Pages are chained with the body's `next_page_token` (`""` on the last page), passed back
        as `page_token`; `sem` follows it until it is empty. The body also carries `total_size`,
        a 32-bit number (not a string). An unknown enum value or a page token the service cannot
        read is answered with 400 (gRPC code 3); a failure of the service with 500.

        `GET /dashboards` (listDashboards).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            page_size (int | Unset): Dashboards per page (the service's default when 0 or
                absent).
            page_token (str | Unset): The `next_page_token` of the previous page.
            max_items: stop after this many items (default: all).
            max_pages: stop after fetching this many pages (default: all, up to 10,000, then
                PaginationError). A walk also raises PaginationError on a page URL seen before
                and after 5 pages in a row that bring nothing new (no item, or a page sent before).

        Returns:
            Paginator[Dashboard, DashboardList]: iterate with `for` or `async for` (page-token pagination); pages are fetched lazily, as the items are used.

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return _Paginator(
            self,
            _list_dashboards.OPERATION,
            _list_dashboards._get_kwargs(
                page_size=page_size,
                page_token=page_token,
            ),
            _list_dashboards._parse_response,
            lambda body: body.dashboards,
            max_items=max_items,
            max_pages=max_pages,
        )

    # -- createDashboard --

    def create_dashboard(
        self,
        *,
        body: DashboardInput,
    ) -> Dashboard:
        """Create a dashboard

        Creates a dashboard (`sem create -f`). The body is the dashboard itself; its
        `metadata.name` must be unique in the organization. A missing or taken name or an
        invalid spec is answered with 400 (gRPC code 3 or 9); a user without
        `organization.dashboards.manage` with 403 (gRPC code 7). Unknown fields are ignored.

        `POST /dashboards` (createDashboard).
        Never retried (not idempotent).

        Args:
            body (DashboardInput): A dashboard to create, or the new content of one. Unknown
                fields are ignored.

        Returns:
            Dashboard

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _create_dashboard.OPERATION,
            _create_dashboard._get_kwargs(
                body=body,
            ),
            _create_dashboard._parse_response,
        )

    async def create_dashboard_async(
        self,
        *,
        body: DashboardInput,
    ) -> Dashboard:
        """Create a dashboard

        Creates a dashboard (`sem create -f`). The body is the dashboard itself; its
        `metadata.name` must be unique in the organization. A missing or taken name or an
        invalid spec is answered with 400 (gRPC code 3 or 9); a user without
        `organization.dashboards.manage` with 403 (gRPC code 7). Unknown fields are ignored.

        `POST /dashboards` (createDashboard).
        Never retried (not idempotent).

        Args:
            body (DashboardInput): A dashboard to create, or the new content of one. Unknown
                fields are ignored.

        Returns:
            Dashboard

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _create_dashboard.OPERATION,
            _create_dashboard._get_kwargs(
                body=body,
            ),
            _create_dashboard._parse_response,
        )

    # -- describeDashboard --

    def describe_dashboard(
        self,
        id_or_name: str,
    ) -> Dashboard:
        """Describe a dashboard

        Returns one dashboard, by ID or by name. An unknown one is answered with 404 (gRPC code
        5).

        `GET /dashboards/{id_or_name}` (describeDashboard).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            id_or_name (str): ID or name of the dashboard.

        Returns:
            Dashboard

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _describe_dashboard.OPERATION,
            _describe_dashboard._get_kwargs(
                id_or_name=id_or_name,
            ),
            _describe_dashboard._parse_response,
        )

    async def describe_dashboard_async(
        self,
        id_or_name: str,
    ) -> Dashboard:
        """Describe a dashboard

        Returns one dashboard, by ID or by name. An unknown one is answered with 404 (gRPC code
        5).

        `GET /dashboards/{id_or_name}` (describeDashboard).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            id_or_name (str): ID or name of the dashboard.

        Returns:
            Dashboard

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _describe_dashboard.OPERATION,
            _describe_dashboard._get_kwargs(
                id_or_name=id_or_name,
            ),
            _describe_dashboard._parse_response,
        )

    # -- deleteDashboard --

    def delete_dashboard(
        self,
        id_or_name: str,
    ) -> Empty:
        """Delete a dashboard

        Deletes a dashboard, by ID or by name. The success body is `{}`. An unknown dashboard is
        answered with 404, a user without `organization.dashboards.manage` with 403.

        `DELETE /dashboards/{id_or_name}` (deleteDashboard).
        Never retried (not idempotent).

        Args:
            id_or_name (str): ID or name of the dashboard.

        Returns:
            Empty

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _delete_dashboard.OPERATION,
            _delete_dashboard._get_kwargs(
                id_or_name=id_or_name,
            ),
            _delete_dashboard._parse_response,
        )

    async def delete_dashboard_async(
        self,
        id_or_name: str,
    ) -> Empty:
        """Delete a dashboard

        Deletes a dashboard, by ID or by name. The success body is `{}`. An unknown dashboard is
        answered with 404, a user without `organization.dashboards.manage` with 403.

        `DELETE /dashboards/{id_or_name}` (deleteDashboard).
        Never retried (not idempotent).

        Args:
            id_or_name (str): ID or name of the dashboard.

        Returns:
            Empty

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _delete_dashboard.OPERATION,
            _delete_dashboard._get_kwargs(
                id_or_name=id_or_name,
            ),
            _delete_dashboard._parse_response,
        )

    # -- updateDashboard --

    def update_dashboard(
        self,
        id_or_name: str,
        *,
        body: DashboardInput,
    ) -> Dashboard:
        """Update a dashboard

        Replaces a dashboard (`sem edit`). As on create, the body is the dashboard itself (the
        gateway puts it into the update request's `dashboard` field), and it replaces the stored
        one: fields left out are emptied. An invalid spec is answered with 400, an unknown
        dashboard with 404, a user without `organization.dashboards.manage` with 403.

        `PATCH /dashboards/{id_or_name}` (updateDashboard).
        Never retried (not idempotent).

        Args:
            id_or_name (str): ID or name of the dashboard.
            body (DashboardInput): A dashboard to create, or the new content of one. Unknown
                fields are ignored.

        Returns:
            Dashboard

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _update_dashboard.OPERATION,
            _update_dashboard._get_kwargs(
                id_or_name=id_or_name,
                body=body,
            ),
            _update_dashboard._parse_response,
        )

    async def update_dashboard_async(
        self,
        id_or_name: str,
        *,
        body: DashboardInput,
    ) -> Dashboard:
        """Update a dashboard

        Replaces a dashboard (`sem edit`). As on create, the body is the dashboard itself (the
        gateway puts it into the update request's `dashboard` field), and it replaces the stored
        one: fields left out are emptied. An invalid spec is answered with 400, an unknown
        dashboard with 404, a user without `organization.dashboards.manage` with 403.

        `PATCH /dashboards/{id_or_name}` (updateDashboard).
        Never retried (not idempotent).

        Args:
            id_or_name (str): ID or name of the dashboard.
            body (DashboardInput): A dashboard to create, or the new content of one. Unknown
                fields are ignored.

        Returns:
            Dashboard

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _update_dashboard.OPERATION,
            _update_dashboard._get_kwargs(
                id_or_name=id_or_name,
                body=body,
            ),
            _update_dashboard._parse_response,
        )

    # -- listDeploymentTargets --

    def list_deployment_targets(
        self,
        *,
        project_id: str,
        target_name: str | Unset = UNSET,
    ) -> list[DeploymentTarget]:
        """List deployment targets, or find one by name

        Lists a project's deployment targets. With `target_name` it looks one target up by name
        (the docs' "describe by name"): the answer is still an array, of one target, or `[]`
        when there is no target of that name (not 404).

        Differences from the docs: the response is a bare array without pagination. A
        `project_id` that is not a UUID is answered with 400 (plain text `project id must be a
        valid UUID`); a missing one with 404 `Project not found`. A missing permission is
        answered with 401 `Permission denied`, an organization without the deployment targets
        feature with 403. JSON responses may come without a Content-Type header.

        `GET /deployment_targets` (listDeploymentTargets).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project_id (str): ID (UUID) of the project.
            target_name (str | Unset): Name of the target to look up.

        Returns:
            list[DeploymentTarget]

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _list_deployment_targets.OPERATION,
            _list_deployment_targets._get_kwargs(
                project_id=project_id,
                target_name=target_name,
            ),
            _list_deployment_targets._parse_response,
        )

    async def list_deployment_targets_async(
        self,
        *,
        project_id: str,
        target_name: str | Unset = UNSET,
    ) -> list[DeploymentTarget]:
        """List deployment targets, or find one by name

        Lists a project's deployment targets. With `target_name` it looks one target up by name
        (the docs' "describe by name"): the answer is still an array, of one target, or `[]`
        when there is no target of that name (not 404).

        Differences from the docs: the response is a bare array without pagination. A
        `project_id` that is not a UUID is answered with 400 (plain text `project id must be a
        valid UUID`); a missing one with 404 `Project not found`. A missing permission is
        answered with 401 `Permission denied`, an organization without the deployment targets
        feature with 403. JSON responses may come without a Content-Type header.

        `GET /deployment_targets` (listDeploymentTargets).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project_id (str): ID (UUID) of the project.
            target_name (str | Unset): Name of the target to look up.

        Returns:
            list[DeploymentTarget]

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _list_deployment_targets.OPERATION,
            _list_deployment_targets._get_kwargs(
                project_id=project_id,
                target_name=target_name,
            ),
            _list_deployment_targets._parse_response,
        )

    # -- createDeploymentTarget --

    def create_deployment_target(
        self,
        *,
        body: DeploymentTargetCreate,
        project_id: str | Unset = UNSET,
    ) -> DeploymentTarget:
        """Create a deployment target

        Creates a deployment target in a project. Right after creation the target is `SYNCING`
        while its secret is written.

        `project_id` may be given as a query parameter (as in the docs) or in the body; without
        it the answer is 400 `project_id must be present` (plain text). `unique_token` must be a
        UUID (else 400, plain text); without it the answer is 400 `"unique_token, name and
        project_id are required to create a deployment target"` (a JSON string). A retry with
        the same `unique_token` returns the target created the first time. Subject rules other
        than ANY need the advanced deployment targets feature (else 403); a duplicate name is
        answered with 400 `"Changeset error"`. A missing permission is answered with 401
        `Permission denied`. JSON responses may come without a Content-Type header. A failure of
        the deployment targets service is answered with 500 `"Internal error"` (a JSON string).

        `POST /deployment_targets` (createDeploymentTarget).
        Retried as the retry policy allows only when `unique_token` is given (the same
        token is sent on every attempt); otherwise sent once.

        Args:
            project_id (str | Unset): ID (UUID) of the project. Required here or in the body.
            body (DeploymentTargetCreate):

        Returns:
            DeploymentTarget

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _create_deployment_target.OPERATION,
            _create_deployment_target._get_kwargs(
                body=body,
                project_id=project_id,
            ),
            _create_deployment_target._parse_response,
        )

    async def create_deployment_target_async(
        self,
        *,
        body: DeploymentTargetCreate,
        project_id: str | Unset = UNSET,
    ) -> DeploymentTarget:
        """Create a deployment target

        Creates a deployment target in a project. Right after creation the target is `SYNCING`
        while its secret is written.

        `project_id` may be given as a query parameter (as in the docs) or in the body; without
        it the answer is 400 `project_id must be present` (plain text). `unique_token` must be a
        UUID (else 400, plain text); without it the answer is 400 `"unique_token, name and
        project_id are required to create a deployment target"` (a JSON string). A retry with
        the same `unique_token` returns the target created the first time. Subject rules other
        than ANY need the advanced deployment targets feature (else 403); a duplicate name is
        answered with 400 `"Changeset error"`. A missing permission is answered with 401
        `Permission denied`. JSON responses may come without a Content-Type header. A failure of
        the deployment targets service is answered with 500 `"Internal error"` (a JSON string).

        `POST /deployment_targets` (createDeploymentTarget).
        Retried as the retry policy allows only when `unique_token` is given (the same
        token is sent on every attempt); otherwise sent once.

        Args:
            project_id (str | Unset): ID (UUID) of the project. Required here or in the body.
            body (DeploymentTargetCreate):

        Returns:
            DeploymentTarget

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _create_deployment_target.OPERATION,
            _create_deployment_target._get_kwargs(
                body=body,
                project_id=project_id,
            ),
            _create_deployment_target._parse_response,
        )

    # -- describeDeploymentTarget --

    def describe_deployment_target(
        self,
        target_id: str,
        *,
        include_secrets: str | Unset = UNSET,
    ) -> DeploymentTarget:
        """Describe a deployment target

        Returns one deployment target.

        Differences from the docs: the undocumented `include_secrets=true` (needs the manage
        permission) adds `env_vars` and `files`, with MD5 hashes in place of the values. A
        target ID that is not a UUID is answered with 400 (plain text); an unknown target with
        404 `"Not found"` (a JSON string). A missing permission is answered with 401 `Permission
        denied`, an organization without the feature with 403. JSON responses may come without a
        Content-Type header. A failure of the deployment targets service is answered with 500
        `"Internal error"` (a JSON string).

        `GET /deployment_targets/{target_id}` (describeDeploymentTarget).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            target_id (str): ID (UUID) of the deployment target. A value that is not a UUID is
                answered with 400 `target_id must be a valid UUID`.
            include_secrets (str | Unset): `true` to include the target's environment variables
                and files (hashed). Undocumented.

        Returns:
            DeploymentTarget

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _describe_deployment_target.OPERATION,
            _describe_deployment_target._get_kwargs(
                target_id=target_id,
                include_secrets=include_secrets,
            ),
            _describe_deployment_target._parse_response,
        )

    async def describe_deployment_target_async(
        self,
        target_id: str,
        *,
        include_secrets: str | Unset = UNSET,
    ) -> DeploymentTarget:
        """Describe a deployment target

        Returns one deployment target.

        Differences from the docs: the undocumented `include_secrets=true` (needs the manage
        permission) adds `env_vars` and `files`, with MD5 hashes in place of the values. A
        target ID that is not a UUID is answered with 400 (plain text); an unknown target with
        404 `"Not found"` (a JSON string). A missing permission is answered with 401 `Permission
        denied`, an organization without the feature with 403. JSON responses may come without a
        Content-Type header. A failure of the deployment targets service is answered with 500
        `"Internal error"` (a JSON string).

        `GET /deployment_targets/{target_id}` (describeDeploymentTarget).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            target_id (str): ID (UUID) of the deployment target. A value that is not a UUID is
                answered with 400 `target_id must be a valid UUID`.
            include_secrets (str | Unset): `true` to include the target's environment variables
                and files (hashed). Undocumented.

        Returns:
            DeploymentTarget

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _describe_deployment_target.OPERATION,
            _describe_deployment_target._get_kwargs(
                target_id=target_id,
                include_secrets=include_secrets,
            ),
            _describe_deployment_target._parse_response,
        )

    # -- deleteDeploymentTarget --

    def delete_deployment_target(
        self,
        target_id: str,
        *,
        unique_token: UUID,
    ) -> DeploymentTargetDeleted:
        """Delete a deployment target

        Deletes a deployment target.

        `unique_token` is required: without it the answer is 400 `"target_id and unique_token
        are required to delete a deployment target"` (a JSON string), with a value that is not a
        UUID 400 (plain text). A retry with the same token succeeds again while the target still
        exists and is answered with 404 once it is gone. A missing permission is answered with
        401 `Permission denied`, an organization without the feature with 403. JSON responses
        may come without a Content-Type header. A failure of the deployment targets service is
        answered with 500 `"Internal error"` (a JSON string).

        `DELETE /deployment_targets/{target_id}` (deleteDeploymentTarget).
        Retried as the retry policy allows only when `unique_token` is given (the same
        token is sent on every attempt); otherwise sent once.

        Args:
            target_id (str): ID (UUID) of the deployment target. A value that is not a UUID is
                answered with 400 `target_id must be a valid UUID`.
            unique_token (UUID): Client-generated idempotency UUID.

        Returns:
            DeploymentTargetDeleted

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _delete_deployment_target.OPERATION,
            _delete_deployment_target._get_kwargs(
                target_id=target_id,
                unique_token=unique_token,
            ),
            _delete_deployment_target._parse_response,
        )

    async def delete_deployment_target_async(
        self,
        target_id: str,
        *,
        unique_token: UUID,
    ) -> DeploymentTargetDeleted:
        """Delete a deployment target

        Deletes a deployment target.

        `unique_token` is required: without it the answer is 400 `"target_id and unique_token
        are required to delete a deployment target"` (a JSON string), with a value that is not a
        UUID 400 (plain text). A retry with the same token succeeds again while the target still
        exists and is answered with 404 once it is gone. A missing permission is answered with
        401 `Permission denied`, an organization without the feature with 403. JSON responses
        may come without a Content-Type header. A failure of the deployment targets service is
        answered with 500 `"Internal error"` (a JSON string).

        `DELETE /deployment_targets/{target_id}` (deleteDeploymentTarget).
        Retried as the retry policy allows only when `unique_token` is given (the same
        token is sent on every attempt); otherwise sent once.

        Args:
            target_id (str): ID (UUID) of the deployment target. A value that is not a UUID is
                answered with 400 `target_id must be a valid UUID`.
            unique_token (UUID): Client-generated idempotency UUID.

        Returns:
            DeploymentTargetDeleted

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _delete_deployment_target.OPERATION,
            _delete_deployment_target._get_kwargs(
                target_id=target_id,
                unique_token=unique_token,
            ),
            _delete_deployment_target._parse_response,
        )

    # -- updateDeploymentTarget --

    def update_deployment_target(
        self,
        target_id: str,
        *,
        body: DeploymentTargetUpdate,
    ) -> DeploymentTarget:
        """Update a deployment target

        Changes a deployment target; fields that are not sent keep their values.

        Differences from the docs: `unique_token` is required although the docs say every field
        is optional; without it the answer is 400 `"target_id and unique_token are required to
        update a deployment target"` (a JSON string), and with a value that is not a UUID 400
        `unique_token must be a valid UUID` (plain text). A retry with the same `unique_token`
        returns the current target and does not apply the change again. A ROLE rule may name the
        role; the response carries its ID. A target that is still `SYNCING` is answered with 400
        `"Invalid state: SYNCING"`. A missing permission is answered with 401 `Permission
        denied`, an organization without the feature with 403. JSON responses may come without a
        Content-Type header. A failure of the deployment targets service is answered with 500
        `"Internal error"` (a JSON string).

        `PATCH /deployment_targets/{target_id}` (updateDeploymentTarget).
        Retried as the retry policy allows only when `unique_token` is given (the same
        token is sent on every attempt); otherwise sent once.

        Args:
            target_id (str): ID (UUID) of the deployment target. A value that is not a UUID is
                answered with 400 `target_id must be a valid UUID`.
            body (DeploymentTargetUpdate): Fields to change; the others keep their current
                values. `unique_token` is required although the docs say every field is optional.

        Returns:
            DeploymentTarget

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _update_deployment_target.OPERATION,
            _update_deployment_target._get_kwargs(
                target_id=target_id,
                body=body,
            ),
            _update_deployment_target._parse_response,
        )

    async def update_deployment_target_async(
        self,
        target_id: str,
        *,
        body: DeploymentTargetUpdate,
    ) -> DeploymentTarget:
        """Update a deployment target

        Changes a deployment target; fields that are not sent keep their values.

        Differences from the docs: `unique_token` is required although the docs say every field
        is optional; without it the answer is 400 `"target_id and unique_token are required to
        update a deployment target"` (a JSON string), and with a value that is not a UUID 400
        `unique_token must be a valid UUID` (plain text). A retry with the same `unique_token`
        returns the current target and does not apply the change again. A ROLE rule may name the
        role; the response carries its ID. A target that is still `SYNCING` is answered with 400
        `"Invalid state: SYNCING"`. A missing permission is answered with 401 `Permission
        denied`, an organization without the feature with 403. JSON responses may come without a
        Content-Type header. A failure of the deployment targets service is answered with 500
        `"Internal error"` (a JSON string).

        `PATCH /deployment_targets/{target_id}` (updateDeploymentTarget).
        Retried as the retry policy allows only when `unique_token` is given (the same
        token is sent on every attempt); otherwise sent once.

        Args:
            target_id (str): ID (UUID) of the deployment target. A value that is not a UUID is
                answered with 400 `target_id must be a valid UUID`.
            body (DeploymentTargetUpdate): Fields to change; the others keep their current
                values. `unique_token` is required although the docs say every field is optional.

        Returns:
            DeploymentTarget

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _update_deployment_target.OPERATION,
            _update_deployment_target._get_kwargs(
                target_id=target_id,
                body=body,
            ),
            _update_deployment_target._parse_response,
        )

    # -- activateDeploymentTarget --

    def activate_deployment_target(
        self,
        target_id: str,
    ) -> DeploymentTargetActivity:
        """Activate a deployment target

        (Re)activates a deactivated deployment target so it can be promoted to again. No body is
        needed. A target that is still `SYNCING` is answered with 400 `"Invalid state:
        SYNCING"`. A missing permission is answered with 401 `Permission denied`, an
        organization without the feature with 403. JSON responses may come without a Content-
        Type header. A failure of the deployment targets service is answered with 500 `"Internal
        error"` (a JSON string).

        `PATCH /deployment_targets/{target_id}/activate` (activateDeploymentTarget).
        Never retried (not idempotent).

        Args:
            target_id (str): ID (UUID) of the deployment target. A value that is not a UUID is
                answered with 400 `target_id must be a valid UUID`.

        Returns:
            DeploymentTargetActivity

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _activate_deployment_target.OPERATION,
            _activate_deployment_target._get_kwargs(
                target_id=target_id,
            ),
            _activate_deployment_target._parse_response,
        )

    async def activate_deployment_target_async(
        self,
        target_id: str,
    ) -> DeploymentTargetActivity:
        """Activate a deployment target

        (Re)activates a deactivated deployment target so it can be promoted to again. No body is
        needed. A target that is still `SYNCING` is answered with 400 `"Invalid state:
        SYNCING"`. A missing permission is answered with 401 `Permission denied`, an
        organization without the feature with 403. JSON responses may come without a Content-
        Type header. A failure of the deployment targets service is answered with 500 `"Internal
        error"` (a JSON string).

        `PATCH /deployment_targets/{target_id}/activate` (activateDeploymentTarget).
        Never retried (not idempotent).

        Args:
            target_id (str): ID (UUID) of the deployment target. A value that is not a UUID is
                answered with 400 `target_id must be a valid UUID`.

        Returns:
            DeploymentTargetActivity

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _activate_deployment_target.OPERATION,
            _activate_deployment_target._get_kwargs(
                target_id=target_id,
            ),
            _activate_deployment_target._parse_response,
        )

    # -- deactivateDeploymentTarget --

    def deactivate_deployment_target(
        self,
        target_id: str,
    ) -> DeploymentTargetActivity:
        """Deactivate a deployment target

        Deactivates (cordons) a deployment target: no promotion can use it until it is activated
        again. No body is needed. A target that is still `SYNCING` is answered with 400
        `"Invalid state: SYNCING"`. A missing permission is answered with 401 `Permission
        denied`, an organization without the feature with 403. JSON responses may come without a
        Content-Type header. A failure of the deployment targets service is answered with 500
        `"Internal error"` (a JSON string).

        `PATCH /deployment_targets/{target_id}/deactivate` (deactivateDeploymentTarget).
        Never retried (not idempotent).

        Args:
            target_id (str): ID (UUID) of the deployment target. A value that is not a UUID is
                answered with 400 `target_id must be a valid UUID`.

        Returns:
            DeploymentTargetActivity

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _deactivate_deployment_target.OPERATION,
            _deactivate_deployment_target._get_kwargs(
                target_id=target_id,
            ),
            _deactivate_deployment_target._parse_response,
        )

    async def deactivate_deployment_target_async(
        self,
        target_id: str,
    ) -> DeploymentTargetActivity:
        """Deactivate a deployment target

        Deactivates (cordons) a deployment target: no promotion can use it until it is activated
        again. No body is needed. A target that is still `SYNCING` is answered with 400
        `"Invalid state: SYNCING"`. A missing permission is answered with 401 `Permission
        denied`, an organization without the feature with 403. JSON responses may come without a
        Content-Type header. A failure of the deployment targets service is answered with 500
        `"Internal error"` (a JSON string).

        `PATCH /deployment_targets/{target_id}/deactivate` (deactivateDeploymentTarget).
        Never retried (not idempotent).

        Args:
            target_id (str): ID (UUID) of the deployment target. A value that is not a UUID is
                answered with 400 `target_id must be a valid UUID`.

        Returns:
            DeploymentTargetActivity

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _deactivate_deployment_target.OPERATION,
            _deactivate_deployment_target._get_kwargs(
                target_id=target_id,
            ),
            _deactivate_deployment_target._parse_response,
        )

    # -- listDeploymentHistory --

    def list_deployment_history(
        self,
        target_id: str,
        *,
        cursor_type: str | Unset = "FIRST",
        cursor_value: int | Unset = UNSET,
        git_ref_type: str | Unset = UNSET,
        git_ref_label: str | Unset = UNSET,
        triggered_by: str | Unset = UNSET,
        parameter1: str | Unset = UNSET,
        parameter2: str | Unset = UNSET,
        parameter3: str | Unset = UNSET,
    ) -> DeploymentHistory:
        """List a deployment target's history

        Lists the deployments (promotions) to a target, at most 10 a page. Move between pages
        with the `cursor_before` and `cursor_after` values of the body (0 when there is no such
        page).

        Differences from the docs: `cursor_type` is case-insensitive and also accepted as the
        numbers 0 (FIRST), 1 (AFTER) and 2 (BEFORE); any other value makes the server fail with
        500. A non-integer `cursor_value` is answered with 400. The undocumented `parameter1` to
        `parameter3` filters match the values of the target's bookmark parameters. Deployments
        carry the undocumented `can_requester_rerun`. A missing permission is answered with 401
        `Permission denied`, an organization without the feature with 403. JSON responses may
        come without a Content-Type header.

        `GET /deployment_targets/{target_id}/history` (listDeploymentHistory).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            target_id (str): ID (UUID) of the deployment target. A value that is not a UUID is
                answered with 400 `target_id must be a valid UUID`.
            cursor_type (str | Unset): `FIRST` (default: the latest deployments), `AFTER` (the
                oldest deployments triggered after `cursor_value`) or `BEFORE` (the latest
                deployments triggered before `cursor_value`). Default: 'FIRST'.
            cursor_value (int | Unset): Cursor position in Unix microseconds (a `cursor_before`
                or `cursor_after` value).
            git_ref_type (str | Unset): Only deployments of this kind of git reference
                (`branch`, `tag` or `pr`).
            git_ref_label (str | Unset): Only deployments of this git reference label, e.g. a
                branch name.
            triggered_by (str | Unset): Only deployments triggered by this user ID.
            parameter1 (str | Unset): Only deployments whose first bookmark parameter has this
                value. Undocumented.
            parameter2 (str | Unset): Same for the second bookmark parameter. Undocumented.
            parameter3 (str | Unset): Same for the third bookmark parameter. Undocumented.

        Returns:
            DeploymentHistory

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _list_deployment_history.OPERATION,
            _list_deployment_history._get_kwargs(
                target_id=target_id,
                cursor_type=cursor_type,
                cursor_value=cursor_value,
                git_ref_type=git_ref_type,
                git_ref_label=git_ref_label,
                triggered_by=triggered_by,
                parameter1=parameter1,
                parameter2=parameter2,
                parameter3=parameter3,
            ),
            _list_deployment_history._parse_response,
        )

    async def list_deployment_history_async(
        self,
        target_id: str,
        *,
        cursor_type: str | Unset = "FIRST",
        cursor_value: int | Unset = UNSET,
        git_ref_type: str | Unset = UNSET,
        git_ref_label: str | Unset = UNSET,
        triggered_by: str | Unset = UNSET,
        parameter1: str | Unset = UNSET,
        parameter2: str | Unset = UNSET,
        parameter3: str | Unset = UNSET,
    ) -> DeploymentHistory:
        """List a deployment target's history

        Lists the deployments (promotions) to a target, at most 10 a page. Move between pages
        with the `cursor_before` and `cursor_after` values of the body (0 when there is no such
        page).

        Differences from the docs: `cursor_type` is case-insensitive and also accepted as the
        numbers 0 (FIRST), 1 (AFTER) and 2 (BEFORE); any other value makes the server fail with
        500. A non-integer `cursor_value` is answered with 400. The undocumented `parameter1` to
        `parameter3` filters match the values of the target's bookmark parameters. Deployments
        carry the undocumented `can_requester_rerun`. A missing permission is answered with 401
        `Permission denied`, an organization without the feature with 403. JSON responses may
        come without a Content-Type header.

        `GET /deployment_targets/{target_id}/history` (listDeploymentHistory).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            target_id (str): ID (UUID) of the deployment target. A value that is not a UUID is
                answered with 400 `target_id must be a valid UUID`.
            cursor_type (str | Unset): `FIRST` (default: the latest deployments), `AFTER` (the
                oldest deployments triggered after `cursor_value`) or `BEFORE` (the latest
                deployments triggered before `cursor_value`). Default: 'FIRST'.
            cursor_value (int | Unset): Cursor position in Unix microseconds (a `cursor_before`
                or `cursor_after` value).
            git_ref_type (str | Unset): Only deployments of this kind of git reference
                (`branch`, `tag` or `pr`).
            git_ref_label (str | Unset): Only deployments of this git reference label, e.g. a
                branch name.
            triggered_by (str | Unset): Only deployments triggered by this user ID.
            parameter1 (str | Unset): Only deployments whose first bookmark parameter has this
                value. Undocumented.
            parameter2 (str | Unset): Same for the second bookmark parameter. Undocumented.
            parameter3 (str | Unset): Same for the third bookmark parameter. Undocumented.

        Returns:
            DeploymentHistory

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _list_deployment_history.OPERATION,
            _list_deployment_history._get_kwargs(
                target_id=target_id,
                cursor_type=cursor_type,
                cursor_value=cursor_value,
                git_ref_type=git_ref_type,
                git_ref_label=git_ref_label,
                triggered_by=triggered_by,
                parameter1=parameter1,
                parameter2=parameter2,
                parameter3=parameter3,
            ),
            _list_deployment_history._parse_response,
        )

    def iter_list_deployment_history(
        self,
        target_id: str,
        *,
        cursor_type: str | Unset = "FIRST",
        cursor_value: int | Unset = UNSET,
        git_ref_type: str | Unset = UNSET,
        git_ref_label: str | Unset = UNSET,
        triggered_by: str | Unset = UNSET,
        parameter1: str | Unset = UNSET,
        parameter2: str | Unset = UNSET,
        parameter3: str | Unset = UNSET,
        max_items: int | None = None,
        max_pages: int | None = None,
    ) -> _Paginator[Deployment, DeploymentHistory]:
        """List a deployment target's history

        Lists the deployments (promotions) to a target, at most 10 a page. Move between pages
        with the `cursor_before` and `cursor_after` values of the body (0 when there is no such
        page).

        Differences from the docs: `cursor_type` is case-insensitive and also accepted as the
        numbers 0 (FIRST), 1 (AFTER) and 2 (BEFORE); any other value makes the server fail with
        500. A non-integer `cursor_value` is answered with 400. The undocumented `parameter1` to
        `parameter3` filters match the values of the target's bookmark parameters. Deployments
        carry the undocumented `can_requester_rerun`. A missing permission is answered with 401
        `Permission denied`, an organization without the feature with 403. JSON responses may
        come without a Content-Type header.

        `GET /deployment_targets/{target_id}/history` (listDeploymentHistory).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            target_id (str): ID (UUID) of the deployment target. A value that is not a UUID is
                answered with 400 `target_id must be a valid UUID`.
            cursor_type (str | Unset): `FIRST` (default: the latest deployments), `AFTER` (the
                oldest deployments triggered after `cursor_value`) or `BEFORE` (the latest
                deployments triggered before `cursor_value`). Default: 'FIRST'.
            cursor_value (int | Unset): Cursor position in Unix microseconds (a `cursor_before`
                or `cursor_after` value).
            git_ref_type (str | Unset): Only deployments of this kind of git reference
                (`branch`, `tag` or `pr`).
            git_ref_label (str | Unset): Only deployments of this git reference label, e.g. a
                branch name.
            triggered_by (str | Unset): Only deployments triggered by this user ID.
            parameter1 (str | Unset): Only deployments whose first bookmark parameter has this
                value. Undocumented.
            parameter2 (str | Unset): Same for the second bookmark parameter. Undocumented.
            parameter3 (str | Unset): Same for the third bookmark parameter. Undocumented.
            max_items: stop after this many items (default: all).
            max_pages: stop after fetching this many pages (default: all, up to 10,000, then
                PaginationError). A walk also raises PaginationError on a page URL seen before
                and after 5 pages in a row that bring nothing new (no item, or a page sent before).

        Returns:
            Paginator[Deployment, DeploymentHistory]: iterate with `for` or `async for` (cursor-pair pagination); pages are fetched lazily, as the items are used.

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return _Paginator(
            self,
            _list_deployment_history.OPERATION,
            _list_deployment_history._get_kwargs(
                target_id=target_id,
                cursor_type=cursor_type,
                cursor_value=cursor_value,
                git_ref_type=git_ref_type,
                git_ref_label=git_ref_label,
                triggered_by=triggered_by,
                parameter1=parameter1,
                parameter2=parameter2,
                parameter3=parameter3,
            ),
            _list_deployment_history._parse_response,
            lambda body: body.deployments,
            max_items=max_items,
            max_pages=max_pages,
        )

    # -- listGroups --

    def list_groups(
        self,
        *,
        page_no: int | Unset = 0,
        page_size: int | Unset = 2000,
    ) -> GroupList:
        """List groups

        Lists the organization's groups with the IDs of their members. `page_no` counts from 0,
        2000 groups a page by default. JSON responses may come without a Content-Type header.

        `GET /groups` (listGroups).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            page_no (int | Unset): Page number, from 0. Default: 0.
            page_size (int | Unset): Groups per page. Default: 2000.

        Returns:
            GroupList

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _list_groups.OPERATION,
            _list_groups._get_kwargs(
                page_no=page_no,
                page_size=page_size,
            ),
            _list_groups._parse_response,
        )

    async def list_groups_async(
        self,
        *,
        page_no: int | Unset = 0,
        page_size: int | Unset = 2000,
    ) -> GroupList:
        """List groups

        Lists the organization's groups with the IDs of their members. `page_no` counts from 0,
        2000 groups a page by default. JSON responses may come without a Content-Type header.

        `GET /groups` (listGroups).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            page_no (int | Unset): Page number, from 0. Default: 0.
            page_size (int | Unset): Groups per page. Default: 2000.

        Returns:
            GroupList

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _list_groups.OPERATION,
            _list_groups._get_kwargs(
                page_no=page_no,
                page_size=page_size,
            ),
            _list_groups._parse_response,
        )

    def iter_list_groups(
        self,
        *,
        page_no: int | Unset = 0,
        page_size: int | Unset = 2000,
        max_items: int | None = None,
        max_pages: int | None = None,
    ) -> _Paginator[Group, GroupList]:
        """List groups

        Lists the organization's groups with the IDs of their members. `page_no` counts from 0,
        2000 groups a page by default. JSON responses may come without a Content-Type header.

        `GET /groups` (listGroups).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            page_no (int | Unset): Page number, from 0. Default: 0.
            page_size (int | Unset): Groups per page. Default: 2000.
            max_items: stop after this many items (default: all).
            max_pages: stop after fetching this many pages (default: all, up to 10,000, then
                PaginationError). A walk also raises PaginationError on a page URL seen before
                and after 5 pages in a row that bring nothing new (no item, or a page sent before).

        Returns:
            Paginator[Group, GroupList]: iterate with `for` or `async for` (page-count pagination); pages are fetched lazily, as the items are used.

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return _Paginator(
            self,
            _list_groups.OPERATION,
            _list_groups._get_kwargs(
                page_no=page_no,
                page_size=page_size,
            ),
            _list_groups._parse_response,
            lambda body: body.groups,
            max_items=max_items,
            max_pages=max_pages,
        )

    # -- createGroup --

    def create_group(
        self,
        *,
        body: GroupCreate,
    ) -> Group:
        """Create a group

        Creates a group, optionally with members. A name that is taken, or a member who is not
        in the organization, is answered with 400 and the reason as a JSON string.

        `POST /groups` (createGroup).
        Never retried (not idempotent).

        Args:
            body (GroupCreate):

        Returns:
            Group

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _create_group.OPERATION,
            _create_group._get_kwargs(
                body=body,
            ),
            _create_group._parse_response,
        )

    async def create_group_async(
        self,
        *,
        body: GroupCreate,
    ) -> Group:
        """Create a group

        Creates a group, optionally with members. A name that is taken, or a member who is not
        in the organization, is answered with 400 and the reason as a JSON string.

        `POST /groups` (createGroup).
        Never retried (not idempotent).

        Args:
            body (GroupCreate):

        Returns:
            Group

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _create_group.OPERATION,
            _create_group._get_kwargs(
                body=body,
            ),
            _create_group._parse_response,
        )

    # -- deleteGroup --

    def delete_group(
        self,
        group_id: str,
    ) -> ActionStatus:
        """Delete a group

        Deletes a group; its members keep their own role bindings.

        `DELETE /groups/{group_id}` (deleteGroup).
        Never retried (not idempotent).

        Args:
            group_id (str): ID of the group.

        Returns:
            ActionStatus

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _delete_group.OPERATION,
            _delete_group._get_kwargs(
                group_id=group_id,
            ),
            _delete_group._parse_response,
        )

    async def delete_group_async(
        self,
        group_id: str,
    ) -> ActionStatus:
        """Delete a group

        Deletes a group; its members keep their own role bindings.

        `DELETE /groups/{group_id}` (deleteGroup).
        Never retried (not idempotent).

        Args:
            group_id (str): ID of the group.

        Returns:
            ActionStatus

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _delete_group.OPERATION,
            _delete_group._get_kwargs(
                group_id=group_id,
            ),
            _delete_group._parse_response,
        )

    # -- updateGroup --

    def update_group(
        self,
        group_id: str,
        *,
        body: GroupUpdate,
    ) -> Group:
        """Update a group

        Renames a group, changes its description, or adds and removes members; fields that are
        not sent keep their values.

        `PATCH /groups/{group_id}` (updateGroup).
        Never retried (not idempotent).

        Args:
            group_id (str): ID of the group.
            body (GroupUpdate): Changes to a group; fields that are not sent keep their values.

        Returns:
            Group

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _update_group.OPERATION,
            _update_group._get_kwargs(
                group_id=group_id,
                body=body,
            ),
            _update_group._parse_response,
        )

    async def update_group_async(
        self,
        group_id: str,
        *,
        body: GroupUpdate,
    ) -> Group:
        """Update a group

        Renames a group, changes its description, or adds and removes members; fields that are
        not sent keep their values.

        `PATCH /groups/{group_id}` (updateGroup).
        Never retried (not idempotent).

        Args:
            group_id (str): ID of the group.
            body (GroupUpdate): Changes to a group; fields that are not sent keep their values.

        Returns:
            Group

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _update_group.OPERATION,
            _update_group._get_kwargs(
                group_id=group_id,
                body=body,
            ),
            _update_group._parse_response,
        )

    # -- getPipelinePerformance --

    def get_pipeline_performance(
        self,
        project_id: str,
        *,
        pipeline_file: str,
        branch: str | Unset = UNSET,
        from_: datetime.date | Unset = UNSET,
        to: datetime.date | Unset = UNSET,
        aggregate: str | Unset = "daily",
    ) -> PipelinePerformance:
        """Pipeline performance

        Durations (mean, median, minimum, maximum, standard deviation, 95th percentile, in
        seconds) of a pipeline's runs: all runs, passed runs and failed runs, per day or for the
        whole range. JSON responses may come without a Content-Type header.

        `GET /projects/{project_id}/insights/performance` (getPipelinePerformance).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project_id (str): ID (UUID) of the project.
            pipeline_file (str): Pipeline file whose runs to measure, e.g.
                `.semaphore/semaphore.yml`. Without it the answer is 400 `"Missing required query
                parameter: pipeline_file"`.
            branch (str | Unset): Only runs on this branch (all branches when empty).
            from_ (datetime.date | Unset): First day (YYYY-MM-DD, UTC); a value in another form
                is ignored.
            to (datetime.date | Unset): Last day (YYYY-MM-DD, UTC); a value in another form is
                ignored.
            aggregate (str | Unset): `daily` (default: one metric a day) or `range` (one metric
                for the whole range); any other value means daily. Default: 'daily'.

        Returns:
            PipelinePerformance

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _get_pipeline_performance.OPERATION,
            _get_pipeline_performance._get_kwargs(
                project_id=project_id,
                pipeline_file=pipeline_file,
                branch=branch,
                from_=from_,
                to=to,
                aggregate=aggregate,
            ),
            _get_pipeline_performance._parse_response,
        )

    async def get_pipeline_performance_async(
        self,
        project_id: str,
        *,
        pipeline_file: str,
        branch: str | Unset = UNSET,
        from_: datetime.date | Unset = UNSET,
        to: datetime.date | Unset = UNSET,
        aggregate: str | Unset = "daily",
    ) -> PipelinePerformance:
        """Pipeline performance

        Durations (mean, median, minimum, maximum, standard deviation, 95th percentile, in
        seconds) of a pipeline's runs: all runs, passed runs and failed runs, per day or for the
        whole range. JSON responses may come without a Content-Type header.

        `GET /projects/{project_id}/insights/performance` (getPipelinePerformance).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project_id (str): ID (UUID) of the project.
            pipeline_file (str): Pipeline file whose runs to measure, e.g.
                `.semaphore/semaphore.yml`. Without it the answer is 400 `"Missing required query
                parameter: pipeline_file"`.
            branch (str | Unset): Only runs on this branch (all branches when empty).
            from_ (datetime.date | Unset): First day (YYYY-MM-DD, UTC); a value in another form
                is ignored.
            to (datetime.date | Unset): Last day (YYYY-MM-DD, UTC); a value in another form is
                ignored.
            aggregate (str | Unset): `daily` (default: one metric a day) or `range` (one metric
                for the whole range); any other value means daily. Default: 'daily'.

        Returns:
            PipelinePerformance

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _get_pipeline_performance.OPERATION,
            _get_pipeline_performance._get_kwargs(
                project_id=project_id,
                pipeline_file=pipeline_file,
                branch=branch,
                from_=from_,
                to=to,
                aggregate=aggregate,
            ),
            _get_pipeline_performance._parse_response,
        )

    # -- getPipelineReliability --

    def get_pipeline_reliability(
        self,
        project_id: str,
        *,
        pipeline_file: str,
        branch: str | Unset = UNSET,
        from_: datetime.date | Unset = UNSET,
        to: datetime.date | Unset = UNSET,
        aggregate: str | Unset = "daily",
    ) -> PipelineReliability:
        """Pipeline reliability

        How many runs of a pipeline there were, and how many passed and failed, per day or for
        the whole range. JSON responses may come without a Content-Type header.

        `GET /projects/{project_id}/insights/reliability` (getPipelineReliability).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project_id (str): ID (UUID) of the project.
            pipeline_file (str): Pipeline file whose runs to measure, e.g.
                `.semaphore/semaphore.yml`. Without it the answer is 400 `"Missing required query
                parameter: pipeline_file"`.
            branch (str | Unset): Only runs on this branch (all branches when empty).
            from_ (datetime.date | Unset): First day (YYYY-MM-DD, UTC); a value in another form
                is ignored.
            to (datetime.date | Unset): Last day (YYYY-MM-DD, UTC); a value in another form is
                ignored.
            aggregate (str | Unset): `daily` (default: one metric a day) or `range` (one metric
                for the whole range); any other value means daily. Default: 'daily'.

        Returns:
            PipelineReliability

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _get_pipeline_reliability.OPERATION,
            _get_pipeline_reliability._get_kwargs(
                project_id=project_id,
                pipeline_file=pipeline_file,
                branch=branch,
                from_=from_,
                to=to,
                aggregate=aggregate,
            ),
            _get_pipeline_reliability._parse_response,
        )

    async def get_pipeline_reliability_async(
        self,
        project_id: str,
        *,
        pipeline_file: str,
        branch: str | Unset = UNSET,
        from_: datetime.date | Unset = UNSET,
        to: datetime.date | Unset = UNSET,
        aggregate: str | Unset = "daily",
    ) -> PipelineReliability:
        """Pipeline reliability

        How many runs of a pipeline there were, and how many passed and failed, per day or for
        the whole range. JSON responses may come without a Content-Type header.

        `GET /projects/{project_id}/insights/reliability` (getPipelineReliability).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project_id (str): ID (UUID) of the project.
            pipeline_file (str): Pipeline file whose runs to measure, e.g.
                `.semaphore/semaphore.yml`. Without it the answer is 400 `"Missing required query
                parameter: pipeline_file"`.
            branch (str | Unset): Only runs on this branch (all branches when empty).
            from_ (datetime.date | Unset): First day (YYYY-MM-DD, UTC); a value in another form
                is ignored.
            to (datetime.date | Unset): Last day (YYYY-MM-DD, UTC); a value in another form is
                ignored.
            aggregate (str | Unset): `daily` (default: one metric a day) or `range` (one metric
                for the whole range); any other value means daily. Default: 'daily'.

        Returns:
            PipelineReliability

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _get_pipeline_reliability.OPERATION,
            _get_pipeline_reliability._get_kwargs(
                project_id=project_id,
                pipeline_file=pipeline_file,
                branch=branch,
                from_=from_,
                to=to,
                aggregate=aggregate,
            ),
            _get_pipeline_reliability._parse_response,
        )

    # -- getPipelineFrequency --

    def get_pipeline_frequency(
        self,
        project_id: str,
        *,
        pipeline_file: str,
        branch: str | Unset = UNSET,
        from_: datetime.date | Unset = UNSET,
        to: datetime.date | Unset = UNSET,
        aggregate: str | Unset = "daily",
    ) -> PipelineFrequency:
        """Pipeline frequency

        How many times a pipeline ran, per day or for the whole range. JSON responses may come
        without a Content-Type header.

        `GET /projects/{project_id}/insights/frequency` (getPipelineFrequency).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project_id (str): ID (UUID) of the project.
            pipeline_file (str): Pipeline file whose runs to measure, e.g.
                `.semaphore/semaphore.yml`. Without it the answer is 400 `"Missing required query
                parameter: pipeline_file"`.
            branch (str | Unset): Only runs on this branch (all branches when empty).
            from_ (datetime.date | Unset): First day (YYYY-MM-DD, UTC); a value in another form
                is ignored.
            to (datetime.date | Unset): Last day (YYYY-MM-DD, UTC); a value in another form is
                ignored.
            aggregate (str | Unset): `daily` (default: one metric a day) or `range` (one metric
                for the whole range); any other value means daily. Default: 'daily'.

        Returns:
            PipelineFrequency

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _get_pipeline_frequency.OPERATION,
            _get_pipeline_frequency._get_kwargs(
                project_id=project_id,
                pipeline_file=pipeline_file,
                branch=branch,
                from_=from_,
                to=to,
                aggregate=aggregate,
            ),
            _get_pipeline_frequency._parse_response,
        )

    async def get_pipeline_frequency_async(
        self,
        project_id: str,
        *,
        pipeline_file: str,
        branch: str | Unset = UNSET,
        from_: datetime.date | Unset = UNSET,
        to: datetime.date | Unset = UNSET,
        aggregate: str | Unset = "daily",
    ) -> PipelineFrequency:
        """Pipeline frequency

        How many times a pipeline ran, per day or for the whole range. JSON responses may come
        without a Content-Type header.

        `GET /projects/{project_id}/insights/frequency` (getPipelineFrequency).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project_id (str): ID (UUID) of the project.
            pipeline_file (str): Pipeline file whose runs to measure, e.g.
                `.semaphore/semaphore.yml`. Without it the answer is 400 `"Missing required query
                parameter: pipeline_file"`.
            branch (str | Unset): Only runs on this branch (all branches when empty).
            from_ (datetime.date | Unset): First day (YYYY-MM-DD, UTC); a value in another form
                is ignored.
            to (datetime.date | Unset): Last day (YYYY-MM-DD, UTC); a value in another form is
                ignored.
            aggregate (str | Unset): `daily` (default: one metric a day) or `range` (one metric
                for the whole range); any other value means daily. Default: 'daily'.

        Returns:
            PipelineFrequency

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _get_pipeline_frequency.OPERATION,
            _get_pipeline_frequency._get_kwargs(
                project_id=project_id,
                pipeline_file=pipeline_file,
                branch=branch,
                from_=from_,
                to=to,
                aggregate=aggregate,
            ),
            _get_pipeline_frequency._parse_response,
        )

    # -- describeJob --

    def describe_job(
        self,
        job_id: str,
    ) -> Job:
        """Describe a job

        Returns a job: what it runs and its state.

        Differences from the docs: every field is present, with `""`, `[]` or the enum default
        when empty (e.g. `secrets`, `files`, `containers`, `image_pull_secrets` and the
        `epilogue_*_commands` lists); timestamps are Unix seconds as strings, `"0"` when unset;
        `status.result` is `NONE` until the job finishes and `status.agent` is null until the
        job is given to an agent. The environment, files and secrets of restricted jobs are
        empty. A malformed ID is answered with 400 and an unknown or invisible job with 404,
        both as gRPC status objects; a failure of the job service is 500 (gRPC code 13 or 2),
        also a gRPC status object.

        `GET /jobs/{job_id}` (describeJob).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            job_id (str): ID (UUID) of the job.

        Returns:
            Job

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _describe_job.OPERATION,
            _describe_job._get_kwargs(
                job_id=job_id,
            ),
            _describe_job._parse_response,
        )

    async def describe_job_async(
        self,
        job_id: str,
    ) -> Job:
        """Describe a job

        Returns a job: what it runs and its state.

        Differences from the docs: every field is present, with `""`, `[]` or the enum default
        when empty (e.g. `secrets`, `files`, `containers`, `image_pull_secrets` and the
        `epilogue_*_commands` lists); timestamps are Unix seconds as strings, `"0"` when unset;
        `status.result` is `NONE` until the job finishes and `status.agent` is null until the
        job is given to an agent. The environment, files and secrets of restricted jobs are
        empty. A malformed ID is answered with 400 and an unknown or invisible job with 404,
        both as gRPC status objects; a failure of the job service is 500 (gRPC code 13 or 2),
        also a gRPC status object.

        `GET /jobs/{job_id}` (describeJob).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            job_id (str): ID (UUID) of the job.

        Returns:
            Job

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _describe_job.OPERATION,
            _describe_job._get_kwargs(
                job_id=job_id,
            ),
            _describe_job._parse_response,
        )

    # -- stopJob --

    def stop_job(
        self,
        job_id: str,
    ) -> Empty:
        """Stop a job

        Asks for the job to be stopped; the stop happens asynchronously.

        Differences from the docs: the success body is `{}`. The call is idempotent: stopping a
        finished or stopping job also answers `{}`. No body is needed (an empty JSON object is
        accepted; unknown keys are ignored), but a body that is not a JSON object the gateway
        can read (malformed JSON, or a `job_id` that is not a string) is answered with 400, a
        gRPC status object with code 3. An unknown or invisible job is answered with 404; an ID
        that is not a UUID is not checked up front and makes the job service fail with 500.

        `POST /jobs/{job_id}/stop` (stopJob).
        Never retried (not idempotent).

        Args:
            job_id (str): ID (UUID) of the job.

        Returns:
            Empty

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _stop_job.OPERATION,
            _stop_job._get_kwargs(
                job_id=job_id,
            ),
            _stop_job._parse_response,
        )

    async def stop_job_async(
        self,
        job_id: str,
    ) -> Empty:
        """Stop a job

        Asks for the job to be stopped; the stop happens asynchronously.

        Differences from the docs: the success body is `{}`. The call is idempotent: stopping a
        finished or stopping job also answers `{}`. No body is needed (an empty JSON object is
        accepted; unknown keys are ignored), but a body that is not a JSON object the gateway
        can read (malformed JSON, or a `job_id` that is not a string) is answered with 400, a
        gRPC status object with code 3. An unknown or invisible job is answered with 404; an ID
        that is not a UUID is not checked up front and makes the job service fail with 500.

        `POST /jobs/{job_id}/stop` (stopJob).
        Never retried (not idempotent).

        Args:
            job_id (str): ID (UUID) of the job.

        Returns:
            Empty

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _stop_job.OPERATION,
            _stop_job._get_kwargs(
                job_id=job_id,
            ),
            _stop_job._parse_response,
        )

    # -- listJobs --

    def list_jobs(
        self,
        *,
        states: list[ListJobsStatesItem] | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        order: ListJobsOrder | Unset = ListJobsOrder.BY_CREATE_TIME_DESC,
    ) -> JobList:
        """List jobs

        Lists the organization's jobs, newest first. Not in the official docs (from the jobs API
        definition).

        Pages are chained with the body's `next_page_token` (`""` on the last page), passed back
        as `page_token`. `states` may be repeated (`states=RUNNING&states=QUEUED`); without it
        every state is listed. The jobs service serves at most 30 jobs a page. An unknown
        `states` or `order` value is refused by the gateway with 400 (gRPC code 3). Every job
        field is sent, as in describe.

        `GET /jobs` (listJobs).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            states (list[ListJobsStatesItem] | Unset): Only jobs in these states (repeat the
                parameter for several).
            page_size (int | Unset): Jobs per page (the service serves at most 30).
            page_token (str | Unset): The `next_page_token` of the previous page.
            order (ListJobsOrder | Unset): Sort order; the only one is newest first. Default:
                ListJobsOrder.BY_CREATE_TIME_DESC.

        Returns:
            JobList

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _list_jobs.OPERATION,
            _list_jobs._get_kwargs(
                states=states,
                page_size=page_size,
                page_token=page_token,
                order=order,
            ),
            _list_jobs._parse_response,
        )

    async def list_jobs_async(
        self,
        *,
        states: list[ListJobsStatesItem] | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        order: ListJobsOrder | Unset = ListJobsOrder.BY_CREATE_TIME_DESC,
    ) -> JobList:
        """List jobs

        Lists the organization's jobs, newest first. Not in the official docs (from the jobs API
        definition).

        Pages are chained with the body's `next_page_token` (`""` on the last page), passed back
        as `page_token`. `states` may be repeated (`states=RUNNING&states=QUEUED`); without it
        every state is listed. The jobs service serves at most 30 jobs a page. An unknown
        `states` or `order` value is refused by the gateway with 400 (gRPC code 3). Every job
        field is sent, as in describe.

        `GET /jobs` (listJobs).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            states (list[ListJobsStatesItem] | Unset): Only jobs in these states (repeat the
                parameter for several).
            page_size (int | Unset): Jobs per page (the service serves at most 30).
            page_token (str | Unset): The `next_page_token` of the previous page.
            order (ListJobsOrder | Unset): Sort order; the only one is newest first. Default:
                ListJobsOrder.BY_CREATE_TIME_DESC.

        Returns:
            JobList

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _list_jobs.OPERATION,
            _list_jobs._get_kwargs(
                states=states,
                page_size=page_size,
                page_token=page_token,
                order=order,
            ),
            _list_jobs._parse_response,
        )

    def iter_list_jobs(
        self,
        *,
        states: list[ListJobsStatesItem] | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        order: ListJobsOrder | Unset = ListJobsOrder.BY_CREATE_TIME_DESC,
        max_items: int | None = None,
        max_pages: int | None = None,
    ) -> _Paginator[Job, JobList]:
        """List jobs

        Lists the organization's jobs, newest first. Not in the official docs (from the jobs API
        definition).

        Pages are chained with the body's `next_page_token` (`""` on the last page), passed back
        as `page_token`. `states` may be repeated (`states=RUNNING&states=QUEUED`); without it
        every state is listed. The jobs service serves at most 30 jobs a page. An unknown
        `states` or `order` value is refused by the gateway with 400 (gRPC code 3). Every job
        field is sent, as in describe.

        `GET /jobs` (listJobs).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            states (list[ListJobsStatesItem] | Unset): Only jobs in these states (repeat the
                parameter for several).
            page_size (int | Unset): Jobs per page (the service serves at most 30).
            page_token (str | Unset): The `next_page_token` of the previous page.
            order (ListJobsOrder | Unset): Sort order; the only one is newest first. Default:
                ListJobsOrder.BY_CREATE_TIME_DESC.
            max_items: stop after this many items (default: all).
            max_pages: stop after fetching this many pages (default: all, up to 10,000, then
                PaginationError). A walk also raises PaginationError on a page URL seen before
                and after 5 pages in a row that bring nothing new (no item, or a page sent before).

        Returns:
            Paginator[Job, JobList]: iterate with `for` or `async for` (page-token pagination); pages are fetched lazily, as the items are used.

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return _Paginator(
            self,
            _list_jobs.OPERATION,
            _list_jobs._get_kwargs(
                states=states,
                page_size=page_size,
                page_token=page_token,
                order=order,
            ),
            _list_jobs._parse_response,
            lambda body: body.jobs,
            max_items=max_items,
            max_pages=max_pages,
        )

    # -- createJob --

    def create_job(
        self,
        *,
        body: JobInput,
    ) -> Job:
        """Run a one-off job

        Starts a job outside any pipeline, in a project, on a machine type. Not in the official
        docs (from the jobs API definition; `sem create job` uses it).

        The answer is the new job, normally `PENDING`. A job the jobs service refuses (no
        project, an unknown machine type, no commands) is answered with 400; a user without the
        permission to run jobs in the project with 403 (gRPC code 7); an unknown project with
        404. Unknown body fields are ignored.

        `POST /jobs` (createJob).
        Never retried (not idempotent).

        Args:
            body (JobInput): A one-off job to run: the job message of the jobs API. Unknown
                fields are ignored. The job runs in `spec.project_id` on `spec.agent.machine`.

        Returns:
            Job

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _create_job.OPERATION,
            _create_job._get_kwargs(
                body=body,
            ),
            _create_job._parse_response,
        )

    async def create_job_async(
        self,
        *,
        body: JobInput,
    ) -> Job:
        """Run a one-off job

        Starts a job outside any pipeline, in a project, on a machine type. Not in the official
        docs (from the jobs API definition; `sem create job` uses it).

        The answer is the new job, normally `PENDING`. A job the jobs service refuses (no
        project, an unknown machine type, no commands) is answered with 400; a user without the
        permission to run jobs in the project with 403 (gRPC code 7); an unknown project with
        404. Unknown body fields are ignored.

        `POST /jobs` (createJob).
        Never retried (not idempotent).

        Args:
            body (JobInput): A one-off job to run: the job message of the jobs API. Unknown
                fields are ignored. The job runs in `spec.project_id` on `spec.agent.machine`.

        Returns:
            Job

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _create_job.OPERATION,
            _create_job._get_kwargs(
                body=body,
            ),
            _create_job._parse_response,
        )

    # -- getJobDebugSshKey --

    def get_job_debug_ssh_key(
        self,
        job_id: str,
    ) -> JobDebugSshKey:
        """Get a job's debug SSH key

        The private SSH key that opens a debug session or attaches to a running job (`sem
        attach`, `sem debug`). Not in the official docs.

        The key exists only while the job is `RUNNING`: for a pending, queued or finished job
        the service answers FAILED_PRECONDITION, which the gateway sends as 400 (gRPC code 9). A
        user without the attach permission gets 403, an unknown job 404.

        `GET /jobs/{job_id}/debug_ssh_key` (getJobDebugSshKey).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            job_id (str): ID (UUID) of the job.

        Returns:
            JobDebugSshKey

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _get_job_debug_ssh_key.OPERATION,
            _get_job_debug_ssh_key._get_kwargs(
                job_id=job_id,
            ),
            _get_job_debug_ssh_key._parse_response,
        )

    async def get_job_debug_ssh_key_async(
        self,
        job_id: str,
    ) -> JobDebugSshKey:
        """Get a job's debug SSH key

        The private SSH key that opens a debug session or attaches to a running job (`sem
        attach`, `sem debug`). Not in the official docs.

        The key exists only while the job is `RUNNING`: for a pending, queued or finished job
        the service answers FAILED_PRECONDITION, which the gateway sends as 400 (gRPC code 9). A
        user without the attach permission gets 403, an unknown job 404.

        `GET /jobs/{job_id}/debug_ssh_key` (getJobDebugSshKey).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            job_id (str): ID (UUID) of the job.

        Returns:
            JobDebugSshKey

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _get_job_debug_ssh_key.OPERATION,
            _get_job_debug_ssh_key._get_kwargs(
                job_id=job_id,
            ),
            _get_job_debug_ssh_key._parse_response,
        )

    # -- createDebugJob --

    def create_debug_job(
        self,
        job_id: str,
        *,
        body: JobDebugRequest | Unset = UNSET,
    ) -> Job:
        """Debug a job

        Starts a debug job: a copy of the job that waits for an SSH session instead of running
        the commands (`sem debug job`). Not in the official docs. The answer is the new debug
        job; read its key with `GET /jobs/{job_id}/debug_ssh_key` once it runs.

        A user without the debug permission of the project (which the project's debug settings
        may narrow to some branches or tags) gets 403; an unknown job 404; a job the service
        cannot copy 400.

        `POST /jobs/{job_id}/debug` (createDebugJob).
        Never retried (not idempotent).

        Args:
            job_id (str): ID (UUID) of the job.
            body (JobDebugRequest | Unset): The job ID comes from the path; the body may repeat
                it (`job_id`, as the `sem` CLI does), and the path wins.

        Returns:
            Job

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _create_debug_job.OPERATION,
            _create_debug_job._get_kwargs(
                job_id=job_id,
                body=body,
            ),
            _create_debug_job._parse_response,
        )

    async def create_debug_job_async(
        self,
        job_id: str,
        *,
        body: JobDebugRequest | Unset = UNSET,
    ) -> Job:
        """Debug a job

        Starts a debug job: a copy of the job that waits for an SSH session instead of running
        the commands (`sem debug job`). Not in the official docs. The answer is the new debug
        job; read its key with `GET /jobs/{job_id}/debug_ssh_key` once it runs.

        A user without the debug permission of the project (which the project's debug settings
        may narrow to some branches or tags) gets 403; an unknown job 404; a job the service
        cannot copy 400.

        `POST /jobs/{job_id}/debug` (createDebugJob).
        Never retried (not idempotent).

        Args:
            job_id (str): ID (UUID) of the job.
            body (JobDebugRequest | Unset): The job ID comes from the path; the body may repeat
                it (`job_id`, as the `sem` CLI does), and the path wins.

        Returns:
            Job

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _create_debug_job.OPERATION,
            _create_debug_job._get_kwargs(
                job_id=job_id,
                body=body,
            ),
            _create_debug_job._parse_response,
        )

    # -- createProjectDebugJob --

    def create_project_debug_job(
        self,
        project_id_or_name: str,
        *,
        body: ProjectDebugRequest | Unset = UNSET,
    ) -> Job:
        """Debug a project

        Starts a debug job in a project without a job to copy (`sem debug project`): a machine
        with the repository checked out, waiting for an SSH session. Not in the official docs. A
        user without the project's debug permission gets 403, an unknown project 404, an unknown
        machine type 400.

        `POST /jobs/project_debug/{project_id_or_name}` (createProjectDebugJob).
        Never retried (not idempotent).

        Args:
            project_id_or_name (str): ID or name of the project.
            body (ProjectDebugRequest | Unset): The project comes from the path; the body may
                repeat it (`project_id_or_name`, as the `sem` CLI does), and the path wins.

        Returns:
            Job

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _create_project_debug_job.OPERATION,
            _create_project_debug_job._get_kwargs(
                project_id_or_name=project_id_or_name,
                body=body,
            ),
            _create_project_debug_job._parse_response,
        )

    async def create_project_debug_job_async(
        self,
        project_id_or_name: str,
        *,
        body: ProjectDebugRequest | Unset = UNSET,
    ) -> Job:
        """Debug a project

        Starts a debug job in a project without a job to copy (`sem debug project`): a machine
        with the repository checked out, waiting for an SSH session. Not in the official docs. A
        user without the project's debug permission gets 403, an unknown project 404, an unknown
        machine type 400.

        `POST /jobs/project_debug/{project_id_or_name}` (createProjectDebugJob).
        Never retried (not idempotent).

        Args:
            project_id_or_name (str): ID or name of the project.
            body (ProjectDebugRequest | Unset): The project comes from the path; the body may
                repeat it (`project_id_or_name`, as the `sem` CLI does), and the path wins.

        Returns:
            Job

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _create_project_debug_job.OPERATION,
            _create_project_debug_job._get_kwargs(
                project_id_or_name=project_id_or_name,
                body=body,
            ),
            _create_project_debug_job._parse_response,
        )

    # -- getJobPlainLogs --

    def get_job_plain_logs(
        self,
        job_id: str,
        *,
        starting_event: int | Unset = 0,
        take: int | Unset = 0,
    ) -> str:
        """Get a job's log as plain text (deprecated)

        The job's log output as plain text, served on the organization's host outside
        `/api/v1alpha` (`https://{org_name}.semaphoreci.com/jobs/{job_id}/plain_logs.json`).
        Despite the `.json` suffix the body is the log text, not JSON: each command line
        followed by its output, without the job's other events. Documented only in the older
        edition of the reference; use `GET /logs/{job_id}` instead. The web application serves
        it (the same handler as `/jobs/{job_id}/plain_logs.txt`).

        Undocumented: `starting_event` and `take` select a slice of the log's events. A job run
        on a self-hosted agent is answered with a 307 redirect to the self-hosted log endpoint
        (`/api/v1/logs/{job_id}?jwt=...&raw=true`, a token valid for one minute). An unknown
        job, or one the user may not see, is answered with the web application's 404 page
        (HTML). When the log service fails, its message is sent as the 200 body. A debug job, or
        a self-hosted job whose token could not be made, is redirected (302) to a page of the
        web application. Non-numeric `starting_event` or `take` values make the server fail.

        `GET /jobs/{job_id}/plain_logs.json` (getJobPlainLogs).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            job_id (str): ID (UUID) of the job.
            starting_event (int | Unset): Index of the first log event to include (default 0).
                Undocumented. Default: 0.
            take (int | Unset): At most this many events from `starting_event` on; 0 (the
                default) means all (a negative value takes that many from the end). Undocumented.
                Default: 0.

        Returns:
            str

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _get_job_plain_logs.OPERATION,
            _get_job_plain_logs._get_kwargs(
                job_id=job_id,
                starting_event=starting_event,
                take=take,
            ),
            _get_job_plain_logs._parse_response,
        )

    async def get_job_plain_logs_async(
        self,
        job_id: str,
        *,
        starting_event: int | Unset = 0,
        take: int | Unset = 0,
    ) -> str:
        """Get a job's log as plain text (deprecated)

        The job's log output as plain text, served on the organization's host outside
        `/api/v1alpha` (`https://{org_name}.semaphoreci.com/jobs/{job_id}/plain_logs.json`).
        Despite the `.json` suffix the body is the log text, not JSON: each command line
        followed by its output, without the job's other events. Documented only in the older
        edition of the reference; use `GET /logs/{job_id}` instead. The web application serves
        it (the same handler as `/jobs/{job_id}/plain_logs.txt`).

        Undocumented: `starting_event` and `take` select a slice of the log's events. A job run
        on a self-hosted agent is answered with a 307 redirect to the self-hosted log endpoint
        (`/api/v1/logs/{job_id}?jwt=...&raw=true`, a token valid for one minute). An unknown
        job, or one the user may not see, is answered with the web application's 404 page
        (HTML). When the log service fails, its message is sent as the 200 body. A debug job, or
        a self-hosted job whose token could not be made, is redirected (302) to a page of the
        web application. Non-numeric `starting_event` or `take` values make the server fail.

        `GET /jobs/{job_id}/plain_logs.json` (getJobPlainLogs).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            job_id (str): ID (UUID) of the job.
            starting_event (int | Unset): Index of the first log event to include (default 0).
                Undocumented. Default: 0.
            take (int | Unset): At most this many events from `starting_event` on; 0 (the
                default) means all (a negative value takes that many from the end). Undocumented.
                Default: 0.

        Returns:
            str

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _get_job_plain_logs.OPERATION,
            _get_job_plain_logs._get_kwargs(
                job_id=job_id,
                starting_event=starting_event,
                take=take,
            ),
            _get_job_plain_logs._parse_response,
        )

    # -- getJobLogs --

    def get_job_logs(
        self,
        job_id: str,
        *,
        artifact_job_logs: str | Unset = UNSET,
    ) -> JobLogs:
        """Get a job's log

        Returns the log of a job run on Semaphore's cloud machines as a list of events.

        Differences from the docs: for a job run on a self-hosted agent the answer is a 302
        redirect to `https://{org_name}.semaphoreci.com/api/v1/logs/{job_id}?jwt=...`, which
        answers `{"events": [...], "next": ...}`; clients must follow it with the same headers.
        With `artifact_job_logs` the full log file stored as a job artifact is served instead,
        by a 302 redirect to a signed URL (403 when the organization lacks the artifacts API
        feature, 404 when the file does not exist). The response has no `next` key. An unknown
        job, or a job that produced no log (never started, stopped before it started), is
        answered with 404 and a JSON string message; a job of another project with 404 `Not
        found` (plain text); a missing permission with 401 `Permission denied`.
        `artifact_job_logs` also needs permission to view the project's artifacts (else 401
        `Permission denied`), and is honoured for self-hosted jobs too.

        Undocumented statuses of current server versions: 400 with the artifact service's
        message (a JSON string) when it refuses to list the job's `agent` artifacts, e.g. `"path
        resolves to too many files; narrow the path"`; 503 `"Logs are temporarily unavailable,
        please retry"` (a JSON string) when the log service is unavailable or too slow; also 503
        (with a message the server's tests do not pin) when the server is already streaming as
        many logs as it allows at once. A long log is sent in chunks as it is read; if reading
        fails after the 200 has started, the connection is cut (the body is then not valid JSON)
        rather than ending with a partial log.

        `GET /logs/{job_id}` (getJobLogs).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            job_id (str): ID (UUID) of the job.
            artifact_job_logs (str | Unset): `true` (also `1` or `yes`, any case) to get the
                full log file stored as an artifact. Undocumented.

        Returns:
            JobLogs

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _get_job_logs.OPERATION,
            _get_job_logs._get_kwargs(
                job_id=job_id,
                artifact_job_logs=artifact_job_logs,
            ),
            _get_job_logs._parse_response,
        )

    async def get_job_logs_async(
        self,
        job_id: str,
        *,
        artifact_job_logs: str | Unset = UNSET,
    ) -> JobLogs:
        """Get a job's log

        Returns the log of a job run on Semaphore's cloud machines as a list of events.

        Differences from the docs: for a job run on a self-hosted agent the answer is a 302
        redirect to `https://{org_name}.semaphoreci.com/api/v1/logs/{job_id}?jwt=...`, which
        answers `{"events": [...], "next": ...}`; clients must follow it with the same headers.
        With `artifact_job_logs` the full log file stored as a job artifact is served instead,
        by a 302 redirect to a signed URL (403 when the organization lacks the artifacts API
        feature, 404 when the file does not exist). The response has no `next` key. An unknown
        job, or a job that produced no log (never started, stopped before it started), is
        answered with 404 and a JSON string message; a job of another project with 404 `Not
        found` (plain text); a missing permission with 401 `Permission denied`.
        `artifact_job_logs` also needs permission to view the project's artifacts (else 401
        `Permission denied`), and is honoured for self-hosted jobs too.

        Undocumented statuses of current server versions: 400 with the artifact service's
        message (a JSON string) when it refuses to list the job's `agent` artifacts, e.g. `"path
        resolves to too many files; narrow the path"`; 503 `"Logs are temporarily unavailable,
        please retry"` (a JSON string) when the log service is unavailable or too slow; also 503
        (with a message the server's tests do not pin) when the server is already streaming as
        many logs as it allows at once. A long log is sent in chunks as it is read; if reading
        fails after the 200 has started, the connection is cut (the body is then not valid JSON)
        rather than ending with a partial log.

        `GET /logs/{job_id}` (getJobLogs).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            job_id (str): ID (UUID) of the job.
            artifact_job_logs (str | Unset): `true` (also `1` or `yes`, any case) to get the
                full log file stored as an artifact. Undocumented.

        Returns:
            JobLogs

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _get_job_logs.OPERATION,
            _get_job_logs._get_kwargs(
                job_id=job_id,
                artifact_job_logs=artifact_job_logs,
            ),
            _get_job_logs._parse_response,
        )

    # -- listMembers --

    def list_members(
        self,
        *,
        member_type: ListMembersMemberType | Unset = ListMembersMemberType.USER,
        page_no: int | Unset = 0,
        page_size: int | Unset = 2000,
    ) -> MemberList:
        """List organization members

        Lists the organization's members with their organization roles. Without `member_type`
        only people (users) are listed.

        Pagination is by page number: `page_no` counts from 0 and the body's `total_pages` says
        how many pages there are (2000 members a page by default, so one page in practice).
        Needs `organization.people.view`. JSON responses may come without a Content-Type header.

        `GET /members` (listMembers).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            member_type (ListMembersMemberType | Unset): Which kind of subject to list. Default:
                ListMembersMemberType.USER.
            page_no (int | Unset): Page number, from 0. Default: 0.
            page_size (int | Unset): Members per page. Default: 2000.

        Returns:
            MemberList

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _list_members.OPERATION,
            _list_members._get_kwargs(
                member_type=member_type,
                page_no=page_no,
                page_size=page_size,
            ),
            _list_members._parse_response,
        )

    async def list_members_async(
        self,
        *,
        member_type: ListMembersMemberType | Unset = ListMembersMemberType.USER,
        page_no: int | Unset = 0,
        page_size: int | Unset = 2000,
    ) -> MemberList:
        """List organization members

        Lists the organization's members with their organization roles. Without `member_type`
        only people (users) are listed.

        Pagination is by page number: `page_no` counts from 0 and the body's `total_pages` says
        how many pages there are (2000 members a page by default, so one page in practice).
        Needs `organization.people.view`. JSON responses may come without a Content-Type header.

        `GET /members` (listMembers).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            member_type (ListMembersMemberType | Unset): Which kind of subject to list. Default:
                ListMembersMemberType.USER.
            page_no (int | Unset): Page number, from 0. Default: 0.
            page_size (int | Unset): Members per page. Default: 2000.

        Returns:
            MemberList

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _list_members.OPERATION,
            _list_members._get_kwargs(
                member_type=member_type,
                page_no=page_no,
                page_size=page_size,
            ),
            _list_members._parse_response,
        )

    def iter_list_members(
        self,
        *,
        member_type: ListMembersMemberType | Unset = ListMembersMemberType.USER,
        page_no: int | Unset = 0,
        page_size: int | Unset = 2000,
        max_items: int | None = None,
        max_pages: int | None = None,
    ) -> _Paginator[Member, MemberList]:
        """List organization members

        Lists the organization's members with their organization roles. Without `member_type`
        only people (users) are listed.

        Pagination is by page number: `page_no` counts from 0 and the body's `total_pages` says
        how many pages there are (2000 members a page by default, so one page in practice).
        Needs `organization.people.view`. JSON responses may come without a Content-Type header.

        `GET /members` (listMembers).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            member_type (ListMembersMemberType | Unset): Which kind of subject to list. Default:
                ListMembersMemberType.USER.
            page_no (int | Unset): Page number, from 0. Default: 0.
            page_size (int | Unset): Members per page. Default: 2000.
            max_items: stop after this many items (default: all).
            max_pages: stop after fetching this many pages (default: all, up to 10,000, then
                PaginationError). A walk also raises PaginationError on a page URL seen before
                and after 5 pages in a row that bring nothing new (no item, or a page sent before).

        Returns:
            Paginator[Member, MemberList]: iterate with `for` or `async for` (page-count pagination); pages are fetched lazily, as the items are used.

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return _Paginator(
            self,
            _list_members.OPERATION,
            _list_members._get_kwargs(
                member_type=member_type,
                page_no=page_no,
                page_size=page_size,
            ),
            _list_members._parse_response,
            lambda body: body.members,
            max_items=max_items,
            max_pages=max_pages,
        )

    # -- inviteMember --

    def invite_member(
        self,
        *,
        body: MemberInviteRequest,
    ) -> MemberInviteResult:
        """Invite a member

        Adds a person to the organization by their git provider handle, and optionally gives
        them an organization role. The answer is 200 once the person is added, even when the
        role could not be given yet: `role.status` says what happened (`pending` when the person
        has no Semaphore account yet, in which case `member.user_id` is null).

        A rejected invitation (e.g. an unknown handle, or a Bitbucket handle without `uid`) is
        answered with 400 and the reason as a JSON string. Needs `organization.people.manage`.

        `POST /members` (inviteMember).
        Never retried (not idempotent).

        Args:
            body (MemberInviteRequest): Who to invite, by git provider handle, and the
                organization role to give.

        Returns:
            MemberInviteResult

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _invite_member.OPERATION,
            _invite_member._get_kwargs(
                body=body,
            ),
            _invite_member._parse_response,
        )

    async def invite_member_async(
        self,
        *,
        body: MemberInviteRequest,
    ) -> MemberInviteResult:
        """Invite a member

        Adds a person to the organization by their git provider handle, and optionally gives
        them an organization role. The answer is 200 once the person is added, even when the
        role could not be given yet: `role.status` says what happened (`pending` when the person
        has no Semaphore account yet, in which case `member.user_id` is null).

        A rejected invitation (e.g. an unknown handle, or a Bitbucket handle without `uid`) is
        answered with 400 and the reason as a JSON string. Needs `organization.people.manage`.

        `POST /members` (inviteMember).
        Never retried (not idempotent).

        Args:
            body (MemberInviteRequest): Who to invite, by git provider handle, and the
                organization role to give.

        Returns:
            MemberInviteResult

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _invite_member.OPERATION,
            _invite_member._get_kwargs(
                body=body,
            ),
            _invite_member._parse_response,
        )

    # -- removeMember --

    def remove_member(
        self,
        member_id: str,
    ) -> bool:
        """Remove a member

        Removes the member from the organization: every organization and project role binding
        goes, and with it the membership of any group. The answer is the JSON literal `true`.
        Needs `organization.people.manage`.

        `DELETE /members/{member_id}` (removeMember).
        Never retried (not idempotent).

        Args:
            member_id (str): ID of the user, group or service account (the docs call it
                `subject_id`).

        Returns:
            bool

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _remove_member.OPERATION,
            _remove_member._get_kwargs(
                member_id=member_id,
            ),
            _remove_member._parse_response,
        )

    async def remove_member_async(
        self,
        member_id: str,
    ) -> bool:
        """Remove a member

        Removes the member from the organization: every organization and project role binding
        goes, and with it the membership of any group. The answer is the JSON literal `true`.
        Needs `organization.people.manage`.

        `DELETE /members/{member_id}` (removeMember).
        Never retried (not idempotent).

        Args:
            member_id (str): ID of the user, group or service account (the docs call it
                `subject_id`).

        Returns:
            bool

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _remove_member.OPERATION,
            _remove_member._get_kwargs(
                member_id=member_id,
            ),
            _remove_member._parse_response,
        )

    # -- assignMemberRole --

    def assign_member_role(
        self,
        member_id: str,
        *,
        body: RoleAssignRequest,
    ) -> ActionStatus:
        """Set a member's organization role

        Gives the member an organization role, replacing the one they have. An unknown role, or
        a role of project scope, is answered with 400 or 404 (JSON string from the RBAC
        service). Earlier server versions routed this as `POST /members/{member_id}/roles`.
        Needs `organization.people.manage`.

        `PUT /members/{member_id}/role` (assignMemberRole).
        Never retried (not idempotent).

        Args:
            member_id (str): ID of the user, group or service account (the docs call it
                `subject_id`).
            body (RoleAssignRequest): The role to give.

        Returns:
            ActionStatus

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _assign_member_role.OPERATION,
            _assign_member_role._get_kwargs(
                member_id=member_id,
                body=body,
            ),
            _assign_member_role._parse_response,
        )

    async def assign_member_role_async(
        self,
        member_id: str,
        *,
        body: RoleAssignRequest,
    ) -> ActionStatus:
        """Set a member's organization role

        Gives the member an organization role, replacing the one they have. An unknown role, or
        a role of project scope, is answered with 400 or 404 (JSON string from the RBAC
        service). Earlier server versions routed this as `POST /members/{member_id}/roles`.
        Needs `organization.people.manage`.

        `PUT /members/{member_id}/role` (assignMemberRole).
        Never retried (not idempotent).

        Args:
            member_id (str): ID of the user, group or service account (the docs call it
                `subject_id`).
            body (RoleAssignRequest): The role to give.

        Returns:
            ActionStatus

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _assign_member_role.OPERATION,
            _assign_member_role._get_kwargs(
                member_id=member_id,
                body=body,
            ),
            _assign_member_role._parse_response,
        )

    # -- deleteRoleBinding --

    def delete_role_binding(
        self,
        *,
        user_id: str | Unset = UNSET,
        email: str | Unset = UNSET,
    ) -> bool:
        """Remove a user's organization role binding

        Removes a user's role binding in the organization, the user given by `user_id` or,
        failing that, by `email`. Not in the docs.

        Every error of this endpoint is a JSON string: 400 for a missing `user_id` and `email`
        (`"Missing user_id or email in query parameters"`), an unknown user (`"User with id ...
        not found"`) and also for a caller without `organization.people.manage` (`"Permission
        denied"`, 400, not 403); 500 `"Internal error"` when the permission or user service
        fails. The answer is the JSON literal `true`.

        `DELETE /role_bindings` (deleteRoleBinding).
        Never retried (not idempotent).

        Args:
            user_id (str | Unset): ID of the user whose binding to remove.
            email (str | Unset): E-mail address of the user, used when `user_id` is not given.

        Returns:
            bool

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _delete_role_binding.OPERATION,
            _delete_role_binding._get_kwargs(
                user_id=user_id,
                email=email,
            ),
            _delete_role_binding._parse_response,
        )

    async def delete_role_binding_async(
        self,
        *,
        user_id: str | Unset = UNSET,
        email: str | Unset = UNSET,
    ) -> bool:
        """Remove a user's organization role binding

        Removes a user's role binding in the organization, the user given by `user_id` or,
        failing that, by `email`. Not in the docs.

        Every error of this endpoint is a JSON string: 400 for a missing `user_id` and `email`
        (`"Missing user_id or email in query parameters"`), an unknown user (`"User with id ...
        not found"`) and also for a caller without `organization.people.manage` (`"Permission
        denied"`, 400, not 403); 500 `"Internal error"` when the permission or user service
        fails. The answer is the JSON literal `true`.

        `DELETE /role_bindings` (deleteRoleBinding).
        Never retried (not idempotent).

        Args:
            user_id (str | Unset): ID of the user whose binding to remove.
            email (str | Unset): E-mail address of the user, used when `user_id` is not given.

        Returns:
            bool

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _delete_role_binding.OPERATION,
            _delete_role_binding._get_kwargs(
                user_id=user_id,
                email=email,
            ),
            _delete_role_binding._parse_response,
        )

    # -- listNotifications --

    def list_notifications(
        self,
        *,
        page_size: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        order: ListNotificationsOrder | Unset = ListNotificationsOrder.BY_NAME_ASC,
    ) -> NotificationList:
        """List notifications

        Lists the organization's notifications. Documented only in an unmerged draft of the
        reference.

        Pages are chained with the body's `next_page_token` (`""` on the last page), passed back
        as `page_token`; `sem` follows it until it is empty. `order` has one value, by name
        ascending. An unknown enum value or a page token the service cannot read is answered
        with 400 (gRPC code 3); a failure of the service with 500.

        `GET /notifications` (listNotifications).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            page_size (int | Unset): Notifications per page (the service's default when 0 or
                absent).
            page_token (str | Unset): The `next_page_token` of the previous page.
            order (ListNotificationsOrder | Unset): Sort order; the only one is by name,
                ascending. Default: ListNotificationsOrder.BY_NAME_ASC.

        Returns:
            NotificationList

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _list_notifications.OPERATION,
            _list_notifications._get_kwargs(
                page_size=page_size,
                page_token=page_token,
                order=order,
            ),
            _list_notifications._parse_response,
        )

    async def list_notifications_async(
        self,
        *,
        page_size: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        order: ListNotificationsOrder | Unset = ListNotificationsOrder.BY_NAME_ASC,
    ) -> NotificationList:
        """List notifications

        Lists the organization's notifications. Documented only in an unmerged draft of the
        reference.

        Pages are chained with the body's `next_page_token` (`""` on the last page), passed back
        as `page_token`; `sem` follows it until it is empty. `order` has one value, by name
        ascending. An unknown enum value or a page token the service cannot read is answered
        with 400 (gRPC code 3); a failure of the service with 500.

        `GET /notifications` (listNotifications).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            page_size (int | Unset): Notifications per page (the service's default when 0 or
                absent).
            page_token (str | Unset): The `next_page_token` of the previous page.
            order (ListNotificationsOrder | Unset): Sort order; the only one is by name,
                ascending. Default: ListNotificationsOrder.BY_NAME_ASC.

        Returns:
            NotificationList

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _list_notifications.OPERATION,
            _list_notifications._get_kwargs(
                page_size=page_size,
                page_token=page_token,
                order=order,
            ),
            _list_notifications._parse_response,
        )

    def iter_list_notifications(
        self,
        *,
        page_size: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
        order: ListNotificationsOrder | Unset = ListNotificationsOrder.BY_NAME_ASC,
        max_items: int | None = None,
        max_pages: int | None = None,
    ) -> _Paginator[Notification, NotificationList]:
        """List notifications

        Lists the organization's notifications. Documented only in an unmerged draft of the
        reference.

        Pages are chained with the body's `next_page_token` (`""` on the last page), passed back
        as `page_token`; `sem` follows it until it is empty. `order` has one value, by name
        ascending. An unknown enum value or a page token the service cannot read is answered
        with 400 (gRPC code 3); a failure of the service with 500.

        `GET /notifications` (listNotifications).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            page_size (int | Unset): Notifications per page (the service's default when 0 or
                absent).
            page_token (str | Unset): The `next_page_token` of the previous page.
            order (ListNotificationsOrder | Unset): Sort order; the only one is by name,
                ascending. Default: ListNotificationsOrder.BY_NAME_ASC.
            max_items: stop after this many items (default: all).
            max_pages: stop after fetching this many pages (default: all, up to 10,000, then
                PaginationError). A walk also raises PaginationError on a page URL seen before
                and after 5 pages in a row that bring nothing new (no item, or a page sent before).

        Returns:
            Paginator[Notification, NotificationList]: iterate with `for` or `async for` (page-token pagination); pages are fetched lazily, as the items are used.

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return _Paginator(
            self,
            _list_notifications.OPERATION,
            _list_notifications._get_kwargs(
                page_size=page_size,
                page_token=page_token,
                order=order,
            ),
            _list_notifications._parse_response,
            lambda body: body.notifications,
            max_items=max_items,
            max_pages=max_pages,
        )

    # -- createNotification --

    def create_notification(
        self,
        *,
        body: NotificationInput,
    ) -> Notification:
        """Create a notification

        Creates a notification (`sem create -f`). The body is the notification itself; its
        `metadata.name` must be unique in the organization. A missing or taken name or an
        invalid spec is answered with 400 (gRPC code 3 or 9); a user without
        `organization.notifications.manage` with 403 (gRPC code 7). Unknown fields are ignored.

        `POST /notifications` (createNotification).
        Never retried (not idempotent).

        Args:
            body (NotificationInput): A notification to create, or the new content of one.
                Unknown fields are ignored; `metadata.id`, the timestamps and `status` are set by
                the server.

        Returns:
            Notification

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _create_notification.OPERATION,
            _create_notification._get_kwargs(
                body=body,
            ),
            _create_notification._parse_response,
        )

    async def create_notification_async(
        self,
        *,
        body: NotificationInput,
    ) -> Notification:
        """Create a notification

        Creates a notification (`sem create -f`). The body is the notification itself; its
        `metadata.name` must be unique in the organization. A missing or taken name or an
        invalid spec is answered with 400 (gRPC code 3 or 9); a user without
        `organization.notifications.manage` with 403 (gRPC code 7). Unknown fields are ignored.

        `POST /notifications` (createNotification).
        Never retried (not idempotent).

        Args:
            body (NotificationInput): A notification to create, or the new content of one.
                Unknown fields are ignored; `metadata.id`, the timestamps and `status` are set by
                the server.

        Returns:
            Notification

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _create_notification.OPERATION,
            _create_notification._get_kwargs(
                body=body,
            ),
            _create_notification._parse_response,
        )

    # -- describeNotification --

    def describe_notification(
        self,
        notification_id_or_name: str,
    ) -> Notification:
        """Describe a notification

        Returns one notification, by ID or by name. An unknown one is answered with 404 (gRPC
        code 5).

        `GET /notifications/{notification_id_or_name}` (describeNotification).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            notification_id_or_name (str): ID or name of the notification.

        Returns:
            Notification

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _describe_notification.OPERATION,
            _describe_notification._get_kwargs(
                notification_id_or_name=notification_id_or_name,
            ),
            _describe_notification._parse_response,
        )

    async def describe_notification_async(
        self,
        notification_id_or_name: str,
    ) -> Notification:
        """Describe a notification

        Returns one notification, by ID or by name. An unknown one is answered with 404 (gRPC
        code 5).

        `GET /notifications/{notification_id_or_name}` (describeNotification).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            notification_id_or_name (str): ID or name of the notification.

        Returns:
            Notification

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _describe_notification.OPERATION,
            _describe_notification._get_kwargs(
                notification_id_or_name=notification_id_or_name,
            ),
            _describe_notification._parse_response,
        )

    # -- deleteNotification --

    def delete_notification(
        self,
        notification_id_or_name: str,
    ) -> Empty:
        """Delete a notification

        Deletes a notification, by ID or by name. The success body is `{}`. An unknown
        notification is answered with 404, a user without `organization.notifications.manage`
        with 403.

        `DELETE /notifications/{notification_id_or_name}` (deleteNotification).
        Never retried (not idempotent).

        Args:
            notification_id_or_name (str): ID or name of the notification.

        Returns:
            Empty

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _delete_notification.OPERATION,
            _delete_notification._get_kwargs(
                notification_id_or_name=notification_id_or_name,
            ),
            _delete_notification._parse_response,
        )

    async def delete_notification_async(
        self,
        notification_id_or_name: str,
    ) -> Empty:
        """Delete a notification

        Deletes a notification, by ID or by name. The success body is `{}`. An unknown
        notification is answered with 404, a user without `organization.notifications.manage`
        with 403.

        `DELETE /notifications/{notification_id_or_name}` (deleteNotification).
        Never retried (not idempotent).

        Args:
            notification_id_or_name (str): ID or name of the notification.

        Returns:
            Empty

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _delete_notification.OPERATION,
            _delete_notification._get_kwargs(
                notification_id_or_name=notification_id_or_name,
            ),
            _delete_notification._parse_response,
        )

    # -- updateNotification --

    def update_notification(
        self,
        notification_id_or_name: str,
        *,
        body: NotificationInput,
    ) -> Notification:
        """Update a notification

        Replaces a notification (`sem edit`). As on create, the body is the notification itself
        (the gateway puts it into the update request's `notification` field), and it replaces
        the stored one: fields left out are emptied. An invalid spec is answered with 400, an
        unknown notification with 404, a user without `organization.notifications.manage` with
        403.

        `PATCH /notifications/{notification_id_or_name}` (updateNotification).
        Never retried (not idempotent).

        Args:
            notification_id_or_name (str): ID or name of the notification.
            body (NotificationInput): A notification to create, or the new content of one.
                Unknown fields are ignored; `metadata.id`, the timestamps and `status` are set by
                the server.

        Returns:
            Notification

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _update_notification.OPERATION,
            _update_notification._get_kwargs(
                notification_id_or_name=notification_id_or_name,
                body=body,
            ),
            _update_notification._parse_response,
        )

    async def update_notification_async(
        self,
        notification_id_or_name: str,
        *,
        body: NotificationInput,
    ) -> Notification:
        """Update a notification

        Replaces a notification (`sem edit`). As on create, the body is the notification itself
        (the gateway puts it into the update request's `notification` field), and it replaces
        the stored one: fields left out are emptied. An invalid spec is answered with 400, an
        unknown notification with 404, a user without `organization.notifications.manage` with
        403.

        `PATCH /notifications/{notification_id_or_name}` (updateNotification).
        Never retried (not idempotent).

        Args:
            notification_id_or_name (str): ID or name of the notification.
            body (NotificationInput): A notification to create, or the new content of one.
                Unknown fields are ignored; `metadata.id`, the timestamps and `status` are set by
                the server.

        Returns:
            Notification

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _update_notification.OPERATION,
            _update_notification._get_kwargs(
                notification_id_or_name=notification_id_or_name,
                body=body,
            ),
            _update_notification._parse_response,
        )

    # -- createOrganization --

    def create_organization(
        self,
        *,
        body: OrganizationCreateRequest,
    ) -> OrganizationCreated:
        """Create an organization

        Creates an organization owned by the token's user. Served only on
        `https://me.semaphoreci.com/api/v1alpha` (the token has no organization context there);
        an organization's own host does not route it.

        `username` (the organization's URL name) is required, else 400 `"username must be
        present"`; `name` defaults to it. A taken or invalid username is answered with 400 and
        the onboarding service's message as a JSON string; a failure of that service with 500.
        JSON responses may come without a Content-Type header.

        `POST /organizations` (createOrganization).
        Never retried (not idempotent).

        Args:
            body (OrganizationCreateRequest):

        Returns:
            OrganizationCreated

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _create_organization.OPERATION,
            _create_organization._get_kwargs(
                body=body,
            ),
            _create_organization._parse_response,
        )

    async def create_organization_async(
        self,
        *,
        body: OrganizationCreateRequest,
    ) -> OrganizationCreated:
        """Create an organization

        Creates an organization owned by the token's user. Served only on
        `https://me.semaphoreci.com/api/v1alpha` (the token has no organization context there);
        an organization's own host does not route it.

        `username` (the organization's URL name) is required, else 400 `"username must be
        present"`; `name` defaults to it. A taken or invalid username is answered with 400 and
        the onboarding service's message as a JSON string; a failure of that service with 500.
        JSON responses may come without a Content-Type header.

        `POST /organizations` (createOrganization).
        Never retried (not idempotent).

        Args:
            body (OrganizationCreateRequest):

        Returns:
            OrganizationCreated

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _create_organization.OPERATION,
            _create_organization._get_kwargs(
                body=body,
            ),
            _create_organization._parse_response,
        )

    # -- listPermissions --

    def list_permissions(
        self,
        *,
        scope: str | Unset = "org",
    ) -> PermissionList:
        """List permissions

        Lists the permissions a role of the given scope can hold. Any `scope` other than
        `project` is taken as `org`. Needs `organization.custom_roles.view`.

        `GET /permissions` (listPermissions).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            scope (str | Unset): `org` (default) or `project`; any other value is taken as
                `org`. Default: 'org'.

        Returns:
            PermissionList

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _list_permissions.OPERATION,
            _list_permissions._get_kwargs(
                scope=scope,
            ),
            _list_permissions._parse_response,
        )

    async def list_permissions_async(
        self,
        *,
        scope: str | Unset = "org",
    ) -> PermissionList:
        """List permissions

        Lists the permissions a role of the given scope can hold. Any `scope` other than
        `project` is taken as `org`. Needs `organization.custom_roles.view`.

        `GET /permissions` (listPermissions).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            scope (str | Unset): `org` (default) or `project`; any other value is taken as
                `org`. Default: 'org'.

        Returns:
            PermissionList

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _list_permissions.OPERATION,
            _list_permissions._get_kwargs(
                scope=scope,
            ),
            _list_permissions._parse_response,
        )

    # -- listPipelines --

    def list_pipelines(
        self,
        *,
        project_id: str | Unset = UNSET,
        wf_id: str | Unset = UNSET,
        branch_name: str | Unset = UNSET,
        yml_file_path: str | Unset = UNSET,
        label: str | Unset = UNSET,
        created_after: int | Unset = UNSET,
        created_before: int | Unset = UNSET,
        done_after: int | Unset = UNSET,
        done_before: int | Unset = UNSET,
        queue_id: str | Unset = UNSET,
        pr_head_branch: str | Unset = UNSET,
        pr_target_branch: str | Unset = UNSET,
        page: int | Unset = 1,
        page_size: int | Unset = 30,
    ) -> list[PipelineListed]:
        """List pipelines

        Lists the pipelines of a project or of a workflow, newest first, 30 a page by default.

        Differences from the docs: `project_id` is not required when `wf_id` is given, but with
        neither the answer is 404 `Not Found`, not 400. The response is a bare array in the list
        encoding: upper-case `state`, `result` and `result_reason` (describe uses lower case),
        `{seconds, nanos}` timestamps (`{0, 0}` when unset), and many undocumented fields
        (`queue`, `triggerer`, `env_vars`, `commit_message`, `organization_id`, ...). `result`
        and `result_reason` are absent, not null, until the pipeline is done. Every list is
        paginated with `page` and `page_size` and the `link`, `total`, `per-page`, `total-pages`
        and `page-number` headers; `link` always has `rel="last"`. Timestamp filters must be
        whole numbers (anything else makes the server fail with 500) and in order
        (`created_after` before `created_before`, which must be before the `done_*` filters),
        else 400. JSON responses may come without a Content-Type header.

        `GET /pipelines` (listPipelines).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project_id (str | Unset): ID of the project. Required unless `wf_id` is given.
            wf_id (str | Unset): ID of the workflow. Required unless `project_id` is given.
            branch_name (str | Unset):
            yml_file_path (str | Unset): Only pipelines defined in this YAML file, e.g.
                `.semaphore/semaphore.yml`.
            label (str | Unset): Only pipelines of this git label (branch name, tag or pull
                request number). Undocumented.
            created_after (int | Unset): Only pipelines created after this time (Unix seconds).
            created_before (int | Unset): Only pipelines created before this time (Unix
                seconds).
            done_after (int | Unset): Only pipelines finished after this time (Unix seconds).
            done_before (int | Unset): Only pipelines finished before this time (Unix seconds).
            queue_id (str | Unset): Only pipelines that ran in this queue (its ID, as in the
                list's `queue.queue_id`). Undocumented; the pipelines service filters on it.
            pr_head_branch (str | Unset): Only pull-request pipelines whose head (source) branch
                is this one. Undocumented; the pipelines service filters on it.
            pr_target_branch (str | Unset): Only pull-request pipelines that target this branch.
                Undocumented; the pipelines service filters on it.
            page (int | Unset): Page number, from 1. Default: 1.
            page_size (int | Unset): Items per page (default 30). Default: 30.

        Returns:
            list[PipelineListed]

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _list_pipelines.OPERATION,
            _list_pipelines._get_kwargs(
                project_id=project_id,
                wf_id=wf_id,
                branch_name=branch_name,
                yml_file_path=yml_file_path,
                label=label,
                created_after=created_after,
                created_before=created_before,
                done_after=done_after,
                done_before=done_before,
                queue_id=queue_id,
                pr_head_branch=pr_head_branch,
                pr_target_branch=pr_target_branch,
                page=page,
                page_size=page_size,
            ),
            _list_pipelines._parse_response,
        )

    async def list_pipelines_async(
        self,
        *,
        project_id: str | Unset = UNSET,
        wf_id: str | Unset = UNSET,
        branch_name: str | Unset = UNSET,
        yml_file_path: str | Unset = UNSET,
        label: str | Unset = UNSET,
        created_after: int | Unset = UNSET,
        created_before: int | Unset = UNSET,
        done_after: int | Unset = UNSET,
        done_before: int | Unset = UNSET,
        queue_id: str | Unset = UNSET,
        pr_head_branch: str | Unset = UNSET,
        pr_target_branch: str | Unset = UNSET,
        page: int | Unset = 1,
        page_size: int | Unset = 30,
    ) -> list[PipelineListed]:
        """List pipelines

        Lists the pipelines of a project or of a workflow, newest first, 30 a page by default.

        Differences from the docs: `project_id` is not required when `wf_id` is given, but with
        neither the answer is 404 `Not Found`, not 400. The response is a bare array in the list
        encoding: upper-case `state`, `result` and `result_reason` (describe uses lower case),
        `{seconds, nanos}` timestamps (`{0, 0}` when unset), and many undocumented fields
        (`queue`, `triggerer`, `env_vars`, `commit_message`, `organization_id`, ...). `result`
        and `result_reason` are absent, not null, until the pipeline is done. Every list is
        paginated with `page` and `page_size` and the `link`, `total`, `per-page`, `total-pages`
        and `page-number` headers; `link` always has `rel="last"`. Timestamp filters must be
        whole numbers (anything else makes the server fail with 500) and in order
        (`created_after` before `created_before`, which must be before the `done_*` filters),
        else 400. JSON responses may come without a Content-Type header.

        `GET /pipelines` (listPipelines).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project_id (str | Unset): ID of the project. Required unless `wf_id` is given.
            wf_id (str | Unset): ID of the workflow. Required unless `project_id` is given.
            branch_name (str | Unset):
            yml_file_path (str | Unset): Only pipelines defined in this YAML file, e.g.
                `.semaphore/semaphore.yml`.
            label (str | Unset): Only pipelines of this git label (branch name, tag or pull
                request number). Undocumented.
            created_after (int | Unset): Only pipelines created after this time (Unix seconds).
            created_before (int | Unset): Only pipelines created before this time (Unix
                seconds).
            done_after (int | Unset): Only pipelines finished after this time (Unix seconds).
            done_before (int | Unset): Only pipelines finished before this time (Unix seconds).
            queue_id (str | Unset): Only pipelines that ran in this queue (its ID, as in the
                list's `queue.queue_id`). Undocumented; the pipelines service filters on it.
            pr_head_branch (str | Unset): Only pull-request pipelines whose head (source) branch
                is this one. Undocumented; the pipelines service filters on it.
            pr_target_branch (str | Unset): Only pull-request pipelines that target this branch.
                Undocumented; the pipelines service filters on it.
            page (int | Unset): Page number, from 1. Default: 1.
            page_size (int | Unset): Items per page (default 30). Default: 30.

        Returns:
            list[PipelineListed]

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _list_pipelines.OPERATION,
            _list_pipelines._get_kwargs(
                project_id=project_id,
                wf_id=wf_id,
                branch_name=branch_name,
                yml_file_path=yml_file_path,
                label=label,
                created_after=created_after,
                created_before=created_before,
                done_after=done_after,
                done_before=done_before,
                queue_id=queue_id,
                pr_head_branch=pr_head_branch,
                pr_target_branch=pr_target_branch,
                page=page,
                page_size=page_size,
            ),
            _list_pipelines._parse_response,
        )

    def iter_list_pipelines(
        self,
        *,
        project_id: str | Unset = UNSET,
        wf_id: str | Unset = UNSET,
        branch_name: str | Unset = UNSET,
        yml_file_path: str | Unset = UNSET,
        label: str | Unset = UNSET,
        created_after: int | Unset = UNSET,
        created_before: int | Unset = UNSET,
        done_after: int | Unset = UNSET,
        done_before: int | Unset = UNSET,
        queue_id: str | Unset = UNSET,
        pr_head_branch: str | Unset = UNSET,
        pr_target_branch: str | Unset = UNSET,
        page: int | Unset = 1,
        page_size: int | Unset = 30,
        max_items: int | None = None,
        max_pages: int | None = None,
    ) -> _Paginator[PipelineListed, list[PipelineListed]]:
        """List pipelines

        Lists the pipelines of a project or of a workflow, newest first, 30 a page by default.

        Differences from the docs: `project_id` is not required when `wf_id` is given, but with
        neither the answer is 404 `Not Found`, not 400. The response is a bare array in the list
        encoding: upper-case `state`, `result` and `result_reason` (describe uses lower case),
        `{seconds, nanos}` timestamps (`{0, 0}` when unset), and many undocumented fields
        (`queue`, `triggerer`, `env_vars`, `commit_message`, `organization_id`, ...). `result`
        and `result_reason` are absent, not null, until the pipeline is done. Every list is
        paginated with `page` and `page_size` and the `link`, `total`, `per-page`, `total-pages`
        and `page-number` headers; `link` always has `rel="last"`. Timestamp filters must be
        whole numbers (anything else makes the server fail with 500) and in order
        (`created_after` before `created_before`, which must be before the `done_*` filters),
        else 400. JSON responses may come without a Content-Type header.

        `GET /pipelines` (listPipelines).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project_id (str | Unset): ID of the project. Required unless `wf_id` is given.
            wf_id (str | Unset): ID of the workflow. Required unless `project_id` is given.
            branch_name (str | Unset):
            yml_file_path (str | Unset): Only pipelines defined in this YAML file, e.g.
                `.semaphore/semaphore.yml`.
            label (str | Unset): Only pipelines of this git label (branch name, tag or pull
                request number). Undocumented.
            created_after (int | Unset): Only pipelines created after this time (Unix seconds).
            created_before (int | Unset): Only pipelines created before this time (Unix
                seconds).
            done_after (int | Unset): Only pipelines finished after this time (Unix seconds).
            done_before (int | Unset): Only pipelines finished before this time (Unix seconds).
            queue_id (str | Unset): Only pipelines that ran in this queue (its ID, as in the
                list's `queue.queue_id`). Undocumented; the pipelines service filters on it.
            pr_head_branch (str | Unset): Only pull-request pipelines whose head (source) branch
                is this one. Undocumented; the pipelines service filters on it.
            pr_target_branch (str | Unset): Only pull-request pipelines that target this branch.
                Undocumented; the pipelines service filters on it.
            page (int | Unset): Page number, from 1. Default: 1.
            page_size (int | Unset): Items per page (default 30). Default: 30.
            max_items: stop after this many items (default: all).
            max_pages: stop after fetching this many pages (default: all, up to 10,000, then
                PaginationError). A walk also raises PaginationError on a page URL seen before
                and after 5 pages in a row that bring nothing new (no item, or a page sent before).

        Returns:
            Paginator[PipelineListed, list[PipelineListed]]: iterate with `for` or `async for` (link-header pagination); pages are fetched lazily, as the items are used.

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return _Paginator(
            self,
            _list_pipelines.OPERATION,
            _list_pipelines._get_kwargs(
                project_id=project_id,
                wf_id=wf_id,
                branch_name=branch_name,
                yml_file_path=yml_file_path,
                label=label,
                created_after=created_after,
                created_before=created_before,
                done_after=done_after,
                done_before=done_before,
                queue_id=queue_id,
                pr_head_branch=pr_head_branch,
                pr_target_branch=pr_target_branch,
                page=page,
                page_size=page_size,
            ),
            _list_pipelines._parse_response,
            lambda body: body,
            max_items=max_items,
            max_pages=max_pages,
        )

    # -- describePipeline --

    def describe_pipeline(
        self,
        pipeline_id: str,
        *,
        detailed: str | Unset = "false",
    ) -> PipelineDescription:
        """Describe a pipeline

        Returns a pipeline and, with `detailed=true`, its blocks and their jobs.

        Differences from the docs: only the exact value `true` turns `detailed` on (`1` or `yes`
        do not). The pipeline uses the describe encoding: lower-case `state`, `result` and
        `result_reason`, timestamps as `YYYY-MM-DD HH:MM:SS.ffffffZ` strings (`1970-01-01
        00:00:00.000000Z` when unset), while the nested `queue.type` and
        `triggerer.*_triggered_by` stay enum numbers. `result` and `result_reason` are absent,
        not null, until the pipeline (or block) is done. The pipeline carries many undocumented
        fields. An unknown, malformed or foreign pipeline ID, or a missing permission, is
        answered with 404. JSON responses may come without a Content-Type header.

        `GET /pipelines/{pipeline_id}` (describePipeline).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            pipeline_id (str): ID of the pipeline. An unknown or malformed ID is answered with
                404, like a pipeline the caller may not see.
            detailed (str | Unset): `true` to include blocks and jobs (more expensive). Any
                other value means false. Default: 'false'.

        Returns:
            PipelineDescription

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _describe_pipeline.OPERATION,
            _describe_pipeline._get_kwargs(
                pipeline_id=pipeline_id,
                detailed=detailed,
            ),
            _describe_pipeline._parse_response,
        )

    async def describe_pipeline_async(
        self,
        pipeline_id: str,
        *,
        detailed: str | Unset = "false",
    ) -> PipelineDescription:
        """Describe a pipeline

        Returns a pipeline and, with `detailed=true`, its blocks and their jobs.

        Differences from the docs: only the exact value `true` turns `detailed` on (`1` or `yes`
        do not). The pipeline uses the describe encoding: lower-case `state`, `result` and
        `result_reason`, timestamps as `YYYY-MM-DD HH:MM:SS.ffffffZ` strings (`1970-01-01
        00:00:00.000000Z` when unset), while the nested `queue.type` and
        `triggerer.*_triggered_by` stay enum numbers. `result` and `result_reason` are absent,
        not null, until the pipeline (or block) is done. The pipeline carries many undocumented
        fields. An unknown, malformed or foreign pipeline ID, or a missing permission, is
        answered with 404. JSON responses may come without a Content-Type header.

        `GET /pipelines/{pipeline_id}` (describePipeline).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            pipeline_id (str): ID of the pipeline. An unknown or malformed ID is answered with
                404, like a pipeline the caller may not see.
            detailed (str | Unset): `true` to include blocks and jobs (more expensive). Any
                other value means false. Default: 'false'.

        Returns:
            PipelineDescription

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _describe_pipeline.OPERATION,
            _describe_pipeline._get_kwargs(
                pipeline_id=pipeline_id,
                detailed=detailed,
            ),
            _describe_pipeline._parse_response,
        )

    # -- terminatePipeline --

    def terminate_pipeline(
        self,
        pipeline_id: str,
        *,
        body: PipelineTerminateRequest,
    ) -> str:
        """Stop a pipeline

        Stops a running pipeline. The body must be the JSON object `{"terminate_request":
        true}`.

        Differences from the docs: the older docs list this as `POST /pipelines`.
        `terminate_request` must be the JSON boolean; a form field or query parameter
        `terminate_request=true` (a string) is rejected with 400. The success body is the JSON
        string `"Pipeline termination started."` (the docs show an empty 200), also for a
        pipeline that is already stopping or done. A missing permission is answered with 404.
        JSON responses may come without a Content-Type header. A failure of the pipelines
        service is answered with 500 `"Internal error"` (a JSON string).

        `PATCH /pipelines/{pipeline_id}` (terminatePipeline).
        Never retried (not idempotent).

        Args:
            pipeline_id (str): ID of the pipeline. An unknown or malformed ID is answered with
                404, like a pipeline the caller may not see.
            body (PipelineTerminateRequest):

        Returns:
            str

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _terminate_pipeline.OPERATION,
            _terminate_pipeline._get_kwargs(
                pipeline_id=pipeline_id,
                body=body,
            ),
            _terminate_pipeline._parse_response,
        )

    async def terminate_pipeline_async(
        self,
        pipeline_id: str,
        *,
        body: PipelineTerminateRequest,
    ) -> str:
        """Stop a pipeline

        Stops a running pipeline. The body must be the JSON object `{"terminate_request":
        true}`.

        Differences from the docs: the older docs list this as `POST /pipelines`.
        `terminate_request` must be the JSON boolean; a form field or query parameter
        `terminate_request=true` (a string) is rejected with 400. The success body is the JSON
        string `"Pipeline termination started."` (the docs show an empty 200), also for a
        pipeline that is already stopping or done. A missing permission is answered with 404.
        JSON responses may come without a Content-Type header. A failure of the pipelines
        service is answered with 500 `"Internal error"` (a JSON string).

        `PATCH /pipelines/{pipeline_id}` (terminatePipeline).
        Never retried (not idempotent).

        Args:
            pipeline_id (str): ID of the pipeline. An unknown or malformed ID is answered with
                404, like a pipeline the caller may not see.
            body (PipelineTerminateRequest):

        Returns:
            str

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _terminate_pipeline.OPERATION,
            _terminate_pipeline._get_kwargs(
                pipeline_id=pipeline_id,
                body=body,
            ),
            _terminate_pipeline._parse_response,
        )

    # -- validatePipelineYaml --

    def validate_pipeline_yaml(
        self,
        *,
        body: YamlValidationRequest | YamlValidationRequest | Unset = UNSET,
    ) -> YamlValidationResult:
        """Validate a pipeline YAML

        Checks a pipeline YAML document against the pipeline schema.

        Differences from the docs: the field may also be sent form-encoded. Without
        `pipeline_id` no project permission is needed. The undocumented `pipeline_id` field is
        not a dry run: it schedules a new pipeline from the YAML in that pipeline's workflow,
        and then needs permission to run jobs in the pipeline's project: an unknown pipeline,
        one of another organization or a missing permission is answered with 404 `Not Found`
        (plain text), even when `pipeline_id` is sent empty (any `pipeline_id` key triggers the
        check). An invalid document is answered with 400 and the validator's message as a JSON
        string, often in Elixir term syntax (e.g. `"{:malformed, {:expected_map,
        \\"Asdfghjkl\\"}}"`). JSON responses may come without a Content-Type header. A failure
        of the pipelines service is answered with 500 `"Internal error"` (a JSON string).

        `POST /yaml` (validatePipelineYaml).
        Never retried (not idempotent).

        Args:
            body (YamlValidationRequest | Unset): The parameters, as JSON or form fields. The
                server merges them with the query string, so they may also be sent as query
                parameters instead.
            body (YamlValidationRequest | Unset): The parameters, as JSON or form fields. The
                server merges them with the query string, so they may also be sent as query
                parameters instead.

        Returns:
            YamlValidationResult

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _validate_pipeline_yaml.OPERATION,
            _validate_pipeline_yaml._get_kwargs(
                body=body,
            ),
            _validate_pipeline_yaml._parse_response,
        )

    async def validate_pipeline_yaml_async(
        self,
        *,
        body: YamlValidationRequest | YamlValidationRequest | Unset = UNSET,
    ) -> YamlValidationResult:
        """Validate a pipeline YAML

        Checks a pipeline YAML document against the pipeline schema.

        Differences from the docs: the field may also be sent form-encoded. Without
        `pipeline_id` no project permission is needed. The undocumented `pipeline_id` field is
        not a dry run: it schedules a new pipeline from the YAML in that pipeline's workflow,
        and then needs permission to run jobs in the pipeline's project: an unknown pipeline,
        one of another organization or a missing permission is answered with 404 `Not Found`
        (plain text), even when `pipeline_id` is sent empty (any `pipeline_id` key triggers the
        check). An invalid document is answered with 400 and the validator's message as a JSON
        string, often in Elixir term syntax (e.g. `"{:malformed, {:expected_map,
        \\"Asdfghjkl\\"}}"`). JSON responses may come without a Content-Type header. A failure
        of the pipelines service is answered with 500 `"Internal error"` (a JSON string).

        `POST /yaml` (validatePipelineYaml).
        Never retried (not idempotent).

        Args:
            body (YamlValidationRequest | Unset): The parameters, as JSON or form fields. The
                server merges them with the query string, so they may also be sent as query
                parameters instead.
            body (YamlValidationRequest | Unset): The parameters, as JSON or form fields. The
                server merges them with the query string, so they may also be sent as query
                parameters instead.

        Returns:
            YamlValidationResult

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _validate_pipeline_yaml.OPERATION,
            _validate_pipeline_yaml._get_kwargs(
                body=body,
            ),
            _validate_pipeline_yaml._parse_response,
        )

    # -- describePipelineTopology --

    def describe_pipeline_topology(
        self,
        pipeline_id: str,
    ) -> list[TopologyBlock]:
        """Describe a pipeline's topology

        The pipeline's blocks with their job names and the blocks each depends on, as defined in
        its YAML (no states). Not in the official docs.

        The body is a bare array of blocks. An unknown, malformed or foreign pipeline ID, or a
        missing permission, is answered with 404 `Not Found` (plain text). When the pipeline
        service refuses the request the handler fails while reading its answer, so the result is
        500 `Something went wrong`, never 400. JSON responses may come without a Content-Type
        header.

        `GET /pipelines/{pipeline_id}/describe_topology` (describePipelineTopology).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            pipeline_id (str): ID of the pipeline. An unknown or malformed ID is answered with
                404, like a pipeline the caller may not see.

        Returns:
            list[TopologyBlock]

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _describe_pipeline_topology.OPERATION,
            _describe_pipeline_topology._get_kwargs(
                pipeline_id=pipeline_id,
            ),
            _describe_pipeline_topology._parse_response,
        )

    async def describe_pipeline_topology_async(
        self,
        pipeline_id: str,
    ) -> list[TopologyBlock]:
        """Describe a pipeline's topology

        The pipeline's blocks with their job names and the blocks each depends on, as defined in
        its YAML (no states). Not in the official docs.

        The body is a bare array of blocks. An unknown, malformed or foreign pipeline ID, or a
        missing permission, is answered with 404 `Not Found` (plain text). When the pipeline
        service refuses the request the handler fails while reading its answer, so the result is
        500 `Something went wrong`, never 400. JSON responses may come without a Content-Type
        header.

        `GET /pipelines/{pipeline_id}/describe_topology` (describePipelineTopology).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            pipeline_id (str): ID of the pipeline. An unknown or malformed ID is answered with
                404, like a pipeline the caller may not see.

        Returns:
            list[TopologyBlock]

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _describe_pipeline_topology.OPERATION,
            _describe_pipeline_topology._get_kwargs(
                pipeline_id=pipeline_id,
            ),
            _describe_pipeline_topology._parse_response,
        )

    # -- partialRebuildPipeline --

    def partial_rebuild_pipeline(
        self,
        pipeline_id: str,
        *,
        request_token: str,
    ) -> PartialRebuildResult:
        """Rebuild a pipeline's failed blocks

        Starts a new pipeline in the same workflow that reruns only the blocks that failed or
        were stopped (and the ones after them), reusing the passed ones (`sem rebuild
        pipeline`).

        `request_token` is an idempotency key: repeating a call with the same token answers the
        pipeline the first call started. It may be sent as a query parameter, a form field or in
        a JSON body. The docs' optional `x-semaphore-user-id` header is overwritten by the
        ingress, so it has no effect. The docs show the answer's key as `message:`; the server
        sends `message`. A pipeline that cannot be rebuilt (still running, or passed) or a
        missing token is answered with 400 and the pipeline service's message as a JSON string;
        a missing permission (`project.job.rerun`) with 404 `Not Found` in plain text. JSON
        responses may come without a Content-Type header.

        `POST /pipelines/{pipeline_id}/partial_rebuild` (partialRebuildPipeline).
        Retried as the retry policy allows only when `request_token` is given (the same
        token is sent on every attempt); otherwise sent once.

        Args:
            pipeline_id (str): ID of the pipeline. An unknown or malformed ID is answered with
                404, like a pipeline the caller may not see.
            request_token (str): A unique string (e.g. a UUID) identifying this rebuild request.

        Returns:
            PartialRebuildResult

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _partial_rebuild_pipeline.OPERATION,
            _partial_rebuild_pipeline._get_kwargs(
                pipeline_id=pipeline_id,
                request_token=request_token,
            ),
            _partial_rebuild_pipeline._parse_response,
        )

    async def partial_rebuild_pipeline_async(
        self,
        pipeline_id: str,
        *,
        request_token: str,
    ) -> PartialRebuildResult:
        """Rebuild a pipeline's failed blocks

        Starts a new pipeline in the same workflow that reruns only the blocks that failed or
        were stopped (and the ones after them), reusing the passed ones (`sem rebuild
        pipeline`).

        `request_token` is an idempotency key: repeating a call with the same token answers the
        pipeline the first call started. It may be sent as a query parameter, a form field or in
        a JSON body. The docs' optional `x-semaphore-user-id` header is overwritten by the
        ingress, so it has no effect. The docs show the answer's key as `message:`; the server
        sends `message`. A pipeline that cannot be rebuilt (still running, or passed) or a
        missing token is answered with 400 and the pipeline service's message as a JSON string;
        a missing permission (`project.job.rerun`) with 404 `Not Found` in plain text. JSON
        responses may come without a Content-Type header.

        `POST /pipelines/{pipeline_id}/partial_rebuild` (partialRebuildPipeline).
        Retried as the retry policy allows only when `request_token` is given (the same
        token is sent on every attempt); otherwise sent once.

        Args:
            pipeline_id (str): ID of the pipeline. An unknown or malformed ID is answered with
                404, like a pipeline the caller may not see.
            request_token (str): A unique string (e.g. a UUID) identifying this rebuild request.

        Returns:
            PartialRebuildResult

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _partial_rebuild_pipeline.OPERATION,
            _partial_rebuild_pipeline._get_kwargs(
                pipeline_id=pipeline_id,
                request_token=request_token,
            ),
            _partial_rebuild_pipeline._parse_response,
        )

    # -- listProjectMembers --

    def list_project_members(
        self,
        project_id: str,
        *,
        page_no: int | Unset = 0,
        page_size: int | Unset = 2000,
    ) -> ProjectMemberList:
        """List project members

        Lists the members of a project with their project roles (including those inherited from
        organization roles). `page_no` counts from 0, 2000 members a page by default; earlier
        server versions ignore both and send the first 2000. Needs the organization's
        `organization.people.view` permission. JSON responses may come without a Content-Type
        header.

        `GET /projects/{project_id}/members` (listProjectMembers).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project_id (str): ID (UUID) of the project.
            page_no (int | Unset): Page number, from 0. Default: 0.
            page_size (int | Unset): Members per page. Default: 2000.

        Returns:
            ProjectMemberList

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _list_project_members.OPERATION,
            _list_project_members._get_kwargs(
                project_id=project_id,
                page_no=page_no,
                page_size=page_size,
            ),
            _list_project_members._parse_response,
        )

    async def list_project_members_async(
        self,
        project_id: str,
        *,
        page_no: int | Unset = 0,
        page_size: int | Unset = 2000,
    ) -> ProjectMemberList:
        """List project members

        Lists the members of a project with their project roles (including those inherited from
        organization roles). `page_no` counts from 0, 2000 members a page by default; earlier
        server versions ignore both and send the first 2000. Needs the organization's
        `organization.people.view` permission. JSON responses may come without a Content-Type
        header.

        `GET /projects/{project_id}/members` (listProjectMembers).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project_id (str): ID (UUID) of the project.
            page_no (int | Unset): Page number, from 0. Default: 0.
            page_size (int | Unset): Members per page. Default: 2000.

        Returns:
            ProjectMemberList

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _list_project_members.OPERATION,
            _list_project_members._get_kwargs(
                project_id=project_id,
                page_no=page_no,
                page_size=page_size,
            ),
            _list_project_members._parse_response,
        )

    def iter_list_project_members(
        self,
        project_id: str,
        *,
        page_no: int | Unset = 0,
        page_size: int | Unset = 2000,
        max_items: int | None = None,
        max_pages: int | None = None,
    ) -> _Paginator[Member, ProjectMemberList]:
        """List project members

        Lists the members of a project with their project roles (including those inherited from
        organization roles). `page_no` counts from 0, 2000 members a page by default; earlier
        server versions ignore both and send the first 2000. Needs the organization's
        `organization.people.view` permission. JSON responses may come without a Content-Type
        header.

        `GET /projects/{project_id}/members` (listProjectMembers).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project_id (str): ID (UUID) of the project.
            page_no (int | Unset): Page number, from 0. Default: 0.
            page_size (int | Unset): Members per page. Default: 2000.
            max_items: stop after this many items (default: all).
            max_pages: stop after fetching this many pages (default: all, up to 10,000, then
                PaginationError). A walk also raises PaginationError on a page URL seen before
                and after 5 pages in a row that bring nothing new (no item, or a page sent before).

        Returns:
            Paginator[Member, ProjectMemberList]: iterate with `for` or `async for` (page-count pagination); pages are fetched lazily, as the items are used.

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return _Paginator(
            self,
            _list_project_members.OPERATION,
            _list_project_members._get_kwargs(
                project_id=project_id,
                page_no=page_no,
                page_size=page_size,
            ),
            _list_project_members._parse_response,
            lambda body: body.members,
            max_items=max_items,
            max_pages=max_pages,
        )

    # -- assignProjectMemberRole --

    def assign_project_member_role(
        self,
        project_id: str,
        member_id: str,
        *,
        body: RoleAssignRequest,
    ) -> ActionStatus:
        """Set a member's project role

        Gives the member a role in the project, replacing the project role they have. Earlier
        server versions routed this as `POST /projects/{project_id}/members/{member_id}/roles`.
        Needs `organization.people.manage`.

        `PUT /projects/{project_id}/members/{member_id}/role` (assignProjectMemberRole).
        Never retried (not idempotent).

        Args:
            project_id (str): ID (UUID) of the project.
            member_id (str): ID of the user, group or service account (the docs call it
                `subject_id`).
            body (RoleAssignRequest): The role to give.

        Returns:
            ActionStatus

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _assign_project_member_role.OPERATION,
            _assign_project_member_role._get_kwargs(
                project_id=project_id,
                member_id=member_id,
                body=body,
            ),
            _assign_project_member_role._parse_response,
        )

    async def assign_project_member_role_async(
        self,
        project_id: str,
        member_id: str,
        *,
        body: RoleAssignRequest,
    ) -> ActionStatus:
        """Set a member's project role

        Gives the member a role in the project, replacing the project role they have. Earlier
        server versions routed this as `POST /projects/{project_id}/members/{member_id}/roles`.
        Needs `organization.people.manage`.

        `PUT /projects/{project_id}/members/{member_id}/role` (assignProjectMemberRole).
        Never retried (not idempotent).

        Args:
            project_id (str): ID (UUID) of the project.
            member_id (str): ID of the user, group or service account (the docs call it
                `subject_id`).
            body (RoleAssignRequest): The role to give.

        Returns:
            ActionStatus

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _assign_project_member_role.OPERATION,
            _assign_project_member_role._get_kwargs(
                project_id=project_id,
                member_id=member_id,
                body=body,
            ),
            _assign_project_member_role._parse_response,
        )

    # -- removeProjectMemberRole --

    def remove_project_member_role(
        self,
        project_id: str,
        member_id: str,
        *,
        role_id: str | Unset = UNSET,
    ) -> bool:
        """Remove a member's project role

        Removes the member's role binding in this project; the member stays in the organization
        and in their groups. The docs send `role_id` in a JSON body; the server reads parameters
        from the query string and the body alike, and removes the member's project binding
        whatever its role. The answer is the JSON literal `true`. Needs
        `organization.people.manage`.

        `DELETE /projects/{project_id}/members/{member_id}/role` (removeProjectMemberRole).
        Never retried (not idempotent).

        Args:
            project_id (str): ID (UUID) of the project.
            member_id (str): ID of the user, group or service account (the docs call it
                `subject_id`).
            role_id (str | Unset): ID of the project role to remove (also accepted in a JSON
                body).

        Returns:
            bool

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _remove_project_member_role.OPERATION,
            _remove_project_member_role._get_kwargs(
                project_id=project_id,
                member_id=member_id,
                role_id=role_id,
            ),
            _remove_project_member_role._parse_response,
        )

    async def remove_project_member_role_async(
        self,
        project_id: str,
        member_id: str,
        *,
        role_id: str | Unset = UNSET,
    ) -> bool:
        """Remove a member's project role

        Removes the member's role binding in this project; the member stays in the organization
        and in their groups. The docs send `role_id` in a JSON body; the server reads parameters
        from the query string and the body alike, and removes the member's project binding
        whatever its role. The answer is the JSON literal `true`. Needs
        `organization.people.manage`.

        `DELETE /projects/{project_id}/members/{member_id}/role` (removeProjectMemberRole).
        Never retried (not idempotent).

        Args:
            project_id (str): ID (UUID) of the project.
            member_id (str): ID of the user, group or service account (the docs call it
                `subject_id`).
            role_id (str | Unset): ID of the project role to remove (also accepted in a JSON
                body).

        Returns:
            bool

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _remove_project_member_role.OPERATION,
            _remove_project_member_role._get_kwargs(
                project_id=project_id,
                member_id=member_id,
                role_id=role_id,
            ),
            _remove_project_member_role._parse_response,
        )

    # -- listProjects --

    def list_projects(
        self,
        *,
        page: int | Unset = 1,
    ) -> list[Project]:
        """List projects

        Lists the organization's projects the user may see, 500 a page.

        Undocumented paging: `page` (1 to 100, default 1) picks the page, and the answer carries
        `x-page` (this page) and `x-has-more` (`true` while later pages exist); the official
        `sem` CLI asks for page 1, 2, ... while `x-has-more` is `true`. A `page` outside 1..100
        or not a number is answered with 400 and a message naming the rule. Projects the user
        may not see are removed after counting, so a page may be short. A page after the last is
        `[]` with `x-has-more: false`. The body is a bare array; every project carries
        `apiVersion` and `kind`.

        `GET /projects` (listProjects).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            page (int | Unset): Page number, 1 to 100. Default: 1.

        Returns:
            list[Project]

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _list_projects.OPERATION,
            _list_projects._get_kwargs(
                page=page,
            ),
            _list_projects._parse_response,
        )

    async def list_projects_async(
        self,
        *,
        page: int | Unset = 1,
    ) -> list[Project]:
        """List projects

        Lists the organization's projects the user may see, 500 a page.

        Undocumented paging: `page` (1 to 100, default 1) picks the page, and the answer carries
        `x-page` (this page) and `x-has-more` (`true` while later pages exist); the official
        `sem` CLI asks for page 1, 2, ... while `x-has-more` is `true`. A `page` outside 1..100
        or not a number is answered with 400 and a message naming the rule. Projects the user
        may not see are removed after counting, so a page may be short. A page after the last is
        `[]` with `x-has-more: false`. The body is a bare array; every project carries
        `apiVersion` and `kind`.

        `GET /projects` (listProjects).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            page (int | Unset): Page number, 1 to 100. Default: 1.

        Returns:
            list[Project]

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _list_projects.OPERATION,
            _list_projects._get_kwargs(
                page=page,
            ),
            _list_projects._parse_response,
        )

    def iter_list_projects(
        self,
        *,
        page: int | Unset = 1,
        max_items: int | None = None,
        max_pages: int | None = None,
    ) -> _Paginator[Project, list[Project]]:
        """List projects

        Lists the organization's projects the user may see, 500 a page.

        Undocumented paging: `page` (1 to 100, default 1) picks the page, and the answer carries
        `x-page` (this page) and `x-has-more` (`true` while later pages exist); the official
        `sem` CLI asks for page 1, 2, ... while `x-has-more` is `true`. A `page` outside 1..100
        or not a number is answered with 400 and a message naming the rule. Projects the user
        may not see are removed after counting, so a page may be short. A page after the last is
        `[]` with `x-has-more: false`. The body is a bare array; every project carries
        `apiVersion` and `kind`.

        `GET /projects` (listProjects).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            page (int | Unset): Page number, 1 to 100. Default: 1.
            max_items: stop after this many items (default: all).
            max_pages: stop after fetching this many pages (default: all, up to 10,000, then
                PaginationError). A walk also raises PaginationError on a page URL seen before
                and after 5 pages in a row that bring nothing new (no item, or a page sent before).

        Returns:
            Paginator[Project, list[Project]]: iterate with `for` or `async for` (page-has-more pagination); pages are fetched lazily, as the items are used.

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return _Paginator(
            self,
            _list_projects.OPERATION,
            _list_projects._get_kwargs(
                page=page,
            ),
            _list_projects._parse_response,
            lambda body: body,
            max_items=max_items,
            max_pages=max_pages,
        )

    # -- createProject --

    def create_project(
        self,
        *,
        body: ProjectInput,
    ) -> Project:
        """Create a project

        Creates a project from a repository URL. Documented only in an unmerged draft of the
        reference.

        The user needs the `organization.projects.create` permission, else 401 `{"message":
        "Unauthorized"}`. A request the projects service refuses (a name already taken, a
        repository it cannot reach, the organization's project limit) is answered with 422 and
        its message. Any other failure of the service, or a body without `spec.repository`,
        makes the handler crash: 500 with the plain text `Something went wrong`. Unknown enum
        values in the lists are dropped, not refused.

        `POST /projects` (createProject).
        Never retried (not idempotent).

        Args:
            body (ProjectInput): A project to create or update. Unknown enum values (in
                `run_on`, the permission lists or a pipeline file's `level`) are dropped silently; a
                missing `visibility` means `private`. With a non-empty `tasks` list, `schedulers` is
                ignored. `spec.repository` must be an object (without it the service fails with
                500).

        Returns:
            Project

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _create_project.OPERATION,
            _create_project._get_kwargs(
                body=body,
            ),
            _create_project._parse_response,
        )

    async def create_project_async(
        self,
        *,
        body: ProjectInput,
    ) -> Project:
        """Create a project

        Creates a project from a repository URL. Documented only in an unmerged draft of the
        reference.

        The user needs the `organization.projects.create` permission, else 401 `{"message":
        "Unauthorized"}`. A request the projects service refuses (a name already taken, a
        repository it cannot reach, the organization's project limit) is answered with 422 and
        its message. Any other failure of the service, or a body without `spec.repository`,
        makes the handler crash: 500 with the plain text `Something went wrong`. Unknown enum
        values in the lists are dropped, not refused.

        `POST /projects` (createProject).
        Never retried (not idempotent).

        Args:
            body (ProjectInput): A project to create or update. Unknown enum values (in
                `run_on`, the permission lists or a pipeline file's `level`) are dropped silently; a
                missing `visibility` means `private`. With a non-empty `tasks` list, `schedulers` is
                ignored. `spec.repository` must be an object (without it the service fails with
                500).

        Returns:
            Project

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _create_project.OPERATION,
            _create_project._get_kwargs(
                body=body,
            ),
            _create_project._parse_response,
        )

    # -- describeProject --

    def describe_project(
        self,
        project: str,
    ) -> Project:
        """Describe a project

        Returns one project by name. An unknown name is answered with 404 `{"message": "Not
        found"}`; a project the user may not view with 401 `{"message": "Unauthorized"}`; any
        other refusal of the projects service with 400 `{"message": "Bad Request"}`.

        `GET /projects/{project}` (describeProject).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project (str): The project's name for describe and delete, its ID (UUID) for update:
                the service reads the segment differently per method (the draft docs say the name
                for update too).

        Returns:
            Project

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _describe_project.OPERATION,
            _describe_project._get_kwargs(
                project=project,
            ),
            _describe_project._parse_response,
        )

    async def describe_project_async(
        self,
        project: str,
    ) -> Project:
        """Describe a project

        Returns one project by name. An unknown name is answered with 404 `{"message": "Not
        found"}`; a project the user may not view with 401 `{"message": "Unauthorized"}`; any
        other refusal of the projects service with 400 `{"message": "Bad Request"}`.

        `GET /projects/{project}` (describeProject).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project (str): The project's name for describe and delete, its ID (UUID) for update:
                the service reads the segment differently per method (the draft docs say the name
                for update too).

        Returns:
            Project

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _describe_project.OPERATION,
            _describe_project._get_kwargs(
                project=project,
            ),
            _describe_project._parse_response,
        )

    # -- deleteProject --

    def delete_project(
        self,
        project: str,
    ) -> None:
        """Delete a project

        Deletes a project by name. The success body is empty (not JSON).

        Differences from the draft docs: an unknown name is answered with 401 `{"message":
        "Unauthorized"}`, like a missing `project.delete` permission, never 404. A deletion the
        projects service refuses is answered with 400 `{"message": "Bad Request"}`.

        `DELETE /projects/{project}` (deleteProject).
        Never retried (not idempotent).

        Args:
            project (str): The project's name for describe and delete, its ID (UUID) for update:
                the service reads the segment differently per method (the draft docs say the name
                for update too).

        Returns:
            None

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        self._call(
            _delete_project.OPERATION,
            _delete_project._get_kwargs(
                project=project,
            ),
            _delete_project._parse_response,
        )

    async def delete_project_async(
        self,
        project: str,
    ) -> None:
        """Delete a project

        Deletes a project by name. The success body is empty (not JSON).

        Differences from the draft docs: an unknown name is answered with 401 `{"message":
        "Unauthorized"}`, like a missing `project.delete` permission, never 404. A deletion the
        projects service refuses is answered with 400 `{"message": "Bad Request"}`.

        `DELETE /projects/{project}` (deleteProject).
        Never retried (not idempotent).

        Args:
            project (str): The project's name for describe and delete, its ID (UUID) for update:
                the service reads the segment differently per method (the draft docs say the name
                for update too).

        Returns:
            None

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        await self._acall(
            _delete_project.OPERATION,
            _delete_project._get_kwargs(
                project=project,
            ),
            _delete_project._parse_response,
        )

    # -- updateProject --

    def update_project(
        self,
        project: str,
        *,
        body: ProjectInput,
    ) -> Project:
        """Update a project

        Replaces a project's settings (the whole `metadata` and `spec`, as `sem edit project`
        sends them; fields left out are reset).

        The user needs `project.general_settings.manage` or `project.repository_info.manage`,
        else 401 `{"message": "Unauthorized"}`. An unknown ID is answered with 404 `{"message":
        "Not found"}`, a refused change with 422 and the service's message. A body without
        `spec.repository`, or another failure, makes the handler crash: 500 `Something went
        wrong`. `integration_type` cannot be changed.

        `PATCH /projects/{project}` (updateProject).
        Never retried (not idempotent).

        Args:
            project (str): The project's name for describe and delete, its ID (UUID) for update:
                the service reads the segment differently per method (the draft docs say the name
                for update too).
            body (ProjectInput): A project to create or update. Unknown enum values (in
                `run_on`, the permission lists or a pipeline file's `level`) are dropped silently; a
                missing `visibility` means `private`. With a non-empty `tasks` list, `schedulers` is
                ignored. `spec.repository` must be an object (without it the service fails with
                500).

        Returns:
            Project

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _update_project.OPERATION,
            _update_project._get_kwargs(
                project=project,
                body=body,
            ),
            _update_project._parse_response,
        )

    async def update_project_async(
        self,
        project: str,
        *,
        body: ProjectInput,
    ) -> Project:
        """Update a project

        Replaces a project's settings (the whole `metadata` and `spec`, as `sem edit project`
        sends them; fields left out are reset).

        The user needs `project.general_settings.manage` or `project.repository_info.manage`,
        else 401 `{"message": "Unauthorized"}`. An unknown ID is answered with 404 `{"message":
        "Not found"}`, a refused change with 422 and the service's message. A body without
        `spec.repository`, or another failure, makes the handler crash: 500 `Something went
        wrong`. `integration_type` cannot be changed.

        `PATCH /projects/{project}` (updateProject).
        Never retried (not idempotent).

        Args:
            project (str): The project's name for describe and delete, its ID (UUID) for update:
                the service reads the segment differently per method (the draft docs say the name
                for update too).
            body (ProjectInput): A project to create or update. Unknown enum values (in
                `run_on`, the permission lists or a pipeline file's `level`) are dropped silently; a
                missing `visibility` means `private`. With a non-empty `tasks` list, `schedulers` is
                ignored. `spec.repository` must be an object (without it the service fails with
                500).

        Returns:
            Project

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _update_project.OPERATION,
            _update_project._get_kwargs(
                project=project,
                body=body,
            ),
            _update_project._parse_response,
        )

    # -- listPromotions --

    def list_promotions(
        self,
        *,
        pipeline_id: str,
        name: str | Unset = UNSET,
        page: int | Unset = 1,
        page_size: int | Unset = 10,
    ) -> list[Promotion]:
        """List promotions

        Lists the promotion triggers of a pipeline, newest first, 10 a page by default.

        Differences from the docs: the list is paginated with `page` and `page_size` (1 to 99;
        100 or more makes the server fail with 500) and the `link`, `total`, `per-page`, `total-
        pages` and `page-number` headers; `link` always has `rel="last"`. The undocumented
        `name` filter selects one target. A non-integer `page` or `page_size` is answered with
        400, and so is a not-found answer of the promotion service (its message as a JSON
        string); its other refusals, such as a page size out of range, with 500. A pipeline
        without promotions is answered with 500, not `[]`. A missing permission is answered with
        404. JSON responses may come without a Content-Type header.

        `GET /promotions` (listPromotions).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            pipeline_id (str): ID of the pipeline.
            name (str | Unset): Only triggers of this promotion target. Undocumented.
            page (int | Unset): Page number, from 1. Default: 1.
            page_size (int | Unset): Items per page (default 10, at most 99). Default: 10.

        Returns:
            list[Promotion]

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _list_promotions.OPERATION,
            _list_promotions._get_kwargs(
                pipeline_id=pipeline_id,
                name=name,
                page=page,
                page_size=page_size,
            ),
            _list_promotions._parse_response,
        )

    async def list_promotions_async(
        self,
        *,
        pipeline_id: str,
        name: str | Unset = UNSET,
        page: int | Unset = 1,
        page_size: int | Unset = 10,
    ) -> list[Promotion]:
        """List promotions

        Lists the promotion triggers of a pipeline, newest first, 10 a page by default.

        Differences from the docs: the list is paginated with `page` and `page_size` (1 to 99;
        100 or more makes the server fail with 500) and the `link`, `total`, `per-page`, `total-
        pages` and `page-number` headers; `link` always has `rel="last"`. The undocumented
        `name` filter selects one target. A non-integer `page` or `page_size` is answered with
        400, and so is a not-found answer of the promotion service (its message as a JSON
        string); its other refusals, such as a page size out of range, with 500. A pipeline
        without promotions is answered with 500, not `[]`. A missing permission is answered with
        404. JSON responses may come without a Content-Type header.

        `GET /promotions` (listPromotions).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            pipeline_id (str): ID of the pipeline.
            name (str | Unset): Only triggers of this promotion target. Undocumented.
            page (int | Unset): Page number, from 1. Default: 1.
            page_size (int | Unset): Items per page (default 10, at most 99). Default: 10.

        Returns:
            list[Promotion]

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _list_promotions.OPERATION,
            _list_promotions._get_kwargs(
                pipeline_id=pipeline_id,
                name=name,
                page=page,
                page_size=page_size,
            ),
            _list_promotions._parse_response,
        )

    def iter_list_promotions(
        self,
        *,
        pipeline_id: str,
        name: str | Unset = UNSET,
        page: int | Unset = 1,
        page_size: int | Unset = 10,
        max_items: int | None = None,
        max_pages: int | None = None,
    ) -> _Paginator[Promotion, list[Promotion]]:
        """List promotions

        Lists the promotion triggers of a pipeline, newest first, 10 a page by default.

        Differences from the docs: the list is paginated with `page` and `page_size` (1 to 99;
        100 or more makes the server fail with 500) and the `link`, `total`, `per-page`, `total-
        pages` and `page-number` headers; `link` always has `rel="last"`. The undocumented
        `name` filter selects one target. A non-integer `page` or `page_size` is answered with
        400, and so is a not-found answer of the promotion service (its message as a JSON
        string); its other refusals, such as a page size out of range, with 500. A pipeline
        without promotions is answered with 500, not `[]`. A missing permission is answered with
        404. JSON responses may come without a Content-Type header.

        `GET /promotions` (listPromotions).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            pipeline_id (str): ID of the pipeline.
            name (str | Unset): Only triggers of this promotion target. Undocumented.
            page (int | Unset): Page number, from 1. Default: 1.
            page_size (int | Unset): Items per page (default 10, at most 99). Default: 10.
            max_items: stop after this many items (default: all).
            max_pages: stop after fetching this many pages (default: all, up to 10,000, then
                PaginationError). A walk also raises PaginationError on a page URL seen before
                and after 5 pages in a row that bring nothing new (no item, or a page sent before).

        Returns:
            Paginator[Promotion, list[Promotion]]: iterate with `for` or `async for` (link-header pagination); pages are fetched lazily, as the items are used.

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return _Paginator(
            self,
            _list_promotions.OPERATION,
            _list_promotions._get_kwargs(
                pipeline_id=pipeline_id,
                name=name,
                page=page,
                page_size=page_size,
            ),
            _list_promotions._parse_response,
            lambda body: body,
            max_items=max_items,
            max_pages=max_pages,
        )

    # -- triggerPromotion --

    def trigger_promotion(
        self,
        *,
        body: PromotionTriggerRequest | PromotionTriggerForm | Unset = UNSET,
    ) -> str:
        """Trigger a promotion

        Promotes a pipeline to one of its promotion targets.

        Differences from the docs: the fields may come from the query string, a form body or a
        JSON body. Promotion parameters are top-level keys, and every key other than
        `pipeline_id`, `name`, `override` and `request_token` (stray query parameters included)
        is taken as one; an undeclared parameter, a value outside the parameter's options, a
        missing required parameter or a non-string value makes the server fail with 500, not
        400. `override` must be a boolean or `"true"`/`"false"`, else 400. The undocumented
        `request_token` makes retries safe: a repeated token is answered with success without a
        second trigger. The success body is the JSON string `"Promotion successfully
        triggered."` (the docs show an empty 200). An unknown target or a refused trigger
        (pipeline not passed without override, target blocked) is answered with 400 and the
        reason as a JSON string; newer server versions answer a refusal with 409 and a `{"code":
        "REFUSED", "message": ...}` object. A missing permission is answered with 404. JSON
        responses may come without a Content-Type header.

        `POST /promotions` (triggerPromotion).
        Retried as the retry policy allows only when `request_token` is given (the same
        token is sent on every attempt); otherwise sent once.

        Args:
            body (PromotionTriggerRequest | Unset): Every key besides the named ones is a
                promotion parameter (top-level keys, not a nested object). This includes stray
                query-string parameters. Parameters must be strings.
            body (PromotionTriggerForm | Unset): The same fields, form-encoded (the docs' curl
                example).

        Returns:
            str

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _trigger_promotion.OPERATION,
            _trigger_promotion._get_kwargs(
                body=body,
            ),
            _trigger_promotion._parse_response,
        )

    async def trigger_promotion_async(
        self,
        *,
        body: PromotionTriggerRequest | PromotionTriggerForm | Unset = UNSET,
    ) -> str:
        """Trigger a promotion

        Promotes a pipeline to one of its promotion targets.

        Differences from the docs: the fields may come from the query string, a form body or a
        JSON body. Promotion parameters are top-level keys, and every key other than
        `pipeline_id`, `name`, `override` and `request_token` (stray query parameters included)
        is taken as one; an undeclared parameter, a value outside the parameter's options, a
        missing required parameter or a non-string value makes the server fail with 500, not
        400. `override` must be a boolean or `"true"`/`"false"`, else 400. The undocumented
        `request_token` makes retries safe: a repeated token is answered with success without a
        second trigger. The success body is the JSON string `"Promotion successfully
        triggered."` (the docs show an empty 200). An unknown target or a refused trigger
        (pipeline not passed without override, target blocked) is answered with 400 and the
        reason as a JSON string; newer server versions answer a refusal with 409 and a `{"code":
        "REFUSED", "message": ...}` object. A missing permission is answered with 404. JSON
        responses may come without a Content-Type header.

        `POST /promotions` (triggerPromotion).
        Retried as the retry policy allows only when `request_token` is given (the same
        token is sent on every attempt); otherwise sent once.

        Args:
            body (PromotionTriggerRequest | Unset): Every key besides the named ones is a
                promotion parameter (top-level keys, not a nested object). This includes stray
                query-string parameters. Parameters must be strings.
            body (PromotionTriggerForm | Unset): The same fields, form-encoded (the docs' curl
                example).

        Returns:
            str

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _trigger_promotion.OPERATION,
            _trigger_promotion._get_kwargs(
                body=body,
            ),
            _trigger_promotion._parse_response,
        )

    # -- listRoles --

    def list_roles(
        self,
    ) -> RoleList:
        """List roles

        Lists the organization's roles, built-in (`readonly`) and custom, of both scopes. JSON
        responses may come without a Content-Type header.

        `GET /roles` (listRoles).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Returns:
            RoleList

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _list_roles.OPERATION,
            _list_roles._get_kwargs(),
            _list_roles._parse_response,
        )

    async def list_roles_async(
        self,
    ) -> RoleList:
        """List roles

        Lists the organization's roles, built-in (`readonly`) and custom, of both scopes. JSON
        responses may come without a Content-Type header.

        `GET /roles` (listRoles).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Returns:
            RoleList

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _list_roles.OPERATION,
            _list_roles._get_kwargs(),
            _list_roles._parse_response,
        )

    # -- createRole --

    def create_role(
        self,
        *,
        body: RoleCreate,
    ) -> Role:
        """Create a role

        Creates a custom role. Permissions are named (e.g. `organization.people.view`); an
        unknown name or a name taken by another role is answered with 400 and the reason as a
        JSON string.

        `POST /roles` (createRole).
        Never retried (not idempotent).

        Args:
            body (RoleCreate): A new role. Permissions are given by name, not by the IDs `GET
                /permissions` returns.

        Returns:
            Role

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _create_role.OPERATION,
            _create_role._get_kwargs(
                body=body,
            ),
            _create_role._parse_response,
        )

    async def create_role_async(
        self,
        *,
        body: RoleCreate,
    ) -> Role:
        """Create a role

        Creates a custom role. Permissions are named (e.g. `organization.people.view`); an
        unknown name or a name taken by another role is answered with 400 and the reason as a
        JSON string.

        `POST /roles` (createRole).
        Never retried (not idempotent).

        Args:
            body (RoleCreate): A new role. Permissions are given by name, not by the IDs `GET
                /permissions` returns.

        Returns:
            Role

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _create_role.OPERATION,
            _create_role._get_kwargs(
                body=body,
            ),
            _create_role._parse_response,
        )

    # -- describeRole --

    def describe_role(
        self,
        role_id: str,
    ) -> Role:
        """Describe a role

        Returns one role. An unknown role is answered with 404, a malformed ID with 400 (JSON
        strings from the RBAC service).

        `GET /roles/{role_id}` (describeRole).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            role_id (str): ID of the role.

        Returns:
            Role

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _describe_role.OPERATION,
            _describe_role._get_kwargs(
                role_id=role_id,
            ),
            _describe_role._parse_response,
        )

    async def describe_role_async(
        self,
        role_id: str,
    ) -> Role:
        """Describe a role

        Returns one role. An unknown role is answered with 404, a malformed ID with 400 (JSON
        strings from the RBAC service).

        `GET /roles/{role_id}` (describeRole).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            role_id (str): ID of the role.

        Returns:
            Role

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _describe_role.OPERATION,
            _describe_role._get_kwargs(
                role_id=role_id,
            ),
            _describe_role._parse_response,
        )

    # -- deleteRole --

    def delete_role(
        self,
        role_id: str,
    ) -> ActionStatus:
        """Delete a role

        Deletes a custom role. A built-in role, or a role still assigned, is answered with 400
        and the reason as a JSON string.

        `DELETE /roles/{role_id}` (deleteRole).
        Never retried (not idempotent).

        Args:
            role_id (str): ID of the role.

        Returns:
            ActionStatus

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _delete_role.OPERATION,
            _delete_role._get_kwargs(
                role_id=role_id,
            ),
            _delete_role._parse_response,
        )

    async def delete_role_async(
        self,
        role_id: str,
    ) -> ActionStatus:
        """Delete a role

        Deletes a custom role. A built-in role, or a role still assigned, is answered with 400
        and the reason as a JSON string.

        `DELETE /roles/{role_id}` (deleteRole).
        Never retried (not idempotent).

        Args:
            role_id (str): ID of the role.

        Returns:
            ActionStatus

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _delete_role.OPERATION,
            _delete_role._get_kwargs(
                role_id=role_id,
            ),
            _delete_role._parse_response,
        )

    # -- updateRole --

    def update_role(
        self,
        role_id: str,
        *,
        body: RoleUpdate,
    ) -> Role:
        """Update a role

        Changes a custom role; fields that are not sent keep their values and `permissions`
        replaces the whole list. A built-in role cannot be changed (400).

        `PATCH /roles/{role_id}` (updateRole).
        Never retried (not idempotent).

        Args:
            role_id (str): ID of the role.
            body (RoleUpdate): Changes to a role; fields that are not sent keep their values,
                and `permissions` replaces the whole list.

        Returns:
            Role

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _update_role.OPERATION,
            _update_role._get_kwargs(
                role_id=role_id,
                body=body,
            ),
            _update_role._parse_response,
        )

    async def update_role_async(
        self,
        role_id: str,
        *,
        body: RoleUpdate,
    ) -> Role:
        """Update a role

        Changes a custom role; fields that are not sent keep their values and `permissions`
        replaces the whole list. A built-in role cannot be changed (400).

        `PATCH /roles/{role_id}` (updateRole).
        Never retried (not idempotent).

        Args:
            role_id (str): ID of the role.
            body (RoleUpdate): Changes to a role; fields that are not sent keep their values,
                and `permissions` replaces the whole list.

        Returns:
            Role

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _update_role.OPERATION,
            _update_role._get_kwargs(
                role_id=role_id,
                body=body,
            ),
            _update_role._parse_response,
        )

    # -- listSchedules --

    def list_schedules(
        self,
        *,
        project_id: str,
        page: int | Unset = 1,
        page_size: int | Unset = 30,
    ) -> list[Schedule]:
        """List schedules

        Lists a project's schedules. Not in the official docs.

        `project_id` is required: without it (or without the permission to view the project's
        schedules) the answer is 404 `Not Found` in plain text. Paginated like workflows, with
        `page` and `page_size` (default 30) and the `link`, `total`, `per-page`, `total-pages`
        and `page-number` headers. A `page` or `page_size` that is not an integer is answered
        with 400 `"Invalid value of 'page' param: ... - needs to be integer."`. Timestamps are
        `YYYY-MM-DD HH:MM:SS.ffffffZ` strings, `""` when unset. JSON responses may come without
        a Content-Type header.

        `GET /schedules` (listSchedules).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project_id (str): ID of the project.
            page (int | Unset): Page number, from 1. Default: 1.
            page_size (int | Unset): Items per page (default 30). Default: 30.

        Returns:
            list[Schedule]

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _list_schedules.OPERATION,
            _list_schedules._get_kwargs(
                project_id=project_id,
                page=page,
                page_size=page_size,
            ),
            _list_schedules._parse_response,
        )

    async def list_schedules_async(
        self,
        *,
        project_id: str,
        page: int | Unset = 1,
        page_size: int | Unset = 30,
    ) -> list[Schedule]:
        """List schedules

        Lists a project's schedules. Not in the official docs.

        `project_id` is required: without it (or without the permission to view the project's
        schedules) the answer is 404 `Not Found` in plain text. Paginated like workflows, with
        `page` and `page_size` (default 30) and the `link`, `total`, `per-page`, `total-pages`
        and `page-number` headers. A `page` or `page_size` that is not an integer is answered
        with 400 `"Invalid value of 'page' param: ... - needs to be integer."`. Timestamps are
        `YYYY-MM-DD HH:MM:SS.ffffffZ` strings, `""` when unset. JSON responses may come without
        a Content-Type header.

        `GET /schedules` (listSchedules).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project_id (str): ID of the project.
            page (int | Unset): Page number, from 1. Default: 1.
            page_size (int | Unset): Items per page (default 30). Default: 30.

        Returns:
            list[Schedule]

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _list_schedules.OPERATION,
            _list_schedules._get_kwargs(
                project_id=project_id,
                page=page,
                page_size=page_size,
            ),
            _list_schedules._parse_response,
        )

    def iter_list_schedules(
        self,
        *,
        project_id: str,
        page: int | Unset = 1,
        page_size: int | Unset = 30,
        max_items: int | None = None,
        max_pages: int | None = None,
    ) -> _Paginator[Schedule, list[Schedule]]:
        """List schedules

        Lists a project's schedules. Not in the official docs.

        `project_id` is required: without it (or without the permission to view the project's
        schedules) the answer is 404 `Not Found` in plain text. Paginated like workflows, with
        `page` and `page_size` (default 30) and the `link`, `total`, `per-page`, `total-pages`
        and `page-number` headers. A `page` or `page_size` that is not an integer is answered
        with 400 `"Invalid value of 'page' param: ... - needs to be integer."`. Timestamps are
        `YYYY-MM-DD HH:MM:SS.ffffffZ` strings, `""` when unset. JSON responses may come without
        a Content-Type header.

        `GET /schedules` (listSchedules).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project_id (str): ID of the project.
            page (int | Unset): Page number, from 1. Default: 1.
            page_size (int | Unset): Items per page (default 30). Default: 30.
            max_items: stop after this many items (default: all).
            max_pages: stop after fetching this many pages (default: all, up to 10,000, then
                PaginationError). A walk also raises PaginationError on a page URL seen before
                and after 5 pages in a row that bring nothing new (no item, or a page sent before).

        Returns:
            Paginator[Schedule, list[Schedule]]: iterate with `for` or `async for` (link-header pagination); pages are fetched lazily, as the items are used.

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return _Paginator(
            self,
            _list_schedules.OPERATION,
            _list_schedules._get_kwargs(
                project_id=project_id,
                page=page,
                page_size=page_size,
            ),
            _list_schedules._parse_response,
            lambda body: body,
            max_items=max_items,
            max_pages=max_pages,
        )

    # -- applySchedule --

    def apply_schedule(
        self,
        *,
        body: ScheduleApplyRequest | ScheduleApplyRequest | Unset = UNSET,
    ) -> str:
        """Create or update a schedule

        Applies a schedule definition given as YAML text (`sem create -f` and `sem edit` for
        schedules): with `metadata.id` it updates that schedule, without it creates one in the
        project named by `spec.project`. Not in the official docs.

        The success body is the schedule's ID as a JSON string. An unknown project or schedule,
        or a definition the scheduler refuses, is answered with 400 and the scheduler's message
        as a JSON string; a missing permission (`project.scheduler.manage`) with 404 `Not Found`
        in plain text. YAML that cannot be parsed makes the service fail with 500 `Something
        went wrong` (the parser's error cannot be encoded).

        `POST /schedules` (applySchedule).
        Never retried (not idempotent).

        Args:
            body (ScheduleApplyRequest): A schedule definition as YAML text (`apiVersion: v1.0`,
                `kind: Schedule`, `metadata.name`, `metadata.id` to update an existing one,
                `spec.project`, `spec.branch`, `spec.at`, `spec.pipeline_file`). May also be sent as
                a form field or query parameter.
            body (ScheduleApplyRequest): A schedule definition as YAML text (`apiVersion: v1.0`,
                `kind: Schedule`, `metadata.name`, `metadata.id` to update an existing one,
                `spec.project`, `spec.branch`, `spec.at`, `spec.pipeline_file`). May also be sent as
                a form field or query parameter.

        Returns:
            str

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _apply_schedule.OPERATION,
            _apply_schedule._get_kwargs(
                body=body,
            ),
            _apply_schedule._parse_response,
        )

    async def apply_schedule_async(
        self,
        *,
        body: ScheduleApplyRequest | ScheduleApplyRequest | Unset = UNSET,
    ) -> str:
        """Create or update a schedule

        Applies a schedule definition given as YAML text (`sem create -f` and `sem edit` for
        schedules): with `metadata.id` it updates that schedule, without it creates one in the
        project named by `spec.project`. Not in the official docs.

        The success body is the schedule's ID as a JSON string. An unknown project or schedule,
        or a definition the scheduler refuses, is answered with 400 and the scheduler's message
        as a JSON string; a missing permission (`project.scheduler.manage`) with 404 `Not Found`
        in plain text. YAML that cannot be parsed makes the service fail with 500 `Something
        went wrong` (the parser's error cannot be encoded).

        `POST /schedules` (applySchedule).
        Never retried (not idempotent).

        Args:
            body (ScheduleApplyRequest): A schedule definition as YAML text (`apiVersion: v1.0`,
                `kind: Schedule`, `metadata.name`, `metadata.id` to update an existing one,
                `spec.project`, `spec.branch`, `spec.at`, `spec.pipeline_file`). May also be sent as
                a form field or query parameter.
            body (ScheduleApplyRequest): A schedule definition as YAML text (`apiVersion: v1.0`,
                `kind: Schedule`, `metadata.name`, `metadata.id` to update an existing one,
                `spec.project`, `spec.branch`, `spec.at`, `spec.pipeline_file`). May also be sent as
                a form field or query parameter.

        Returns:
            str

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _apply_schedule.OPERATION,
            _apply_schedule._get_kwargs(
                body=body,
            ),
            _apply_schedule._parse_response,
        )

    # -- describeSchedule --

    def describe_schedule(
        self,
        schedule_id: str,
    ) -> ScheduleDescription:
        """Describe a schedule

        Returns a schedule and its latest runs. Not in the official docs.

        An ID that is not a UUID is answered with 400 `"schedule identifier should be a UUID"`;
        an unknown schedule with 400 and the scheduler's message (not 404); a missing permission
        with 404 `Not Found` in plain text. JSON responses may come without a Content-Type
        header.

        `GET /schedules/{schedule_id}` (describeSchedule).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            schedule_id (str): ID (UUID) of the schedule. Names are not accepted: anything but a
                UUID is answered with 400 `"schedule identifier should be a UUID"`.

        Returns:
            ScheduleDescription

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _describe_schedule.OPERATION,
            _describe_schedule._get_kwargs(
                schedule_id=schedule_id,
            ),
            _describe_schedule._parse_response,
        )

    async def describe_schedule_async(
        self,
        schedule_id: str,
    ) -> ScheduleDescription:
        """Describe a schedule

        Returns a schedule and its latest runs. Not in the official docs.

        An ID that is not a UUID is answered with 400 `"schedule identifier should be a UUID"`;
        an unknown schedule with 400 and the scheduler's message (not 404); a missing permission
        with 404 `Not Found` in plain text. JSON responses may come without a Content-Type
        header.

        `GET /schedules/{schedule_id}` (describeSchedule).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            schedule_id (str): ID (UUID) of the schedule. Names are not accepted: anything but a
                UUID is answered with 400 `"schedule identifier should be a UUID"`.

        Returns:
            ScheduleDescription

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _describe_schedule.OPERATION,
            _describe_schedule._get_kwargs(
                schedule_id=schedule_id,
            ),
            _describe_schedule._parse_response,
        )

    # -- deleteSchedule --

    def delete_schedule(
        self,
        schedule_id: str,
    ) -> str:
        """Delete a schedule

        Deletes a schedule. Not in the official docs. The success body is the JSON string
        `"Schedule successfully deleted."`. An ID that is not a UUID or an unknown schedule is
        answered with 400; a missing permission (`project.scheduler.manage`) with 404 `Not
        Found` in plain text.

        `DELETE /schedules/{schedule_id}` (deleteSchedule).
        Never retried (not idempotent).

        Args:
            schedule_id (str): ID (UUID) of the schedule. Names are not accepted: anything but a
                UUID is answered with 400 `"schedule identifier should be a UUID"`.

        Returns:
            str

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _delete_schedule.OPERATION,
            _delete_schedule._get_kwargs(
                schedule_id=schedule_id,
            ),
            _delete_schedule._parse_response,
        )

    async def delete_schedule_async(
        self,
        schedule_id: str,
    ) -> str:
        """Delete a schedule

        Deletes a schedule. Not in the official docs. The success body is the JSON string
        `"Schedule successfully deleted."`. An ID that is not a UUID or an unknown schedule is
        answered with 400; a missing permission (`project.scheduler.manage`) with 404 `Not
        Found` in plain text.

        `DELETE /schedules/{schedule_id}` (deleteSchedule).
        Never retried (not idempotent).

        Args:
            schedule_id (str): ID (UUID) of the schedule. Names are not accepted: anything but a
                UUID is answered with 400 `"schedule identifier should be a UUID"`.

        Returns:
            str

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _delete_schedule.OPERATION,
            _delete_schedule._get_kwargs(
                schedule_id=schedule_id,
            ),
            _delete_schedule._parse_response,
        )

    # -- runScheduleNow --

    def run_schedule_now(
        self,
        schedule_id: str,
        *,
        body: ScheduleRunRequest | Unset = UNSET,
    ) -> ScheduleRunResult:
        """Run a schedule now

        Starts a workflow from a schedule right away, optionally on another branch or tag,
        pipeline file or parameter values. Documented as `POST /tasks/:task_id/run_now`; the
        same handler also serves `/schedules`.

        Needs `project.scheduler.run_manually`, else 404 `Not Found` (plain text). An ID that is
        not a UUID, an unknown schedule, a missing required parameter or a paused or suspended
        schedule is answered with 400 and the scheduler's message; too many runs in a short time
        too (the scheduler's RESOURCE_EXHAUSTED). When the scheduler is unavailable the answer
        is 503 with its message as a JSON string.

        `POST /schedules/{schedule_id}/run_now` (runScheduleNow).
        Never retried (not idempotent).

        Args:
            schedule_id (str): ID (UUID) of the schedule. Names are not accepted: anything but a
                UUID is answered with 400 `"schedule identifier should be a UUID"`.
            body (ScheduleRunRequest | Unset): What to run; everything defaults to the
                schedule's own settings. `reference` wins over `branch`.

        Returns:
            ScheduleRunResult

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _run_schedule_now.OPERATION,
            _run_schedule_now._get_kwargs(
                schedule_id=schedule_id,
                body=body,
            ),
            _run_schedule_now._parse_response,
        )

    async def run_schedule_now_async(
        self,
        schedule_id: str,
        *,
        body: ScheduleRunRequest | Unset = UNSET,
    ) -> ScheduleRunResult:
        """Run a schedule now

        Starts a workflow from a schedule right away, optionally on another branch or tag,
        pipeline file or parameter values. Documented as `POST /tasks/:task_id/run_now`; the
        same handler also serves `/schedules`.

        Needs `project.scheduler.run_manually`, else 404 `Not Found` (plain text). An ID that is
        not a UUID, an unknown schedule, a missing required parameter or a paused or suspended
        schedule is answered with 400 and the scheduler's message; too many runs in a short time
        too (the scheduler's RESOURCE_EXHAUSTED). When the scheduler is unavailable the answer
        is 503 with its message as a JSON string.

        `POST /schedules/{schedule_id}/run_now` (runScheduleNow).
        Never retried (not idempotent).

        Args:
            schedule_id (str): ID (UUID) of the schedule. Names are not accepted: anything but a
                UUID is answered with 400 `"schedule identifier should be a UUID"`.
            body (ScheduleRunRequest | Unset): What to run; everything defaults to the
                schedule's own settings. `reference` wins over `branch`.

        Returns:
            ScheduleRunResult

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _run_schedule_now.OPERATION,
            _run_schedule_now._get_kwargs(
                schedule_id=schedule_id,
                body=body,
            ),
            _run_schedule_now._parse_response,
        )

    # -- listAgentTypes --

    def list_agent_types(
        self,
        *,
        page: int | Unset = UNSET,
    ) -> AgentTypeList:
        """List agent types

        Lists the organization's self-hosted agent types.

        Differences from the docs: an agent type with the agent name origin has
        `spec.agent_name_settings.aws` set to null (the docs omit the key), and timestamps that
        are not set are `""` instead of an integer. The undocumented `page` parameter must be an
        integer, else 400. A missing permission is answered with 401 `Permission denied`. JSON
        responses may come without a Content-Type header.

        `GET /self_hosted_agent_types` (listAgentTypes).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            page (int | Unset): Page number (undocumented).

        Returns:
            AgentTypeList

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _list_agent_types.OPERATION,
            _list_agent_types._get_kwargs(
                page=page,
            ),
            _list_agent_types._parse_response,
        )

    async def list_agent_types_async(
        self,
        *,
        page: int | Unset = UNSET,
    ) -> AgentTypeList:
        """List agent types

        Lists the organization's self-hosted agent types.

        Differences from the docs: an agent type with the agent name origin has
        `spec.agent_name_settings.aws` set to null (the docs omit the key), and timestamps that
        are not set are `""` instead of an integer. The undocumented `page` parameter must be an
        integer, else 400. A missing permission is answered with 401 `Permission denied`. JSON
        responses may come without a Content-Type header.

        `GET /self_hosted_agent_types` (listAgentTypes).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            page (int | Unset): Page number (undocumented).

        Returns:
            AgentTypeList

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _list_agent_types.OPERATION,
            _list_agent_types._get_kwargs(
                page=page,
            ),
            _list_agent_types._parse_response,
        )

    # -- createAgentType --

    def create_agent_type(
        self,
        *,
        body: AgentTypeRequest,
    ) -> AgentType:
        """Create an agent type

        Creates a self-hosted agent type. The response is the only place the type's agent
        registration token is shown.

        The name must match `^s1-[a-zA-Z0-9-_]+$` and be unique in the organization; the
        `assignment_origin_aws_sts` origin needs `aws.account_id` and `aws.role_name_patterns`.
        Violations, a missing name and organizations without self-hosted agents are answered
        with 400 and a JSON string message (e.g. `"Name must be provided"`). A missing
        permission is answered with 401 `Permission denied`. JSON responses may come without a
        Content-Type header.

        `POST /self_hosted_agent_types` (createAgentType).
        Never retried (not idempotent).

        Args:
            body (AgentTypeRequest): An agent type to create, or the new settings of one to
                update.

        Returns:
            AgentType

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _create_agent_type.OPERATION,
            _create_agent_type._get_kwargs(
                body=body,
            ),
            _create_agent_type._parse_response,
        )

    async def create_agent_type_async(
        self,
        *,
        body: AgentTypeRequest,
    ) -> AgentType:
        """Create an agent type

        Creates a self-hosted agent type. The response is the only place the type's agent
        registration token is shown.

        The name must match `^s1-[a-zA-Z0-9-_]+$` and be unique in the organization; the
        `assignment_origin_aws_sts` origin needs `aws.account_id` and `aws.role_name_patterns`.
        Violations, a missing name and organizations without self-hosted agents are answered
        with 400 and a JSON string message (e.g. `"Name must be provided"`). A missing
        permission is answered with 401 `Permission denied`. JSON responses may come without a
        Content-Type header.

        `POST /self_hosted_agent_types` (createAgentType).
        Never retried (not idempotent).

        Args:
            body (AgentTypeRequest): An agent type to create, or the new settings of one to
                update.

        Returns:
            AgentType

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _create_agent_type.OPERATION,
            _create_agent_type._get_kwargs(
                body=body,
            ),
            _create_agent_type._parse_response,
        )

    # -- describeAgentType --

    def describe_agent_type(
        self,
        agent_type_name: str,
    ) -> AgentType:
        """Describe an agent type

        Returns one agent type (without its registration token). An unknown name is answered
        with 404 `"agent type not found"` (a JSON string); a missing permission with 401
        `Permission denied`. JSON responses may come without a Content-Type header. A failure of
        the agents service is answered with 500 `"Internal error"` (a JSON string).

        `GET /self_hosted_agent_types/{agent_type_name}` (describeAgentType).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            agent_type_name (str): Name of the self-hosted agent type (`s1-...`).

        Returns:
            AgentType

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _describe_agent_type.OPERATION,
            _describe_agent_type._get_kwargs(
                agent_type_name=agent_type_name,
            ),
            _describe_agent_type._parse_response,
        )

    async def describe_agent_type_async(
        self,
        agent_type_name: str,
    ) -> AgentType:
        """Describe an agent type

        Returns one agent type (without its registration token). An unknown name is answered
        with 404 `"agent type not found"` (a JSON string); a missing permission with 401
        `Permission denied`. JSON responses may come without a Content-Type header. A failure of
        the agents service is answered with 500 `"Internal error"` (a JSON string).

        `GET /self_hosted_agent_types/{agent_type_name}` (describeAgentType).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            agent_type_name (str): Name of the self-hosted agent type (`s1-...`).

        Returns:
            AgentType

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _describe_agent_type.OPERATION,
            _describe_agent_type._get_kwargs(
                agent_type_name=agent_type_name,
            ),
            _describe_agent_type._parse_response,
        )

    # -- deleteAgentType --

    def delete_agent_type(
        self,
        agent_type_name: str,
    ) -> Empty:
        """Delete an agent type

        Deletes an agent type that has no agents. While agents of the type are connected the
        answer is 400 `"can't delete agent type with existing agents"`; disable them first. An
        unknown name is answered with 404 `"agent type not found"`; a missing permission with
        401 `Permission denied`. JSON responses may come without a Content-Type header. A
        failure of the agents service is answered with 500 `"Internal error"` (a JSON string).

        `DELETE /self_hosted_agent_types/{agent_type_name}` (deleteAgentType).
        Never retried (not idempotent).

        Args:
            agent_type_name (str): Name of the self-hosted agent type (`s1-...`).

        Returns:
            Empty

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _delete_agent_type.OPERATION,
            _delete_agent_type._get_kwargs(
                agent_type_name=agent_type_name,
            ),
            _delete_agent_type._parse_response,
        )

    async def delete_agent_type_async(
        self,
        agent_type_name: str,
    ) -> Empty:
        """Delete an agent type

        Deletes an agent type that has no agents. While agents of the type are connected the
        answer is 400 `"can't delete agent type with existing agents"`; disable them first. An
        unknown name is answered with 404 `"agent type not found"`; a missing permission with
        401 `Permission denied`. JSON responses may come without a Content-Type header. A
        failure of the agents service is answered with 500 `"Internal error"` (a JSON string).

        `DELETE /self_hosted_agent_types/{agent_type_name}` (deleteAgentType).
        Never retried (not idempotent).

        Args:
            agent_type_name (str): Name of the self-hosted agent type (`s1-...`).

        Returns:
            Empty

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _delete_agent_type.OPERATION,
            _delete_agent_type._get_kwargs(
                agent_type_name=agent_type_name,
            ),
            _delete_agent_type._parse_response,
        )

    # -- updateAgentType --

    def update_agent_type(
        self,
        agent_type_name: str,
        *,
        body: AgentTypeRequest,
    ) -> AgentType:
        """Update an agent type

        Changes the agent name settings of an agent type.

        Differences from the docs: the server identifies the agent type by `metadata.name` in
        the body and ignores the name in the path; without `metadata.name` the answer is 400
        `"Name must be provided"`. In the response `status.total_agent_count` is always 0. A
        missing permission is answered with 401 `Permission denied`. JSON responses may come
        without a Content-Type header. A failure of the agents service is answered with 500
        `"Internal error"` (a JSON string).

        `PATCH /self_hosted_agent_types/{agent_type_name}` (updateAgentType).
        Never retried (not idempotent).

        Args:
            agent_type_name (str): Name of the self-hosted agent type (`s1-...`).
            body (AgentTypeRequest): An agent type to create, or the new settings of one to
                update.

        Returns:
            AgentType

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _update_agent_type.OPERATION,
            _update_agent_type._get_kwargs(
                agent_type_name=agent_type_name,
                body=body,
            ),
            _update_agent_type._parse_response,
        )

    async def update_agent_type_async(
        self,
        agent_type_name: str,
        *,
        body: AgentTypeRequest,
    ) -> AgentType:
        """Update an agent type

        Changes the agent name settings of an agent type.

        Differences from the docs: the server identifies the agent type by `metadata.name` in
        the body and ignores the name in the path; without `metadata.name` the answer is 400
        `"Name must be provided"`. In the response `status.total_agent_count` is always 0. A
        missing permission is answered with 401 `Permission denied`. JSON responses may come
        without a Content-Type header. A failure of the agents service is answered with 500
        `"Internal error"` (a JSON string).

        `PATCH /self_hosted_agent_types/{agent_type_name}` (updateAgentType).
        Never retried (not idempotent).

        Args:
            agent_type_name (str): Name of the self-hosted agent type (`s1-...`).
            body (AgentTypeRequest): An agent type to create, or the new settings of one to
                update.

        Returns:
            AgentType

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _update_agent_type.OPERATION,
            _update_agent_type._get_kwargs(
                agent_type_name=agent_type_name,
                body=body,
            ),
            _update_agent_type._parse_response,
        )

    # -- disableAgentTypeAgents --

    def disable_agent_type_agents(
        self,
        agent_type_name: str,
        *,
        body: DisableAgentsRequest | DisableAgentsForm | Unset = UNSET,
    ) -> Empty:
        """Disable the agents of an agent type

        Disables the agents of an agent type: only the idle ones by default, or all of them with
        `only_idle=false`. Disabled agents finish their current job and disconnect.

        `only_idle` may come from the query string, a form body (as in the docs' example) or a
        JSON body, as a boolean or the strings `"true"`/`"false"`; anything else is answered
        with 400 `"Invalid 'only_idle': '<value>' is not a boolean."`. A missing permission is
        answered with 401 `Permission denied`. JSON responses may come without a Content-Type
        header. A failure of the agents service is answered with 500 `"Internal error"` (a JSON
        string).

        `POST /self_hosted_agent_types/{agent_type_name}/disable_all` (disableAgentTypeAgents).
        Never retried (not idempotent).

        Args:
            agent_type_name (str): Name of the self-hosted agent type (`s1-...`).
            body (DisableAgentsRequest | Unset):
            body (DisableAgentsForm | Unset):

        Returns:
            Empty

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _disable_agent_type_agents.OPERATION,
            _disable_agent_type_agents._get_kwargs(
                agent_type_name=agent_type_name,
                body=body,
            ),
            _disable_agent_type_agents._parse_response,
        )

    async def disable_agent_type_agents_async(
        self,
        agent_type_name: str,
        *,
        body: DisableAgentsRequest | DisableAgentsForm | Unset = UNSET,
    ) -> Empty:
        """Disable the agents of an agent type

        Disables the agents of an agent type: only the idle ones by default, or all of them with
        `only_idle=false`. Disabled agents finish their current job and disconnect.

        `only_idle` may come from the query string, a form body (as in the docs' example) or a
        JSON body, as a boolean or the strings `"true"`/`"false"`; anything else is answered
        with 400 `"Invalid 'only_idle': '<value>' is not a boolean."`. A missing permission is
        answered with 401 `Permission denied`. JSON responses may come without a Content-Type
        header. A failure of the agents service is answered with 500 `"Internal error"` (a JSON
        string).

        `POST /self_hosted_agent_types/{agent_type_name}/disable_all` (disableAgentTypeAgents).
        Never retried (not idempotent).

        Args:
            agent_type_name (str): Name of the self-hosted agent type (`s1-...`).
            body (DisableAgentsRequest | Unset):
            body (DisableAgentsForm | Unset):

        Returns:
            Empty

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _disable_agent_type_agents.OPERATION,
            _disable_agent_type_agents._get_kwargs(
                agent_type_name=agent_type_name,
                body=body,
            ),
            _disable_agent_type_agents._parse_response,
        )

    # -- listAgents --

    def list_agents(
        self,
        *,
        agent_type: str | Unset = UNSET,
        page_size: int | Unset = 200,
        cursor: str | Unset = UNSET,
    ) -> AgentList:
        """List agents

        Lists the organization's connected self-hosted agents, optionally of one agent type.
        Pages are chained with the `cursor` field of the body (no pagination headers).

        Differences from the docs: `page_size` must be between 5 and 200 (default 200), else 400
        `"page size of N is invalid: must be greater than 0 and between 5-200"`. An unknown
        agent type gives an empty list. Disabled agents carry `metadata.disabled_at`; timestamps
        that are not set are `""`. A missing permission is answered with 401 `Permission
        denied`. JSON responses may come without a Content-Type header. A failure of the agents
        service is answered with 500 `"Internal error"` (a JSON string).

        `GET /agents` (listAgents).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            agent_type (str | Unset): Only agents of this agent type.
            page_size (int | Unset): Agents per page, 5 to 200. Default: 200.
            cursor (str | Unset): The `cursor` of the previous page.

        Returns:
            AgentList

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _list_agents.OPERATION,
            _list_agents._get_kwargs(
                agent_type=agent_type,
                page_size=page_size,
                cursor=cursor,
            ),
            _list_agents._parse_response,
        )

    async def list_agents_async(
        self,
        *,
        agent_type: str | Unset = UNSET,
        page_size: int | Unset = 200,
        cursor: str | Unset = UNSET,
    ) -> AgentList:
        """List agents

        Lists the organization's connected self-hosted agents, optionally of one agent type.
        Pages are chained with the `cursor` field of the body (no pagination headers).

        Differences from the docs: `page_size` must be between 5 and 200 (default 200), else 400
        `"page size of N is invalid: must be greater than 0 and between 5-200"`. An unknown
        agent type gives an empty list. Disabled agents carry `metadata.disabled_at`; timestamps
        that are not set are `""`. A missing permission is answered with 401 `Permission
        denied`. JSON responses may come without a Content-Type header. A failure of the agents
        service is answered with 500 `"Internal error"` (a JSON string).

        `GET /agents` (listAgents).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            agent_type (str | Unset): Only agents of this agent type.
            page_size (int | Unset): Agents per page, 5 to 200. Default: 200.
            cursor (str | Unset): The `cursor` of the previous page.

        Returns:
            AgentList

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _list_agents.OPERATION,
            _list_agents._get_kwargs(
                agent_type=agent_type,
                page_size=page_size,
                cursor=cursor,
            ),
            _list_agents._parse_response,
        )

    def iter_list_agents(
        self,
        *,
        agent_type: str | Unset = UNSET,
        page_size: int | Unset = 200,
        cursor: str | Unset = UNSET,
        max_items: int | None = None,
        max_pages: int | None = None,
    ) -> _Paginator[Agent, AgentList]:
        """List agents

        Lists the organization's connected self-hosted agents, optionally of one agent type.
        Pages are chained with the `cursor` field of the body (no pagination headers).

        Differences from the docs: `page_size` must be between 5 and 200 (default 200), else 400
        `"page size of N is invalid: must be greater than 0 and between 5-200"`. An unknown
        agent type gives an empty list. Disabled agents carry `metadata.disabled_at`; timestamps
        that are not set are `""`. A missing permission is answered with 401 `Permission
        denied`. JSON responses may come without a Content-Type header. A failure of the agents
        service is answered with 500 `"Internal error"` (a JSON string).

        `GET /agents` (listAgents).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            agent_type (str | Unset): Only agents of this agent type.
            page_size (int | Unset): Agents per page, 5 to 200. Default: 200.
            cursor (str | Unset): The `cursor` of the previous page.
            max_items: stop after this many items (default: all).
            max_pages: stop after fetching this many pages (default: all, up to 10,000, then
                PaginationError). A walk also raises PaginationError on a page URL seen before
                and after 5 pages in a row that bring nothing new (no item, or a page sent before).

        Returns:
            Paginator[Agent, AgentList]: iterate with `for` or `async for` (cursor pagination); pages are fetched lazily, as the items are used.

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return _Paginator(
            self,
            _list_agents.OPERATION,
            _list_agents._get_kwargs(
                agent_type=agent_type,
                page_size=page_size,
                cursor=cursor,
            ),
            _list_agents._parse_response,
            lambda body: body.agents,
            max_items=max_items,
            max_pages=max_pages,
        )

    # -- describeAgent --

    def describe_agent(
        self,
        agent_name: str,
    ) -> Agent:
        """Describe an agent

        Returns one connected agent. An unknown name is answered with 404 `"agent not found"` (a
        JSON string); a missing permission with 401 `Permission denied`. JSON responses may come
        without a Content-Type header. A failure of the agents service is answered with 500
        `"Internal error"` (a JSON string).

        `GET /agents/{agent_name}` (describeAgent).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            agent_name (str): Name of the self-hosted agent.

        Returns:
            Agent

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _describe_agent.OPERATION,
            _describe_agent._get_kwargs(
                agent_name=agent_name,
            ),
            _describe_agent._parse_response,
        )

    async def describe_agent_async(
        self,
        agent_name: str,
    ) -> Agent:
        """Describe an agent

        Returns one connected agent. An unknown name is answered with 404 `"agent not found"` (a
        JSON string); a missing permission with 401 `Permission denied`. JSON responses may come
        without a Content-Type header. A failure of the agents service is answered with 500
        `"Internal error"` (a JSON string).

        `GET /agents/{agent_name}` (describeAgent).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            agent_name (str): Name of the self-hosted agent.

        Returns:
            Agent

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _describe_agent.OPERATION,
            _describe_agent._get_kwargs(
                agent_name=agent_name,
            ),
            _describe_agent._parse_response,
        )

    # -- listServiceAccounts --

    def list_service_accounts(
        self,
        *,
        page_size: int | Unset = 100,
        page_token: str | Unset = UNSET,
    ) -> ServiceAccountList:
        """List service accounts

        Lists the organization's service accounts, 100 a page by default. Pass the body's
        `next_page_token` as `page_token` for the next page; it is `""` on the last page. JSON
        responses may come without a Content-Type header.

        `GET /service_accounts` (listServiceAccounts).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            page_size (int | Unset): Accounts per page. Default: 100.
            page_token (str | Unset): The `next_page_token` of the previous page.

        Returns:
            ServiceAccountList

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _list_service_accounts.OPERATION,
            _list_service_accounts._get_kwargs(
                page_size=page_size,
                page_token=page_token,
            ),
            _list_service_accounts._parse_response,
        )

    async def list_service_accounts_async(
        self,
        *,
        page_size: int | Unset = 100,
        page_token: str | Unset = UNSET,
    ) -> ServiceAccountList:
        """List service accounts

        Lists the organization's service accounts, 100 a page by default. Pass the body's
        `next_page_token` as `page_token` for the next page; it is `""` on the last page. JSON
        responses may come without a Content-Type header.

        `GET /service_accounts` (listServiceAccounts).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            page_size (int | Unset): Accounts per page. Default: 100.
            page_token (str | Unset): The `next_page_token` of the previous page.

        Returns:
            ServiceAccountList

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _list_service_accounts.OPERATION,
            _list_service_accounts._get_kwargs(
                page_size=page_size,
                page_token=page_token,
            ),
            _list_service_accounts._parse_response,
        )

    def iter_list_service_accounts(
        self,
        *,
        page_size: int | Unset = 100,
        page_token: str | Unset = UNSET,
        max_items: int | None = None,
        max_pages: int | None = None,
    ) -> _Paginator[ServiceAccount, ServiceAccountList]:
        """List service accounts

        Lists the organization's service accounts, 100 a page by default. Pass the body's
        `next_page_token` as `page_token` for the next page; it is `""` on the last page. JSON
        responses may come without a Content-Type header.

        `GET /service_accounts` (listServiceAccounts).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            page_size (int | Unset): Accounts per page. Default: 100.
            page_token (str | Unset): The `next_page_token` of the previous page.
            max_items: stop after this many items (default: all).
            max_pages: stop after fetching this many pages (default: all, up to 10,000, then
                PaginationError). A walk also raises PaginationError on a page URL seen before
                and after 5 pages in a row that bring nothing new (no item, or a page sent before).

        Returns:
            Paginator[ServiceAccount, ServiceAccountList]: iterate with `for` or `async for` (page-token pagination); pages are fetched lazily, as the items are used.

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return _Paginator(
            self,
            _list_service_accounts.OPERATION,
            _list_service_accounts._get_kwargs(
                page_size=page_size,
                page_token=page_token,
            ),
            _list_service_accounts._parse_response,
            lambda body: body.service_accounts,
            max_items=max_items,
            max_pages=max_pages,
        )

    # -- createServiceAccount --

    def create_service_account(
        self,
        *,
        body: ServiceAccountCreate,
    ) -> ServiceAccountCreated:
        """Create a service account

        Creates a service account. The answer carries the account's API token, which is shown
        only here (and again when it is regenerated).

        `POST /service_accounts` (createServiceAccount).
        Never retried (not idempotent).

        Args:
            body (ServiceAccountCreate):

        Returns:
            ServiceAccountCreated

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _create_service_account.OPERATION,
            _create_service_account._get_kwargs(
                body=body,
            ),
            _create_service_account._parse_response,
        )

    async def create_service_account_async(
        self,
        *,
        body: ServiceAccountCreate,
    ) -> ServiceAccountCreated:
        """Create a service account

        Creates a service account. The answer carries the account's API token, which is shown
        only here (and again when it is regenerated).

        `POST /service_accounts` (createServiceAccount).
        Never retried (not idempotent).

        Args:
            body (ServiceAccountCreate):

        Returns:
            ServiceAccountCreated

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _create_service_account.OPERATION,
            _create_service_account._get_kwargs(
                body=body,
            ),
            _create_service_account._parse_response,
        )

    # -- describeServiceAccount --

    def describe_service_account(
        self,
        service_account_id: str,
    ) -> ServiceAccount:
        """Describe a service account

        Returns one service account (never its token).

        `GET /service_accounts/{service_account_id}` (describeServiceAccount).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            service_account_id (str): ID of the service account.

        Returns:
            ServiceAccount

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _describe_service_account.OPERATION,
            _describe_service_account._get_kwargs(
                service_account_id=service_account_id,
            ),
            _describe_service_account._parse_response,
        )

    async def describe_service_account_async(
        self,
        service_account_id: str,
    ) -> ServiceAccount:
        """Describe a service account

        Returns one service account (never its token).

        `GET /service_accounts/{service_account_id}` (describeServiceAccount).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            service_account_id (str): ID of the service account.

        Returns:
            ServiceAccount

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _describe_service_account.OPERATION,
            _describe_service_account._get_kwargs(
                service_account_id=service_account_id,
            ),
            _describe_service_account._parse_response,
        )

    # -- deleteServiceAccount --

    def delete_service_account(
        self,
        service_account_id: str,
    ) -> ActionStatus:
        """Delete a service account

        Deletes a service account; its token stops working.

        `DELETE /service_accounts/{service_account_id}` (deleteServiceAccount).
        Never retried (not idempotent).

        Args:
            service_account_id (str): ID of the service account.

        Returns:
            ActionStatus

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _delete_service_account.OPERATION,
            _delete_service_account._get_kwargs(
                service_account_id=service_account_id,
            ),
            _delete_service_account._parse_response,
        )

    async def delete_service_account_async(
        self,
        service_account_id: str,
    ) -> ActionStatus:
        """Delete a service account

        Deletes a service account; its token stops working.

        `DELETE /service_accounts/{service_account_id}` (deleteServiceAccount).
        Never retried (not idempotent).

        Args:
            service_account_id (str): ID of the service account.

        Returns:
            ActionStatus

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _delete_service_account.OPERATION,
            _delete_service_account._get_kwargs(
                service_account_id=service_account_id,
            ),
            _delete_service_account._parse_response,
        )

    # -- updateServiceAccount --

    def update_service_account(
        self,
        service_account_id: str,
        *,
        body: ServiceAccountUpdate,
    ) -> ServiceAccount:
        """Update a service account

        Renames a service account or changes its description; fields that are not sent keep
        their values.

        `PATCH /service_accounts/{service_account_id}` (updateServiceAccount).
        Never retried (not idempotent).

        Args:
            service_account_id (str): ID of the service account.
            body (ServiceAccountUpdate): Changes to a service account; fields that are not sent
                keep their values.

        Returns:
            ServiceAccount

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _update_service_account.OPERATION,
            _update_service_account._get_kwargs(
                service_account_id=service_account_id,
                body=body,
            ),
            _update_service_account._parse_response,
        )

    async def update_service_account_async(
        self,
        service_account_id: str,
        *,
        body: ServiceAccountUpdate,
    ) -> ServiceAccount:
        """Update a service account

        Renames a service account or changes its description; fields that are not sent keep
        their values.

        `PATCH /service_accounts/{service_account_id}` (updateServiceAccount).
        Never retried (not idempotent).

        Args:
            service_account_id (str): ID of the service account.
            body (ServiceAccountUpdate): Changes to a service account; fields that are not sent
                keep their values.

        Returns:
            ServiceAccount

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _update_service_account.OPERATION,
            _update_service_account._get_kwargs(
                service_account_id=service_account_id,
                body=body,
            ),
            _update_service_account._parse_response,
        )

    # -- deactivateServiceAccount --

    def deactivate_service_account(
        self,
        service_account_id: str,
    ) -> ActionStatus:
        """Deactivate a service account

        Deactivates a service account: its token is refused until the account is reactivated. No
        body is needed.

        `POST /service_accounts/{service_account_id}/deactivate` (deactivateServiceAccount).
        Never retried (not idempotent).

        Args:
            service_account_id (str): ID of the service account.

        Returns:
            ActionStatus

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _deactivate_service_account.OPERATION,
            _deactivate_service_account._get_kwargs(
                service_account_id=service_account_id,
            ),
            _deactivate_service_account._parse_response,
        )

    async def deactivate_service_account_async(
        self,
        service_account_id: str,
    ) -> ActionStatus:
        """Deactivate a service account

        Deactivates a service account: its token is refused until the account is reactivated. No
        body is needed.

        `POST /service_accounts/{service_account_id}/deactivate` (deactivateServiceAccount).
        Never retried (not idempotent).

        Args:
            service_account_id (str): ID of the service account.

        Returns:
            ActionStatus

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _deactivate_service_account.OPERATION,
            _deactivate_service_account._get_kwargs(
                service_account_id=service_account_id,
            ),
            _deactivate_service_account._parse_response,
        )

    # -- reactivateServiceAccount --

    def reactivate_service_account(
        self,
        service_account_id: str,
    ) -> ActionStatus:
        """Reactivate a service account

        Lets a deactivated service account authenticate again. No body is needed.

        `POST /service_accounts/{service_account_id}/reactivate` (reactivateServiceAccount).
        Never retried (not idempotent).

        Args:
            service_account_id (str): ID of the service account.

        Returns:
            ActionStatus

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _reactivate_service_account.OPERATION,
            _reactivate_service_account._get_kwargs(
                service_account_id=service_account_id,
            ),
            _reactivate_service_account._parse_response,
        )

    async def reactivate_service_account_async(
        self,
        service_account_id: str,
    ) -> ActionStatus:
        """Reactivate a service account

        Lets a deactivated service account authenticate again. No body is needed.

        `POST /service_accounts/{service_account_id}/reactivate` (reactivateServiceAccount).
        Never retried (not idempotent).

        Args:
            service_account_id (str): ID of the service account.

        Returns:
            ActionStatus

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _reactivate_service_account.OPERATION,
            _reactivate_service_account._get_kwargs(
                service_account_id=service_account_id,
            ),
            _reactivate_service_account._parse_response,
        )

    # -- regenerateServiceAccountToken --

    def regenerate_service_account_token(
        self,
        service_account_id: str,
    ) -> ServiceAccountToken:
        """Regenerate a service account's token

        Issues a new API token for the account; the previous one stops working at once. The new
        token is shown only in this answer. No body is needed.

        `POST /service_accounts/{service_account_id}/regenerate_token` (regenerateServiceAccountToken).
        Never retried (not idempotent).

        Args:
            service_account_id (str): ID of the service account.

        Returns:
            ServiceAccountToken

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _regenerate_service_account_token.OPERATION,
            _regenerate_service_account_token._get_kwargs(
                service_account_id=service_account_id,
            ),
            _regenerate_service_account_token._parse_response,
        )

    async def regenerate_service_account_token_async(
        self,
        service_account_id: str,
    ) -> ServiceAccountToken:
        """Regenerate a service account's token

        Issues a new API token for the account; the previous one stops working at once. The new
        token is shown only in this answer. No body is needed.

        `POST /service_accounts/{service_account_id}/regenerate_token` (regenerateServiceAccountToken).
        Never retried (not idempotent).

        Args:
            service_account_id (str): ID of the service account.

        Returns:
            ServiceAccountToken

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _regenerate_service_account_token.OPERATION,
            _regenerate_service_account_token._get_kwargs(
                service_account_id=service_account_id,
            ),
            _regenerate_service_account_token._parse_response,
        )

    # -- listTasks --

    def list_tasks(
        self,
        *,
        project_id: str,
        page: int | Unset = 1,
        page_size: int | Unset = 30,
    ) -> list[Schedule]:
        """List tasks

        Lists a project's tasks. `/tasks` is an alias of `/schedules` (same handler and
        answers). Not in the official docs.

        `project_id` is required: without it (or without the permission to view the project's
        schedules) the answer is 404 `Not Found` in plain text. Paginated like workflows, with
        `page` and `page_size` (default 30) and the `link`, `total`, `per-page`, `total-pages`
        and `page-number` headers. A `page` or `page_size` that is not an integer is answered
        with 400 `"Invalid value of 'page' param: ... - needs to be integer."`. Timestamps are
        `YYYY-MM-DD HH:MM:SS.ffffffZ` strings, `""` when unset. JSON responses may come without
        a Content-Type header.

        `GET /tasks` (listTasks).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project_id (str): ID of the project.
            page (int | Unset): Page number, from 1. Default: 1.
            page_size (int | Unset): Items per page (default 30). Default: 30.

        Returns:
            list[Schedule]

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _list_tasks.OPERATION,
            _list_tasks._get_kwargs(
                project_id=project_id,
                page=page,
                page_size=page_size,
            ),
            _list_tasks._parse_response,
        )

    async def list_tasks_async(
        self,
        *,
        project_id: str,
        page: int | Unset = 1,
        page_size: int | Unset = 30,
    ) -> list[Schedule]:
        """List tasks

        Lists a project's tasks. `/tasks` is an alias of `/schedules` (same handler and
        answers). Not in the official docs.

        `project_id` is required: without it (or without the permission to view the project's
        schedules) the answer is 404 `Not Found` in plain text. Paginated like workflows, with
        `page` and `page_size` (default 30) and the `link`, `total`, `per-page`, `total-pages`
        and `page-number` headers. A `page` or `page_size` that is not an integer is answered
        with 400 `"Invalid value of 'page' param: ... - needs to be integer."`. Timestamps are
        `YYYY-MM-DD HH:MM:SS.ffffffZ` strings, `""` when unset. JSON responses may come without
        a Content-Type header.

        `GET /tasks` (listTasks).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project_id (str): ID of the project.
            page (int | Unset): Page number, from 1. Default: 1.
            page_size (int | Unset): Items per page (default 30). Default: 30.

        Returns:
            list[Schedule]

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _list_tasks.OPERATION,
            _list_tasks._get_kwargs(
                project_id=project_id,
                page=page,
                page_size=page_size,
            ),
            _list_tasks._parse_response,
        )

    def iter_list_tasks(
        self,
        *,
        project_id: str,
        page: int | Unset = 1,
        page_size: int | Unset = 30,
        max_items: int | None = None,
        max_pages: int | None = None,
    ) -> _Paginator[Schedule, list[Schedule]]:
        """List tasks

        Lists a project's tasks. `/tasks` is an alias of `/schedules` (same handler and
        answers). Not in the official docs.

        `project_id` is required: without it (or without the permission to view the project's
        schedules) the answer is 404 `Not Found` in plain text. Paginated like workflows, with
        `page` and `page_size` (default 30) and the `link`, `total`, `per-page`, `total-pages`
        and `page-number` headers. A `page` or `page_size` that is not an integer is answered
        with 400 `"Invalid value of 'page' param: ... - needs to be integer."`. Timestamps are
        `YYYY-MM-DD HH:MM:SS.ffffffZ` strings, `""` when unset. JSON responses may come without
        a Content-Type header.

        `GET /tasks` (listTasks).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project_id (str): ID of the project.
            page (int | Unset): Page number, from 1. Default: 1.
            page_size (int | Unset): Items per page (default 30). Default: 30.
            max_items: stop after this many items (default: all).
            max_pages: stop after fetching this many pages (default: all, up to 10,000, then
                PaginationError). A walk also raises PaginationError on a page URL seen before
                and after 5 pages in a row that bring nothing new (no item, or a page sent before).

        Returns:
            Paginator[Schedule, list[Schedule]]: iterate with `for` or `async for` (link-header pagination); pages are fetched lazily, as the items are used.

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return _Paginator(
            self,
            _list_tasks.OPERATION,
            _list_tasks._get_kwargs(
                project_id=project_id,
                page=page,
                page_size=page_size,
            ),
            _list_tasks._parse_response,
            lambda body: body,
            max_items=max_items,
            max_pages=max_pages,
        )

    # -- applyTask --

    def apply_task(
        self,
        *,
        body: ScheduleApplyRequest | ScheduleApplyRequest | Unset = UNSET,
    ) -> str:
        """Create or update a task

        Applies a schedule definition given as YAML text (`sem create -f` and `sem edit` for
        schedules): with `metadata.id` it updates that schedule, without it creates one in the
        project named by `spec.project`. `/tasks` is an alias of `/schedules` (same handler and
        answers). Not in the official docs.

        The success body is the schedule's ID as a JSON string. An unknown project or schedule,
        or a definition the scheduler refuses, is answered with 400 and the scheduler's message
        as a JSON string; a missing permission (`project.scheduler.manage`) with 404 `Not Found`
        in plain text. YAML that cannot be parsed makes the service fail with 500 `Something
        went wrong` (the parser's error cannot be encoded).

        `POST /tasks` (applyTask).
        Never retried (not idempotent).

        Args:
            body (ScheduleApplyRequest): A schedule definition as YAML text (`apiVersion: v1.0`,
                `kind: Schedule`, `metadata.name`, `metadata.id` to update an existing one,
                `spec.project`, `spec.branch`, `spec.at`, `spec.pipeline_file`). May also be sent as
                a form field or query parameter.
            body (ScheduleApplyRequest): A schedule definition as YAML text (`apiVersion: v1.0`,
                `kind: Schedule`, `metadata.name`, `metadata.id` to update an existing one,
                `spec.project`, `spec.branch`, `spec.at`, `spec.pipeline_file`). May also be sent as
                a form field or query parameter.

        Returns:
            str

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _apply_task.OPERATION,
            _apply_task._get_kwargs(
                body=body,
            ),
            _apply_task._parse_response,
        )

    async def apply_task_async(
        self,
        *,
        body: ScheduleApplyRequest | ScheduleApplyRequest | Unset = UNSET,
    ) -> str:
        """Create or update a task

        Applies a schedule definition given as YAML text (`sem create -f` and `sem edit` for
        schedules): with `metadata.id` it updates that schedule, without it creates one in the
        project named by `spec.project`. `/tasks` is an alias of `/schedules` (same handler and
        answers). Not in the official docs.

        The success body is the schedule's ID as a JSON string. An unknown project or schedule,
        or a definition the scheduler refuses, is answered with 400 and the scheduler's message
        as a JSON string; a missing permission (`project.scheduler.manage`) with 404 `Not Found`
        in plain text. YAML that cannot be parsed makes the service fail with 500 `Something
        went wrong` (the parser's error cannot be encoded).

        `POST /tasks` (applyTask).
        Never retried (not idempotent).

        Args:
            body (ScheduleApplyRequest): A schedule definition as YAML text (`apiVersion: v1.0`,
                `kind: Schedule`, `metadata.name`, `metadata.id` to update an existing one,
                `spec.project`, `spec.branch`, `spec.at`, `spec.pipeline_file`). May also be sent as
                a form field or query parameter.
            body (ScheduleApplyRequest): A schedule definition as YAML text (`apiVersion: v1.0`,
                `kind: Schedule`, `metadata.name`, `metadata.id` to update an existing one,
                `spec.project`, `spec.branch`, `spec.at`, `spec.pipeline_file`). May also be sent as
                a form field or query parameter.

        Returns:
            str

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _apply_task.OPERATION,
            _apply_task._get_kwargs(
                body=body,
            ),
            _apply_task._parse_response,
        )

    # -- describeTask --

    def describe_task(
        self,
        schedule_id: str,
    ) -> ScheduleDescription:
        """Describe a task

        Returns a task and its latest runs. `/tasks` is an alias of `/schedules` (same handler
        and answers). Not in the official docs.

        An ID that is not a UUID is answered with 400 `"schedule identifier should be a UUID"`;
        an unknown schedule with 400 and the scheduler's message (not 404); a missing permission
        with 404 `Not Found` in plain text. JSON responses may come without a Content-Type
        header.

        `GET /tasks/{schedule_id}` (describeTask).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            schedule_id (str): ID (UUID) of the schedule. Names are not accepted: anything but a
                UUID is answered with 400 `"schedule identifier should be a UUID"`.

        Returns:
            ScheduleDescription

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _describe_task.OPERATION,
            _describe_task._get_kwargs(
                schedule_id=schedule_id,
            ),
            _describe_task._parse_response,
        )

    async def describe_task_async(
        self,
        schedule_id: str,
    ) -> ScheduleDescription:
        """Describe a task

        Returns a task and its latest runs. `/tasks` is an alias of `/schedules` (same handler
        and answers). Not in the official docs.

        An ID that is not a UUID is answered with 400 `"schedule identifier should be a UUID"`;
        an unknown schedule with 400 and the scheduler's message (not 404); a missing permission
        with 404 `Not Found` in plain text. JSON responses may come without a Content-Type
        header.

        `GET /tasks/{schedule_id}` (describeTask).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            schedule_id (str): ID (UUID) of the schedule. Names are not accepted: anything but a
                UUID is answered with 400 `"schedule identifier should be a UUID"`.

        Returns:
            ScheduleDescription

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _describe_task.OPERATION,
            _describe_task._get_kwargs(
                schedule_id=schedule_id,
            ),
            _describe_task._parse_response,
        )

    # -- deleteTask --

    def delete_task(
        self,
        schedule_id: str,
    ) -> str:
        """Delete a task

        Deletes a task. `/tasks` is an alias of `/schedules` (same handler and answers). Not in
        the official docs. The success body is the JSON string `"Schedule successfully
        deleted."`. An ID that is not a UUID or an unknown schedule is answered with 400; a
        missing permission (`project.scheduler.manage`) with 404 `Not Found` in plain text.

        `DELETE /tasks/{schedule_id}` (deleteTask).
        Never retried (not idempotent).

        Args:
            schedule_id (str): ID (UUID) of the schedule. Names are not accepted: anything but a
                UUID is answered with 400 `"schedule identifier should be a UUID"`.

        Returns:
            str

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _delete_task.OPERATION,
            _delete_task._get_kwargs(
                schedule_id=schedule_id,
            ),
            _delete_task._parse_response,
        )

    async def delete_task_async(
        self,
        schedule_id: str,
    ) -> str:
        """Delete a task

        Deletes a task. `/tasks` is an alias of `/schedules` (same handler and answers). Not in
        the official docs. The success body is the JSON string `"Schedule successfully
        deleted."`. An ID that is not a UUID or an unknown schedule is answered with 400; a
        missing permission (`project.scheduler.manage`) with 404 `Not Found` in plain text.

        `DELETE /tasks/{schedule_id}` (deleteTask).
        Never retried (not idempotent).

        Args:
            schedule_id (str): ID (UUID) of the schedule. Names are not accepted: anything but a
                UUID is answered with 400 `"schedule identifier should be a UUID"`.

        Returns:
            str

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _delete_task.OPERATION,
            _delete_task._get_kwargs(
                schedule_id=schedule_id,
            ),
            _delete_task._parse_response,
        )

    # -- runTaskNow --

    def run_task_now(
        self,
        schedule_id: str,
        *,
        body: ScheduleRunRequest | Unset = UNSET,
    ) -> ScheduleRunResult:
        """Run a task now

        Starts a workflow from a task right away, optionally on another branch or tag, pipeline
        file or parameter values. `/tasks` is an alias of `/schedules` (same handler and
        answers). Documented as `POST /tasks/:task_id/run_now`; the same handler also serves
        `/schedules`.

        Needs `project.scheduler.run_manually`, else 404 `Not Found` (plain text). An ID that is
        not a UUID, an unknown schedule, a missing required parameter or a paused or suspended
        schedule is answered with 400 and the scheduler's message; too many runs in a short time
        too (the scheduler's RESOURCE_EXHAUSTED). When the scheduler is unavailable the answer
        is 503 with its message as a JSON string.

        `POST /tasks/{schedule_id}/run_now` (runTaskNow).
        Never retried (not idempotent).

        Args:
            schedule_id (str): ID (UUID) of the schedule. Names are not accepted: anything but a
                UUID is answered with 400 `"schedule identifier should be a UUID"`.
            body (ScheduleRunRequest | Unset): What to run; everything defaults to the
                schedule's own settings. `reference` wins over `branch`.

        Returns:
            ScheduleRunResult

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _run_task_now.OPERATION,
            _run_task_now._get_kwargs(
                schedule_id=schedule_id,
                body=body,
            ),
            _run_task_now._parse_response,
        )

    async def run_task_now_async(
        self,
        schedule_id: str,
        *,
        body: ScheduleRunRequest | Unset = UNSET,
    ) -> ScheduleRunResult:
        """Run a task now

        Starts a workflow from a task right away, optionally on another branch or tag, pipeline
        file or parameter values. `/tasks` is an alias of `/schedules` (same handler and
        answers). Documented as `POST /tasks/:task_id/run_now`; the same handler also serves
        `/schedules`.

        Needs `project.scheduler.run_manually`, else 404 `Not Found` (plain text). An ID that is
        not a UUID, an unknown schedule, a missing required parameter or a paused or suspended
        schedule is answered with 400 and the scheduler's message; too many runs in a short time
        too (the scheduler's RESOURCE_EXHAUSTED). When the scheduler is unavailable the answer
        is 503 with its message as a JSON string.

        `POST /tasks/{schedule_id}/run_now` (runTaskNow).
        Never retried (not idempotent).

        Args:
            schedule_id (str): ID (UUID) of the schedule. Names are not accepted: anything but a
                UUID is answered with 400 `"schedule identifier should be a UUID"`.
            body (ScheduleRunRequest | Unset): What to run; everything defaults to the
                schedule's own settings. `reference` wins over `branch`.

        Returns:
            ScheduleRunResult

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _run_task_now.OPERATION,
            _run_task_now._get_kwargs(
                schedule_id=schedule_id,
                body=body,
            ),
            _run_task_now._parse_response,
        )

    # -- listFlakyTests --

    def list_flaky_tests(
        self,
        project_id: str,
        *,
        page: int | Unset = 1,
        page_size: int | Unset = 20,
        sort_field: str | Unset = UNSET,
        sort_dir: str | Unset = "desc",
        branch: str | Unset = UNSET,
        commit_sha: str | Unset = UNSET,
        test_name: str | Unset = UNSET,
        group: str | Unset = UNSET,
        file: str | Unset = UNSET,
        suite: str | Unset = UNSET,
        runner: str | Unset = UNSET,
        label: str | Unset = UNSET,
        resolved: str | Unset = UNSET,
        scheduled: str | Unset = UNSET,
        age: str | Unset = UNSET,
        pass_rate: str | Unset = UNSET,
        disruptions: str | Unset = UNSET,
        date_from: str | Unset = UNSET,
        date_to: str | Unset = UNSET,
    ) -> list[FlakyTest]:
        """List flaky tests

        Lists the project's flaky tests, 20 a page by default, sorted by `sort_field` (the
        service's default order when empty). Pagination is by `page` with the `link`, `total`,
        `per-page`, `total-pages` and `page-number` headers, as for workflows. JSON responses
        may come without a Content-Type header.

        `GET /projects/{project_id}/test_results/flaky_tests` (listFlakyTests).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project_id (str): ID (UUID) of the project.
            page (int | Unset): Page number, from 1 (a value that is not a positive integer
                counts as 1). Default: 1.
            page_size (int | Unset): Items per page (default 20, at most 100). Default: 20.
            sort_field (str | Unset): Field to sort by, e.g. `disruptions_count`.
            sort_dir (str | Unset): Sort direction (descending unless `asc`). Default: 'desc'.
            branch (str | Unset): Only runs on this branch.
            commit_sha (str | Unset): Only runs of this commit.
            test_name (str | Unset): Only tests of this name.
            group (str | Unset): Only tests of this group.
            file (str | Unset): Only tests in this file.
            suite (str | Unset): Only tests of this suite.
            runner (str | Unset): Only tests of this runner.
            label (str | Unset): Only tests with this label.
            resolved (str | Unset): `true` or `false`: only resolved or unresolved tests.
            scheduled (str | Unset): `true` or `false`: only tests with or without a scheduled
                fix.
            age (str | Unset): Filter on the age in days (the service's filter syntax, e.g.
                `>7`).
            pass_rate (str | Unset): Filter on the pass rate (e.g. `<90`).
            disruptions (str | Unset): Filter on the number of disruptions (e.g. `>=3`).
            date_from (str | Unset): Only disruptions from this date (YYYY-MM-DD).
            date_to (str | Unset): Only disruptions up to this date (YYYY-MM-DD).

        Returns:
            list[FlakyTest]

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _list_flaky_tests.OPERATION,
            _list_flaky_tests._get_kwargs(
                project_id=project_id,
                page=page,
                page_size=page_size,
                sort_field=sort_field,
                sort_dir=sort_dir,
                branch=branch,
                commit_sha=commit_sha,
                test_name=test_name,
                group=group,
                file=file,
                suite=suite,
                runner=runner,
                label=label,
                resolved=resolved,
                scheduled=scheduled,
                age=age,
                pass_rate=pass_rate,
                disruptions=disruptions,
                date_from=date_from,
                date_to=date_to,
            ),
            _list_flaky_tests._parse_response,
        )

    async def list_flaky_tests_async(
        self,
        project_id: str,
        *,
        page: int | Unset = 1,
        page_size: int | Unset = 20,
        sort_field: str | Unset = UNSET,
        sort_dir: str | Unset = "desc",
        branch: str | Unset = UNSET,
        commit_sha: str | Unset = UNSET,
        test_name: str | Unset = UNSET,
        group: str | Unset = UNSET,
        file: str | Unset = UNSET,
        suite: str | Unset = UNSET,
        runner: str | Unset = UNSET,
        label: str | Unset = UNSET,
        resolved: str | Unset = UNSET,
        scheduled: str | Unset = UNSET,
        age: str | Unset = UNSET,
        pass_rate: str | Unset = UNSET,
        disruptions: str | Unset = UNSET,
        date_from: str | Unset = UNSET,
        date_to: str | Unset = UNSET,
    ) -> list[FlakyTest]:
        """List flaky tests

        Lists the project's flaky tests, 20 a page by default, sorted by `sort_field` (the
        service's default order when empty). Pagination is by `page` with the `link`, `total`,
        `per-page`, `total-pages` and `page-number` headers, as for workflows. JSON responses
        may come without a Content-Type header.

        `GET /projects/{project_id}/test_results/flaky_tests` (listFlakyTests).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project_id (str): ID (UUID) of the project.
            page (int | Unset): Page number, from 1 (a value that is not a positive integer
                counts as 1). Default: 1.
            page_size (int | Unset): Items per page (default 20, at most 100). Default: 20.
            sort_field (str | Unset): Field to sort by, e.g. `disruptions_count`.
            sort_dir (str | Unset): Sort direction (descending unless `asc`). Default: 'desc'.
            branch (str | Unset): Only runs on this branch.
            commit_sha (str | Unset): Only runs of this commit.
            test_name (str | Unset): Only tests of this name.
            group (str | Unset): Only tests of this group.
            file (str | Unset): Only tests in this file.
            suite (str | Unset): Only tests of this suite.
            runner (str | Unset): Only tests of this runner.
            label (str | Unset): Only tests with this label.
            resolved (str | Unset): `true` or `false`: only resolved or unresolved tests.
            scheduled (str | Unset): `true` or `false`: only tests with or without a scheduled
                fix.
            age (str | Unset): Filter on the age in days (the service's filter syntax, e.g.
                `>7`).
            pass_rate (str | Unset): Filter on the pass rate (e.g. `<90`).
            disruptions (str | Unset): Filter on the number of disruptions (e.g. `>=3`).
            date_from (str | Unset): Only disruptions from this date (YYYY-MM-DD).
            date_to (str | Unset): Only disruptions up to this date (YYYY-MM-DD).

        Returns:
            list[FlakyTest]

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _list_flaky_tests.OPERATION,
            _list_flaky_tests._get_kwargs(
                project_id=project_id,
                page=page,
                page_size=page_size,
                sort_field=sort_field,
                sort_dir=sort_dir,
                branch=branch,
                commit_sha=commit_sha,
                test_name=test_name,
                group=group,
                file=file,
                suite=suite,
                runner=runner,
                label=label,
                resolved=resolved,
                scheduled=scheduled,
                age=age,
                pass_rate=pass_rate,
                disruptions=disruptions,
                date_from=date_from,
                date_to=date_to,
            ),
            _list_flaky_tests._parse_response,
        )

    def iter_list_flaky_tests(
        self,
        project_id: str,
        *,
        page: int | Unset = 1,
        page_size: int | Unset = 20,
        sort_field: str | Unset = UNSET,
        sort_dir: str | Unset = "desc",
        branch: str | Unset = UNSET,
        commit_sha: str | Unset = UNSET,
        test_name: str | Unset = UNSET,
        group: str | Unset = UNSET,
        file: str | Unset = UNSET,
        suite: str | Unset = UNSET,
        runner: str | Unset = UNSET,
        label: str | Unset = UNSET,
        resolved: str | Unset = UNSET,
        scheduled: str | Unset = UNSET,
        age: str | Unset = UNSET,
        pass_rate: str | Unset = UNSET,
        disruptions: str | Unset = UNSET,
        date_from: str | Unset = UNSET,
        date_to: str | Unset = UNSET,
        max_items: int | None = None,
        max_pages: int | None = None,
    ) -> _Paginator[FlakyTest, list[FlakyTest]]:
        """List flaky tests

        Lists the project's flaky tests, 20 a page by default, sorted by `sort_field` (the
        service's default order when empty). Pagination is by `page` with the `link`, `total`,
        `per-page`, `total-pages` and `page-number` headers, as for workflows. JSON responses
        may come without a Content-Type header.

        `GET /projects/{project_id}/test_results/flaky_tests` (listFlakyTests).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project_id (str): ID (UUID) of the project.
            page (int | Unset): Page number, from 1 (a value that is not a positive integer
                counts as 1). Default: 1.
            page_size (int | Unset): Items per page (default 20, at most 100). Default: 20.
            sort_field (str | Unset): Field to sort by, e.g. `disruptions_count`.
            sort_dir (str | Unset): Sort direction (descending unless `asc`). Default: 'desc'.
            branch (str | Unset): Only runs on this branch.
            commit_sha (str | Unset): Only runs of this commit.
            test_name (str | Unset): Only tests of this name.
            group (str | Unset): Only tests of this group.
            file (str | Unset): Only tests in this file.
            suite (str | Unset): Only tests of this suite.
            runner (str | Unset): Only tests of this runner.
            label (str | Unset): Only tests with this label.
            resolved (str | Unset): `true` or `false`: only resolved or unresolved tests.
            scheduled (str | Unset): `true` or `false`: only tests with or without a scheduled
                fix.
            age (str | Unset): Filter on the age in days (the service's filter syntax, e.g.
                `>7`).
            pass_rate (str | Unset): Filter on the pass rate (e.g. `<90`).
            disruptions (str | Unset): Filter on the number of disruptions (e.g. `>=3`).
            date_from (str | Unset): Only disruptions from this date (YYYY-MM-DD).
            date_to (str | Unset): Only disruptions up to this date (YYYY-MM-DD).
            max_items: stop after this many items (default: all).
            max_pages: stop after fetching this many pages (default: all, up to 10,000, then
                PaginationError). A walk also raises PaginationError on a page URL seen before
                and after 5 pages in a row that bring nothing new (no item, or a page sent before).

        Returns:
            Paginator[FlakyTest, list[FlakyTest]]: iterate with `for` or `async for` (link-header pagination); pages are fetched lazily, as the items are used.

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return _Paginator(
            self,
            _list_flaky_tests.OPERATION,
            _list_flaky_tests._get_kwargs(
                project_id=project_id,
                page=page,
                page_size=page_size,
                sort_field=sort_field,
                sort_dir=sort_dir,
                branch=branch,
                commit_sha=commit_sha,
                test_name=test_name,
                group=group,
                file=file,
                suite=suite,
                runner=runner,
                label=label,
                resolved=resolved,
                scheduled=scheduled,
                age=age,
                pass_rate=pass_rate,
                disruptions=disruptions,
                date_from=date_from,
                date_to=date_to,
            ),
            _list_flaky_tests._parse_response,
            lambda body: body,
            max_items=max_items,
            max_pages=max_pages,
        )

    # -- describeFlakyTest --

    def describe_flaky_test(
        self,
        project_id: str,
        test_id: str,
        *,
        branch: str | Unset = UNSET,
        commit_sha: str | Unset = UNSET,
        test_name: str | Unset = UNSET,
        group: str | Unset = UNSET,
        file: str | Unset = UNSET,
        suite: str | Unset = UNSET,
        runner: str | Unset = UNSET,
        label: str | Unset = UNSET,
        resolved: str | Unset = UNSET,
        scheduled: str | Unset = UNSET,
        age: str | Unset = UNSET,
        pass_rate: str | Unset = UNSET,
        disruptions: str | Unset = UNSET,
        date_from: str | Unset = UNSET,
        date_to: str | Unset = UNSET,
    ) -> FlakyTestDetail:
        """Describe a flaky test

        Returns one flaky test with its pass rate, 95th percentile duration, impact and
        disruption count per context (branch). An unknown test is answered with 404 `"Not
        found"` (a JSON string).

        `GET /projects/{project_id}/test_results/flaky_tests/{test_id}` (describeFlakyTest).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project_id (str): ID (UUID) of the project.
            test_id (str): ID of the flaky test (`test_id` of the list).
            branch (str | Unset): Only runs on this branch.
            commit_sha (str | Unset): Only runs of this commit.
            test_name (str | Unset): Only tests of this name.
            group (str | Unset): Only tests of this group.
            file (str | Unset): Only tests in this file.
            suite (str | Unset): Only tests of this suite.
            runner (str | Unset): Only tests of this runner.
            label (str | Unset): Only tests with this label.
            resolved (str | Unset): `true` or `false`: only resolved or unresolved tests.
            scheduled (str | Unset): `true` or `false`: only tests with or without a scheduled
                fix.
            age (str | Unset): Filter on the age in days (the service's filter syntax, e.g.
                `>7`).
            pass_rate (str | Unset): Filter on the pass rate (e.g. `<90`).
            disruptions (str | Unset): Filter on the number of disruptions (e.g. `>=3`).
            date_from (str | Unset): Only disruptions from this date (YYYY-MM-DD).
            date_to (str | Unset): Only disruptions up to this date (YYYY-MM-DD).

        Returns:
            FlakyTestDetail

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _describe_flaky_test.OPERATION,
            _describe_flaky_test._get_kwargs(
                project_id=project_id,
                test_id=test_id,
                branch=branch,
                commit_sha=commit_sha,
                test_name=test_name,
                group=group,
                file=file,
                suite=suite,
                runner=runner,
                label=label,
                resolved=resolved,
                scheduled=scheduled,
                age=age,
                pass_rate=pass_rate,
                disruptions=disruptions,
                date_from=date_from,
                date_to=date_to,
            ),
            _describe_flaky_test._parse_response,
        )

    async def describe_flaky_test_async(
        self,
        project_id: str,
        test_id: str,
        *,
        branch: str | Unset = UNSET,
        commit_sha: str | Unset = UNSET,
        test_name: str | Unset = UNSET,
        group: str | Unset = UNSET,
        file: str | Unset = UNSET,
        suite: str | Unset = UNSET,
        runner: str | Unset = UNSET,
        label: str | Unset = UNSET,
        resolved: str | Unset = UNSET,
        scheduled: str | Unset = UNSET,
        age: str | Unset = UNSET,
        pass_rate: str | Unset = UNSET,
        disruptions: str | Unset = UNSET,
        date_from: str | Unset = UNSET,
        date_to: str | Unset = UNSET,
    ) -> FlakyTestDetail:
        """Describe a flaky test

        Returns one flaky test with its pass rate, 95th percentile duration, impact and
        disruption count per context (branch). An unknown test is answered with 404 `"Not
        found"` (a JSON string).

        `GET /projects/{project_id}/test_results/flaky_tests/{test_id}` (describeFlakyTest).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project_id (str): ID (UUID) of the project.
            test_id (str): ID of the flaky test (`test_id` of the list).
            branch (str | Unset): Only runs on this branch.
            commit_sha (str | Unset): Only runs of this commit.
            test_name (str | Unset): Only tests of this name.
            group (str | Unset): Only tests of this group.
            file (str | Unset): Only tests in this file.
            suite (str | Unset): Only tests of this suite.
            runner (str | Unset): Only tests of this runner.
            label (str | Unset): Only tests with this label.
            resolved (str | Unset): `true` or `false`: only resolved or unresolved tests.
            scheduled (str | Unset): `true` or `false`: only tests with or without a scheduled
                fix.
            age (str | Unset): Filter on the age in days (the service's filter syntax, e.g.
                `>7`).
            pass_rate (str | Unset): Filter on the pass rate (e.g. `<90`).
            disruptions (str | Unset): Filter on the number of disruptions (e.g. `>=3`).
            date_from (str | Unset): Only disruptions from this date (YYYY-MM-DD).
            date_to (str | Unset): Only disruptions up to this date (YYYY-MM-DD).

        Returns:
            FlakyTestDetail

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _describe_flaky_test.OPERATION,
            _describe_flaky_test._get_kwargs(
                project_id=project_id,
                test_id=test_id,
                branch=branch,
                commit_sha=commit_sha,
                test_name=test_name,
                group=group,
                file=file,
                suite=suite,
                runner=runner,
                label=label,
                resolved=resolved,
                scheduled=scheduled,
                age=age,
                pass_rate=pass_rate,
                disruptions=disruptions,
                date_from=date_from,
                date_to=date_to,
            ),
            _describe_flaky_test._parse_response,
        )

    # -- listFlakyTestDisruptions --

    def list_flaky_test_disruptions(
        self,
        project_id: str,
        test_id: str,
        *,
        page: int | Unset = 1,
        page_size: int | Unset = 10,
        branch: str | Unset = UNSET,
        commit_sha: str | Unset = UNSET,
        test_name: str | Unset = UNSET,
        group: str | Unset = UNSET,
        file: str | Unset = UNSET,
        suite: str | Unset = UNSET,
        runner: str | Unset = UNSET,
        label: str | Unset = UNSET,
        resolved: str | Unset = UNSET,
        scheduled: str | Unset = UNSET,
        age: str | Unset = UNSET,
        pass_rate: str | Unset = UNSET,
        disruptions: str | Unset = UNSET,
        date_from: str | Unset = UNSET,
        date_to: str | Unset = UNSET,
    ) -> list[FlakyTestDisruption]:
        """List a flaky test's disruptions

        Lists the failing runs of one flaky test, 10 a page by default, with the same pagination
        headers as the flaky test list.

        `GET /projects/{project_id}/test_results/flaky_tests/{test_id}/disruptions` (listFlakyTestDisruptions).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project_id (str): ID (UUID) of the project.
            test_id (str): ID of the flaky test (`test_id` of the list).
            page (int | Unset): Page number, from 1 (a value that is not a positive integer
                counts as 1). Default: 1.
            page_size (int | Unset): Items per page (default 10, at most 100). Default: 10.
            branch (str | Unset): Only runs on this branch.
            commit_sha (str | Unset): Only runs of this commit.
            test_name (str | Unset): Only tests of this name.
            group (str | Unset): Only tests of this group.
            file (str | Unset): Only tests in this file.
            suite (str | Unset): Only tests of this suite.
            runner (str | Unset): Only tests of this runner.
            label (str | Unset): Only tests with this label.
            resolved (str | Unset): `true` or `false`: only resolved or unresolved tests.
            scheduled (str | Unset): `true` or `false`: only tests with or without a scheduled
                fix.
            age (str | Unset): Filter on the age in days (the service's filter syntax, e.g.
                `>7`).
            pass_rate (str | Unset): Filter on the pass rate (e.g. `<90`).
            disruptions (str | Unset): Filter on the number of disruptions (e.g. `>=3`).
            date_from (str | Unset): Only disruptions from this date (YYYY-MM-DD).
            date_to (str | Unset): Only disruptions up to this date (YYYY-MM-DD).

        Returns:
            list[FlakyTestDisruption]

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _list_flaky_test_disruptions.OPERATION,
            _list_flaky_test_disruptions._get_kwargs(
                project_id=project_id,
                test_id=test_id,
                page=page,
                page_size=page_size,
                branch=branch,
                commit_sha=commit_sha,
                test_name=test_name,
                group=group,
                file=file,
                suite=suite,
                runner=runner,
                label=label,
                resolved=resolved,
                scheduled=scheduled,
                age=age,
                pass_rate=pass_rate,
                disruptions=disruptions,
                date_from=date_from,
                date_to=date_to,
            ),
            _list_flaky_test_disruptions._parse_response,
        )

    async def list_flaky_test_disruptions_async(
        self,
        project_id: str,
        test_id: str,
        *,
        page: int | Unset = 1,
        page_size: int | Unset = 10,
        branch: str | Unset = UNSET,
        commit_sha: str | Unset = UNSET,
        test_name: str | Unset = UNSET,
        group: str | Unset = UNSET,
        file: str | Unset = UNSET,
        suite: str | Unset = UNSET,
        runner: str | Unset = UNSET,
        label: str | Unset = UNSET,
        resolved: str | Unset = UNSET,
        scheduled: str | Unset = UNSET,
        age: str | Unset = UNSET,
        pass_rate: str | Unset = UNSET,
        disruptions: str | Unset = UNSET,
        date_from: str | Unset = UNSET,
        date_to: str | Unset = UNSET,
    ) -> list[FlakyTestDisruption]:
        """List a flaky test's disruptions

        Lists the failing runs of one flaky test, 10 a page by default, with the same pagination
        headers as the flaky test list.

        `GET /projects/{project_id}/test_results/flaky_tests/{test_id}/disruptions` (listFlakyTestDisruptions).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project_id (str): ID (UUID) of the project.
            test_id (str): ID of the flaky test (`test_id` of the list).
            page (int | Unset): Page number, from 1 (a value that is not a positive integer
                counts as 1). Default: 1.
            page_size (int | Unset): Items per page (default 10, at most 100). Default: 10.
            branch (str | Unset): Only runs on this branch.
            commit_sha (str | Unset): Only runs of this commit.
            test_name (str | Unset): Only tests of this name.
            group (str | Unset): Only tests of this group.
            file (str | Unset): Only tests in this file.
            suite (str | Unset): Only tests of this suite.
            runner (str | Unset): Only tests of this runner.
            label (str | Unset): Only tests with this label.
            resolved (str | Unset): `true` or `false`: only resolved or unresolved tests.
            scheduled (str | Unset): `true` or `false`: only tests with or without a scheduled
                fix.
            age (str | Unset): Filter on the age in days (the service's filter syntax, e.g.
                `>7`).
            pass_rate (str | Unset): Filter on the pass rate (e.g. `<90`).
            disruptions (str | Unset): Filter on the number of disruptions (e.g. `>=3`).
            date_from (str | Unset): Only disruptions from this date (YYYY-MM-DD).
            date_to (str | Unset): Only disruptions up to this date (YYYY-MM-DD).

        Returns:
            list[FlakyTestDisruption]

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _list_flaky_test_disruptions.OPERATION,
            _list_flaky_test_disruptions._get_kwargs(
                project_id=project_id,
                test_id=test_id,
                page=page,
                page_size=page_size,
                branch=branch,
                commit_sha=commit_sha,
                test_name=test_name,
                group=group,
                file=file,
                suite=suite,
                runner=runner,
                label=label,
                resolved=resolved,
                scheduled=scheduled,
                age=age,
                pass_rate=pass_rate,
                disruptions=disruptions,
                date_from=date_from,
                date_to=date_to,
            ),
            _list_flaky_test_disruptions._parse_response,
        )

    def iter_list_flaky_test_disruptions(
        self,
        project_id: str,
        test_id: str,
        *,
        page: int | Unset = 1,
        page_size: int | Unset = 10,
        branch: str | Unset = UNSET,
        commit_sha: str | Unset = UNSET,
        test_name: str | Unset = UNSET,
        group: str | Unset = UNSET,
        file: str | Unset = UNSET,
        suite: str | Unset = UNSET,
        runner: str | Unset = UNSET,
        label: str | Unset = UNSET,
        resolved: str | Unset = UNSET,
        scheduled: str | Unset = UNSET,
        age: str | Unset = UNSET,
        pass_rate: str | Unset = UNSET,
        disruptions: str | Unset = UNSET,
        date_from: str | Unset = UNSET,
        date_to: str | Unset = UNSET,
        max_items: int | None = None,
        max_pages: int | None = None,
    ) -> _Paginator[FlakyTestDisruption, list[FlakyTestDisruption]]:
        """List a flaky test's disruptions

        Lists the failing runs of one flaky test, 10 a page by default, with the same pagination
        headers as the flaky test list.

        `GET /projects/{project_id}/test_results/flaky_tests/{test_id}/disruptions` (listFlakyTestDisruptions).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project_id (str): ID (UUID) of the project.
            test_id (str): ID of the flaky test (`test_id` of the list).
            page (int | Unset): Page number, from 1 (a value that is not a positive integer
                counts as 1). Default: 1.
            page_size (int | Unset): Items per page (default 10, at most 100). Default: 10.
            branch (str | Unset): Only runs on this branch.
            commit_sha (str | Unset): Only runs of this commit.
            test_name (str | Unset): Only tests of this name.
            group (str | Unset): Only tests of this group.
            file (str | Unset): Only tests in this file.
            suite (str | Unset): Only tests of this suite.
            runner (str | Unset): Only tests of this runner.
            label (str | Unset): Only tests with this label.
            resolved (str | Unset): `true` or `false`: only resolved or unresolved tests.
            scheduled (str | Unset): `true` or `false`: only tests with or without a scheduled
                fix.
            age (str | Unset): Filter on the age in days (the service's filter syntax, e.g.
                `>7`).
            pass_rate (str | Unset): Filter on the pass rate (e.g. `<90`).
            disruptions (str | Unset): Filter on the number of disruptions (e.g. `>=3`).
            date_from (str | Unset): Only disruptions from this date (YYYY-MM-DD).
            date_to (str | Unset): Only disruptions up to this date (YYYY-MM-DD).
            max_items: stop after this many items (default: all).
            max_pages: stop after fetching this many pages (default: all, up to 10,000, then
                PaginationError). A walk also raises PaginationError on a page URL seen before
                and after 5 pages in a row that bring nothing new (no item, or a page sent before).

        Returns:
            Paginator[FlakyTestDisruption, list[FlakyTestDisruption]]: iterate with `for` or `async for` (link-header pagination); pages are fetched lazily, as the items are used.

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return _Paginator(
            self,
            _list_flaky_test_disruptions.OPERATION,
            _list_flaky_test_disruptions._get_kwargs(
                project_id=project_id,
                test_id=test_id,
                page=page,
                page_size=page_size,
                branch=branch,
                commit_sha=commit_sha,
                test_name=test_name,
                group=group,
                file=file,
                suite=suite,
                runner=runner,
                label=label,
                resolved=resolved,
                scheduled=scheduled,
                age=age,
                pass_rate=pass_rate,
                disruptions=disruptions,
                date_from=date_from,
                date_to=date_to,
            ),
            _list_flaky_test_disruptions._parse_response,
            lambda body: body,
            max_items=max_items,
            max_pages=max_pages,
        )

    # -- getFlakyHistory --

    def get_flaky_history(
        self,
        project_id: str,
        *,
        branch: str | Unset = UNSET,
        commit_sha: str | Unset = UNSET,
        test_name: str | Unset = UNSET,
        group: str | Unset = UNSET,
        file: str | Unset = UNSET,
        suite: str | Unset = UNSET,
        runner: str | Unset = UNSET,
        label: str | Unset = UNSET,
        resolved: str | Unset = UNSET,
        scheduled: str | Unset = UNSET,
        age: str | Unset = UNSET,
        pass_rate: str | Unset = UNSET,
        disruptions: str | Unset = UNSET,
        date_from: str | Unset = UNSET,
        date_to: str | Unset = UNSET,
    ) -> list[DisruptionDay]:
        """Flaky test history

        The number of flaky tests a day, as a bare array of `{day, count}`.

        `GET /projects/{project_id}/test_results/flaky_history` (getFlakyHistory).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project_id (str): ID (UUID) of the project.
            branch (str | Unset): Only runs on this branch.
            commit_sha (str | Unset): Only runs of this commit.
            test_name (str | Unset): Only tests of this name.
            group (str | Unset): Only tests of this group.
            file (str | Unset): Only tests in this file.
            suite (str | Unset): Only tests of this suite.
            runner (str | Unset): Only tests of this runner.
            label (str | Unset): Only tests with this label.
            resolved (str | Unset): `true` or `false`: only resolved or unresolved tests.
            scheduled (str | Unset): `true` or `false`: only tests with or without a scheduled
                fix.
            age (str | Unset): Filter on the age in days (the service's filter syntax, e.g.
                `>7`).
            pass_rate (str | Unset): Filter on the pass rate (e.g. `<90`).
            disruptions (str | Unset): Filter on the number of disruptions (e.g. `>=3`).
            date_from (str | Unset): Only disruptions from this date (YYYY-MM-DD).
            date_to (str | Unset): Only disruptions up to this date (YYYY-MM-DD).

        Returns:
            list[DisruptionDay]

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _get_flaky_history.OPERATION,
            _get_flaky_history._get_kwargs(
                project_id=project_id,
                branch=branch,
                commit_sha=commit_sha,
                test_name=test_name,
                group=group,
                file=file,
                suite=suite,
                runner=runner,
                label=label,
                resolved=resolved,
                scheduled=scheduled,
                age=age,
                pass_rate=pass_rate,
                disruptions=disruptions,
                date_from=date_from,
                date_to=date_to,
            ),
            _get_flaky_history._parse_response,
        )

    async def get_flaky_history_async(
        self,
        project_id: str,
        *,
        branch: str | Unset = UNSET,
        commit_sha: str | Unset = UNSET,
        test_name: str | Unset = UNSET,
        group: str | Unset = UNSET,
        file: str | Unset = UNSET,
        suite: str | Unset = UNSET,
        runner: str | Unset = UNSET,
        label: str | Unset = UNSET,
        resolved: str | Unset = UNSET,
        scheduled: str | Unset = UNSET,
        age: str | Unset = UNSET,
        pass_rate: str | Unset = UNSET,
        disruptions: str | Unset = UNSET,
        date_from: str | Unset = UNSET,
        date_to: str | Unset = UNSET,
    ) -> list[DisruptionDay]:
        """Flaky test history

        The number of flaky tests a day, as a bare array of `{day, count}`.

        `GET /projects/{project_id}/test_results/flaky_history` (getFlakyHistory).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project_id (str): ID (UUID) of the project.
            branch (str | Unset): Only runs on this branch.
            commit_sha (str | Unset): Only runs of this commit.
            test_name (str | Unset): Only tests of this name.
            group (str | Unset): Only tests of this group.
            file (str | Unset): Only tests in this file.
            suite (str | Unset): Only tests of this suite.
            runner (str | Unset): Only tests of this runner.
            label (str | Unset): Only tests with this label.
            resolved (str | Unset): `true` or `false`: only resolved or unresolved tests.
            scheduled (str | Unset): `true` or `false`: only tests with or without a scheduled
                fix.
            age (str | Unset): Filter on the age in days (the service's filter syntax, e.g.
                `>7`).
            pass_rate (str | Unset): Filter on the pass rate (e.g. `<90`).
            disruptions (str | Unset): Filter on the number of disruptions (e.g. `>=3`).
            date_from (str | Unset): Only disruptions from this date (YYYY-MM-DD).
            date_to (str | Unset): Only disruptions up to this date (YYYY-MM-DD).

        Returns:
            list[DisruptionDay]

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _get_flaky_history.OPERATION,
            _get_flaky_history._get_kwargs(
                project_id=project_id,
                branch=branch,
                commit_sha=commit_sha,
                test_name=test_name,
                group=group,
                file=file,
                suite=suite,
                runner=runner,
                label=label,
                resolved=resolved,
                scheduled=scheduled,
                age=age,
                pass_rate=pass_rate,
                disruptions=disruptions,
                date_from=date_from,
                date_to=date_to,
            ),
            _get_flaky_history._parse_response,
        )

    # -- getDisruptionHistory --

    def get_disruption_history(
        self,
        project_id: str,
        *,
        branch: str | Unset = UNSET,
        commit_sha: str | Unset = UNSET,
        test_name: str | Unset = UNSET,
        group: str | Unset = UNSET,
        file: str | Unset = UNSET,
        suite: str | Unset = UNSET,
        runner: str | Unset = UNSET,
        label: str | Unset = UNSET,
        resolved: str | Unset = UNSET,
        scheduled: str | Unset = UNSET,
        age: str | Unset = UNSET,
        pass_rate: str | Unset = UNSET,
        disruptions: str | Unset = UNSET,
        date_from: str | Unset = UNSET,
        date_to: str | Unset = UNSET,
    ) -> list[DisruptionDay]:
        """Disruption history

        The number of disruptions (failing runs of flaky tests) a day, as a bare array of `{day,
        count}`.

        `GET /projects/{project_id}/test_results/disruption_history` (getDisruptionHistory).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project_id (str): ID (UUID) of the project.
            branch (str | Unset): Only runs on this branch.
            commit_sha (str | Unset): Only runs of this commit.
            test_name (str | Unset): Only tests of this name.
            group (str | Unset): Only tests of this group.
            file (str | Unset): Only tests in this file.
            suite (str | Unset): Only tests of this suite.
            runner (str | Unset): Only tests of this runner.
            label (str | Unset): Only tests with this label.
            resolved (str | Unset): `true` or `false`: only resolved or unresolved tests.
            scheduled (str | Unset): `true` or `false`: only tests with or without a scheduled
                fix.
            age (str | Unset): Filter on the age in days (the service's filter syntax, e.g.
                `>7`).
            pass_rate (str | Unset): Filter on the pass rate (e.g. `<90`).
            disruptions (str | Unset): Filter on the number of disruptions (e.g. `>=3`).
            date_from (str | Unset): Only disruptions from this date (YYYY-MM-DD).
            date_to (str | Unset): Only disruptions up to this date (YYYY-MM-DD).

        Returns:
            list[DisruptionDay]

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _get_disruption_history.OPERATION,
            _get_disruption_history._get_kwargs(
                project_id=project_id,
                branch=branch,
                commit_sha=commit_sha,
                test_name=test_name,
                group=group,
                file=file,
                suite=suite,
                runner=runner,
                label=label,
                resolved=resolved,
                scheduled=scheduled,
                age=age,
                pass_rate=pass_rate,
                disruptions=disruptions,
                date_from=date_from,
                date_to=date_to,
            ),
            _get_disruption_history._parse_response,
        )

    async def get_disruption_history_async(
        self,
        project_id: str,
        *,
        branch: str | Unset = UNSET,
        commit_sha: str | Unset = UNSET,
        test_name: str | Unset = UNSET,
        group: str | Unset = UNSET,
        file: str | Unset = UNSET,
        suite: str | Unset = UNSET,
        runner: str | Unset = UNSET,
        label: str | Unset = UNSET,
        resolved: str | Unset = UNSET,
        scheduled: str | Unset = UNSET,
        age: str | Unset = UNSET,
        pass_rate: str | Unset = UNSET,
        disruptions: str | Unset = UNSET,
        date_from: str | Unset = UNSET,
        date_to: str | Unset = UNSET,
    ) -> list[DisruptionDay]:
        """Disruption history

        The number of disruptions (failing runs of flaky tests) a day, as a bare array of `{day,
        count}`.

        `GET /projects/{project_id}/test_results/disruption_history` (getDisruptionHistory).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project_id (str): ID (UUID) of the project.
            branch (str | Unset): Only runs on this branch.
            commit_sha (str | Unset): Only runs of this commit.
            test_name (str | Unset): Only tests of this name.
            group (str | Unset): Only tests of this group.
            file (str | Unset): Only tests in this file.
            suite (str | Unset): Only tests of this suite.
            runner (str | Unset): Only tests of this runner.
            label (str | Unset): Only tests with this label.
            resolved (str | Unset): `true` or `false`: only resolved or unresolved tests.
            scheduled (str | Unset): `true` or `false`: only tests with or without a scheduled
                fix.
            age (str | Unset): Filter on the age in days (the service's filter syntax, e.g.
                `>7`).
            pass_rate (str | Unset): Filter on the pass rate (e.g. `<90`).
            disruptions (str | Unset): Filter on the number of disruptions (e.g. `>=3`).
            date_from (str | Unset): Only disruptions from this date (YYYY-MM-DD).
            date_to (str | Unset): Only disruptions up to this date (YYYY-MM-DD).

        Returns:
            list[DisruptionDay]

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _get_disruption_history.OPERATION,
            _get_disruption_history._get_kwargs(
                project_id=project_id,
                branch=branch,
                commit_sha=commit_sha,
                test_name=test_name,
                group=group,
                file=file,
                suite=suite,
                runner=runner,
                label=label,
                resolved=resolved,
                scheduled=scheduled,
                age=age,
                pass_rate=pass_rate,
                disruptions=disruptions,
                date_from=date_from,
                date_to=date_to,
            ),
            _get_disruption_history._parse_response,
        )

    # -- troubleshootWorkflow --

    def troubleshoot_workflow(
        self,
        workflow_id: str,
    ) -> WorkflowTroubleshoot:
        """Troubleshoot a workflow

        The workflow and its project. An unknown, malformed or foreign workflow ID, or a missing
        permission, is answered with 404 `Not Found` (plain text), as for workflow describe.

        `GET /troubleshoot/workflow/{workflow_id}` (troubleshootWorkflow).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            workflow_id (str): ID of the workflow. An unknown or malformed ID is answered with
                404, like a workflow the caller may not see.

        Returns:
            WorkflowTroubleshoot

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _troubleshoot_workflow.OPERATION,
            _troubleshoot_workflow._get_kwargs(
                workflow_id=workflow_id,
            ),
            _troubleshoot_workflow._parse_response,
        )

    async def troubleshoot_workflow_async(
        self,
        workflow_id: str,
    ) -> WorkflowTroubleshoot:
        """Troubleshoot a workflow

        The workflow and its project. An unknown, malformed or foreign workflow ID, or a missing
        permission, is answered with 404 `Not Found` (plain text), as for workflow describe.

        `GET /troubleshoot/workflow/{workflow_id}` (troubleshootWorkflow).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            workflow_id (str): ID of the workflow. An unknown or malformed ID is answered with
                404, like a workflow the caller may not see.

        Returns:
            WorkflowTroubleshoot

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _troubleshoot_workflow.OPERATION,
            _troubleshoot_workflow._get_kwargs(
                workflow_id=workflow_id,
            ),
            _troubleshoot_workflow._parse_response,
        )

    # -- troubleshootPipeline --

    def troubleshoot_pipeline(
        self,
        pipeline_id: str,
    ) -> PipelineTroubleshoot:
        """Troubleshoot a pipeline

        The pipeline with its blocks, its workflow and its project. An unknown, malformed or
        foreign pipeline ID, or a missing permission, is answered with 404 `Not Found` (plain
        text), as for pipeline describe.

        `GET /troubleshoot/pipeline/{pipeline_id}` (troubleshootPipeline).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            pipeline_id (str): ID of the pipeline. An unknown or malformed ID is answered with
                404, like a pipeline the caller may not see.

        Returns:
            PipelineTroubleshoot

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _troubleshoot_pipeline.OPERATION,
            _troubleshoot_pipeline._get_kwargs(
                pipeline_id=pipeline_id,
            ),
            _troubleshoot_pipeline._parse_response,
        )

    async def troubleshoot_pipeline_async(
        self,
        pipeline_id: str,
    ) -> PipelineTroubleshoot:
        """Troubleshoot a pipeline

        The pipeline with its blocks, its workflow and its project. An unknown, malformed or
        foreign pipeline ID, or a missing permission, is answered with 404 `Not Found` (plain
        text), as for pipeline describe.

        `GET /troubleshoot/pipeline/{pipeline_id}` (troubleshootPipeline).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            pipeline_id (str): ID of the pipeline. An unknown or malformed ID is answered with
                404, like a pipeline the caller may not see.

        Returns:
            PipelineTroubleshoot

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _troubleshoot_pipeline.OPERATION,
            _troubleshoot_pipeline._get_kwargs(
                pipeline_id=pipeline_id,
            ),
            _troubleshoot_pipeline._parse_response,
        )

    # -- troubleshootJob --

    def troubleshoot_job(
        self,
        job_id: str,
    ) -> JobTroubleshoot:
        """Troubleshoot a job

        The job with its block, pipeline, workflow and project. An unknown or malformed job ID
        is answered with 404 and the job service's message as a JSON string; a job of another
        organization with 404 `Not found` (plain text). A caller without `project.view` on the
        job's project is answered with 401 `Permission denied` (plain text).

        `GET /troubleshoot/job/{job_id}` (troubleshootJob).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            job_id (str): ID (UUID) of the job.

        Returns:
            JobTroubleshoot

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _troubleshoot_job.OPERATION,
            _troubleshoot_job._get_kwargs(
                job_id=job_id,
            ),
            _troubleshoot_job._parse_response,
        )

    async def troubleshoot_job_async(
        self,
        job_id: str,
    ) -> JobTroubleshoot:
        """Troubleshoot a job

        The job with its block, pipeline, workflow and project. An unknown or malformed job ID
        is answered with 404 and the job service's message as a JSON string; a job of another
        organization with 404 `Not found` (plain text). A caller without `project.view` on the
        job's project is answered with 401 `Permission denied` (plain text).

        `GET /troubleshoot/job/{job_id}` (troubleshootJob).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            job_id (str): ID (UUID) of the job.

        Returns:
            JobTroubleshoot

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _troubleshoot_job.OPERATION,
            _troubleshoot_job._get_kwargs(
                job_id=job_id,
            ),
            _troubleshoot_job._parse_response,
        )

    # -- listWorkflows --

    def list_workflows(
        self,
        *,
        project_id: str,
        branch_name: str | Unset = UNSET,
        label: str | Unset = UNSET,
        requester_id: str | Unset = UNSET,
        created_after: int | Unset = UNSET,
        created_before: int | Unset = UNSET,
        page: int | Unset = 1,
        page_size: int | Unset = 30,
    ) -> list[WorkflowListed]:
        """List workflows

        Lists a project's workflows, newest first, 30 a page by default.

        Differences from the docs: the response is a bare array whose items carry `triggered_by`
        as the enum *number* (0 = HOOK, 1 = SCHEDULE, 2 = API, 3 = MANUAL_RUN; describe sends
        the name) and the undocumented `rerun_of`, `repository_id` and `organization_id`. Every
        list is paginated with `page` and `page_size` (no maximum) and the `link`, `total`,
        `per-page`, `total-pages` and `page-number` headers, not only lists of more than 30
        items; `link` always has `rel="last"`. Without `project_id` the answer is 404 `Not
        Found`, not 400. `created_after`/`created_before` filters and the `label` and
        `requester_id` filters are undocumented; a non-numeric timestamp makes the server fail
        with 500. JSON responses may come without a Content-Type header.

        `GET /plumber-workflows` (listWorkflows).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project_id (str): ID of the project.
            branch_name (str | Unset): Only workflows of this branch.
            label (str | Unset): Only workflows of this git label (branch name, tag or pull
                request number). Undocumented.
            requester_id (str | Unset): Only workflows started by this user. Undocumented.
            created_after (int | Unset): Only workflows created after this time (Unix seconds).
                Undocumented.
            created_before (int | Unset): Only workflows created before this time (Unix
                seconds). Undocumented.
            page (int | Unset): Page number, from 1. Default: 1.
            page_size (int | Unset): Items per page (default 30). Default: 30.

        Returns:
            list[WorkflowListed]

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _list_workflows.OPERATION,
            _list_workflows._get_kwargs(
                project_id=project_id,
                branch_name=branch_name,
                label=label,
                requester_id=requester_id,
                created_after=created_after,
                created_before=created_before,
                page=page,
                page_size=page_size,
            ),
            _list_workflows._parse_response,
        )

    async def list_workflows_async(
        self,
        *,
        project_id: str,
        branch_name: str | Unset = UNSET,
        label: str | Unset = UNSET,
        requester_id: str | Unset = UNSET,
        created_after: int | Unset = UNSET,
        created_before: int | Unset = UNSET,
        page: int | Unset = 1,
        page_size: int | Unset = 30,
    ) -> list[WorkflowListed]:
        """List workflows

        Lists a project's workflows, newest first, 30 a page by default.

        Differences from the docs: the response is a bare array whose items carry `triggered_by`
        as the enum *number* (0 = HOOK, 1 = SCHEDULE, 2 = API, 3 = MANUAL_RUN; describe sends
        the name) and the undocumented `rerun_of`, `repository_id` and `organization_id`. Every
        list is paginated with `page` and `page_size` (no maximum) and the `link`, `total`,
        `per-page`, `total-pages` and `page-number` headers, not only lists of more than 30
        items; `link` always has `rel="last"`. Without `project_id` the answer is 404 `Not
        Found`, not 400. `created_after`/`created_before` filters and the `label` and
        `requester_id` filters are undocumented; a non-numeric timestamp makes the server fail
        with 500. JSON responses may come without a Content-Type header.

        `GET /plumber-workflows` (listWorkflows).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project_id (str): ID of the project.
            branch_name (str | Unset): Only workflows of this branch.
            label (str | Unset): Only workflows of this git label (branch name, tag or pull
                request number). Undocumented.
            requester_id (str | Unset): Only workflows started by this user. Undocumented.
            created_after (int | Unset): Only workflows created after this time (Unix seconds).
                Undocumented.
            created_before (int | Unset): Only workflows created before this time (Unix
                seconds). Undocumented.
            page (int | Unset): Page number, from 1. Default: 1.
            page_size (int | Unset): Items per page (default 30). Default: 30.

        Returns:
            list[WorkflowListed]

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _list_workflows.OPERATION,
            _list_workflows._get_kwargs(
                project_id=project_id,
                branch_name=branch_name,
                label=label,
                requester_id=requester_id,
                created_after=created_after,
                created_before=created_before,
                page=page,
                page_size=page_size,
            ),
            _list_workflows._parse_response,
        )

    def iter_list_workflows(
        self,
        *,
        project_id: str,
        branch_name: str | Unset = UNSET,
        label: str | Unset = UNSET,
        requester_id: str | Unset = UNSET,
        created_after: int | Unset = UNSET,
        created_before: int | Unset = UNSET,
        page: int | Unset = 1,
        page_size: int | Unset = 30,
        max_items: int | None = None,
        max_pages: int | None = None,
    ) -> _Paginator[WorkflowListed, list[WorkflowListed]]:
        """List workflows

        Lists a project's workflows, newest first, 30 a page by default.

        Differences from the docs: the response is a bare array whose items carry `triggered_by`
        as the enum *number* (0 = HOOK, 1 = SCHEDULE, 2 = API, 3 = MANUAL_RUN; describe sends
        the name) and the undocumented `rerun_of`, `repository_id` and `organization_id`. Every
        list is paginated with `page` and `page_size` (no maximum) and the `link`, `total`,
        `per-page`, `total-pages` and `page-number` headers, not only lists of more than 30
        items; `link` always has `rel="last"`. Without `project_id` the answer is 404 `Not
        Found`, not 400. `created_after`/`created_before` filters and the `label` and
        `requester_id` filters are undocumented; a non-numeric timestamp makes the server fail
        with 500. JSON responses may come without a Content-Type header.

        `GET /plumber-workflows` (listWorkflows).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project_id (str): ID of the project.
            branch_name (str | Unset): Only workflows of this branch.
            label (str | Unset): Only workflows of this git label (branch name, tag or pull
                request number). Undocumented.
            requester_id (str | Unset): Only workflows started by this user. Undocumented.
            created_after (int | Unset): Only workflows created after this time (Unix seconds).
                Undocumented.
            created_before (int | Unset): Only workflows created before this time (Unix
                seconds). Undocumented.
            page (int | Unset): Page number, from 1. Default: 1.
            page_size (int | Unset): Items per page (default 30). Default: 30.
            max_items: stop after this many items (default: all).
            max_pages: stop after fetching this many pages (default: all, up to 10,000, then
                PaginationError). A walk also raises PaginationError on a page URL seen before
                and after 5 pages in a row that bring nothing new (no item, or a page sent before).

        Returns:
            Paginator[WorkflowListed, list[WorkflowListed]]: iterate with `for` or `async for` (link-header pagination); pages are fetched lazily, as the items are used.

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return _Paginator(
            self,
            _list_workflows.OPERATION,
            _list_workflows._get_kwargs(
                project_id=project_id,
                branch_name=branch_name,
                label=label,
                requester_id=requester_id,
                created_after=created_after,
                created_before=created_before,
                page=page,
                page_size=page_size,
            ),
            _list_workflows._parse_response,
            lambda body: body,
            max_items=max_items,
            max_pages=max_pages,
        )

    # -- runWorkflow --

    def run_workflow(
        self,
        *,
        body: WorkflowRunRequest | WorkflowRunForm | WorkflowRunSnapshot | Unset = UNSET,
    ) -> WorkflowRunResult:
        """Run a workflow

        Starts a workflow for a git reference of a project, as a push would.

        Differences from the docs: the parameters may come from the query string, a form body or
        a JSON body; `reference` is effectively optional (empty by default) and a bare name is
        taken as a branch; a `parameters` object of environment variables is accepted (JSON
        only). The success body has `workflow_id` and `pipeline_id` only; the docs' example also
        shows `hook_id`. There is no idempotency key: every call starts a new workflow, even
        with an identical body. Without `project_id`, or for a project the user may not run jobs
        in, the answer is 404 `Not Found`, not 400. JSON responses may come without a Content-
        Type header.

        `POST /plumber-workflows` (runWorkflow).
        Never retried (not idempotent).

        Args:
            body (WorkflowRunRequest | Unset): Parameters of a new workflow run. The server also
                reads them from the query string.
            body (WorkflowRunForm | Unset): The same parameters form-encoded, as in the docs'
                curl example. Run parameters can only be sent in a JSON body.
            body (WorkflowRunSnapshot | Unset): A run of an uploaded snapshot of a working tree
                instead of a git reference, as the `sem` CLI's `create workflow` sends it: form
                fields and one file part.

        Returns:
            WorkflowRunResult

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _run_workflow.OPERATION,
            _run_workflow._get_kwargs(
                body=body,
            ),
            _run_workflow._parse_response,
        )

    async def run_workflow_async(
        self,
        *,
        body: WorkflowRunRequest | WorkflowRunForm | WorkflowRunSnapshot | Unset = UNSET,
    ) -> WorkflowRunResult:
        """Run a workflow

        Starts a workflow for a git reference of a project, as a push would.

        Differences from the docs: the parameters may come from the query string, a form body or
        a JSON body; `reference` is effectively optional (empty by default) and a bare name is
        taken as a branch; a `parameters` object of environment variables is accepted (JSON
        only). The success body has `workflow_id` and `pipeline_id` only; the docs' example also
        shows `hook_id`. There is no idempotency key: every call starts a new workflow, even
        with an identical body. Without `project_id`, or for a project the user may not run jobs
        in, the answer is 404 `Not Found`, not 400. JSON responses may come without a Content-
        Type header.

        `POST /plumber-workflows` (runWorkflow).
        Never retried (not idempotent).

        Args:
            body (WorkflowRunRequest | Unset): Parameters of a new workflow run. The server also
                reads them from the query string.
            body (WorkflowRunForm | Unset): The same parameters form-encoded, as in the docs'
                curl example. Run parameters can only be sent in a JSON body.
            body (WorkflowRunSnapshot | Unset): A run of an uploaded snapshot of a working tree
                instead of a git reference, as the `sem` CLI's `create workflow` sends it: form
                fields and one file part.

        Returns:
            WorkflowRunResult

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _run_workflow.OPERATION,
            _run_workflow._get_kwargs(
                body=body,
            ),
            _run_workflow._parse_response,
        )

    # -- describeWorkflow --

    def describe_workflow(
        self,
        workflow_id: str,
    ) -> WorkflowDescription:
        """Describe a workflow

        Returns one workflow.

        Differences from the docs: besides the documented fields the workflow has `triggered_by`
        (upper-case name: `HOOK`, `SCHEDULE`, `API` or `MANUAL_RUN`), `rerun_of`,
        `repository_id` and `organization_id`; empty fields are `""`, not null. A missing
        permission is answered with 404. JSON responses may come without a Content-Type header.

        `GET /plumber-workflows/{workflow_id}` (describeWorkflow).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            workflow_id (str): ID of the workflow. An unknown or malformed ID is answered with
                404, like a workflow the caller may not see.

        Returns:
            WorkflowDescription

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _describe_workflow.OPERATION,
            _describe_workflow._get_kwargs(
                workflow_id=workflow_id,
            ),
            _describe_workflow._parse_response,
        )

    async def describe_workflow_async(
        self,
        workflow_id: str,
    ) -> WorkflowDescription:
        """Describe a workflow

        Returns one workflow.

        Differences from the docs: besides the documented fields the workflow has `triggered_by`
        (upper-case name: `HOOK`, `SCHEDULE`, `API` or `MANUAL_RUN`), `rerun_of`,
        `repository_id` and `organization_id`; empty fields are `""`, not null. A missing
        permission is answered with 404. JSON responses may come without a Content-Type header.

        `GET /plumber-workflows/{workflow_id}` (describeWorkflow).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            workflow_id (str): ID of the workflow. An unknown or malformed ID is answered with
                404, like a workflow the caller may not see.

        Returns:
            WorkflowDescription

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _describe_workflow.OPERATION,
            _describe_workflow._get_kwargs(
                workflow_id=workflow_id,
            ),
            _describe_workflow._parse_response,
        )

    # -- rescheduleWorkflow --

    def reschedule_workflow(
        self,
        workflow_id: str,
        *,
        body: WorkflowRescheduleRequest | WorkflowRescheduleRequest | Unset = UNSET,
        request_token: str | Unset = UNSET,
    ) -> WorkflowRescheduleResult:
        """Rerun a workflow

        Starts a new workflow from the same commit and configuration.

        The idempotency token `request_token` is required, either in the query string (as
        documented), a form body or a JSON body; without it (or with `""`) the answer is 400. A
        retry with the same token returns the workflow created by the first call (the same
        `wf_id` and `ppl_id`), even for another `workflow_id`. A missing permission is answered
        with 404. JSON responses may come without a Content-Type header.

        `POST /plumber-workflows/{workflow_id}/reschedule` (rescheduleWorkflow).
        Retried as the retry policy allows only when `request_token` is given (the same
        token is sent on every attempt); otherwise sent once.

        Args:
            workflow_id (str): ID of the workflow. An unknown or malformed ID is answered with
                404, like a workflow the caller may not see.
            request_token (str | Unset): Idempotency token (any non-empty string). Required here
                or in the body.
            body (WorkflowRescheduleRequest | Unset): The idempotency token, when sent in the
                body instead of the query string.
            body (WorkflowRescheduleRequest | Unset): The idempotency token, when sent in the
                body instead of the query string.

        Returns:
            WorkflowRescheduleResult

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _reschedule_workflow.OPERATION,
            _reschedule_workflow._get_kwargs(
                workflow_id=workflow_id,
                body=body,
                request_token=request_token,
            ),
            _reschedule_workflow._parse_response,
        )

    async def reschedule_workflow_async(
        self,
        workflow_id: str,
        *,
        body: WorkflowRescheduleRequest | WorkflowRescheduleRequest | Unset = UNSET,
        request_token: str | Unset = UNSET,
    ) -> WorkflowRescheduleResult:
        """Rerun a workflow

        Starts a new workflow from the same commit and configuration.

        The idempotency token `request_token` is required, either in the query string (as
        documented), a form body or a JSON body; without it (or with `""`) the answer is 400. A
        retry with the same token returns the workflow created by the first call (the same
        `wf_id` and `ppl_id`), even for another `workflow_id`. A missing permission is answered
        with 404. JSON responses may come without a Content-Type header.

        `POST /plumber-workflows/{workflow_id}/reschedule` (rescheduleWorkflow).
        Retried as the retry policy allows only when `request_token` is given (the same
        token is sent on every attempt); otherwise sent once.

        Args:
            workflow_id (str): ID of the workflow. An unknown or malformed ID is answered with
                404, like a workflow the caller may not see.
            request_token (str | Unset): Idempotency token (any non-empty string). Required here
                or in the body.
            body (WorkflowRescheduleRequest | Unset): The idempotency token, when sent in the
                body instead of the query string.
            body (WorkflowRescheduleRequest | Unset): The idempotency token, when sent in the
                body instead of the query string.

        Returns:
            WorkflowRescheduleResult

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _reschedule_workflow.OPERATION,
            _reschedule_workflow._get_kwargs(
                workflow_id=workflow_id,
                body=body,
                request_token=request_token,
            ),
            _reschedule_workflow._parse_response,
        )

    # -- terminateWorkflow --

    def terminate_workflow(
        self,
        workflow_id: str,
    ) -> str:
        """Stop a workflow

        Stops every running pipeline of the workflow. The request body is ignored.

        Differences from the docs: the success body is a JSON string counting the pipelines
        being stopped, e.g. `"Termination started for 2 pipelines."`; the docs show an empty
        200. Stopping a workflow that has nothing running succeeds with `"Termination started
        for 0 pipelines."`. A missing permission is answered with 404. JSON responses may come
        without a Content-Type header.

        `POST /plumber-workflows/{workflow_id}/terminate` (terminateWorkflow).
        Never retried (not idempotent).

        Args:
            workflow_id (str): ID of the workflow. An unknown or malformed ID is answered with
                404, like a workflow the caller may not see.

        Returns:
            str

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _terminate_workflow.OPERATION,
            _terminate_workflow._get_kwargs(
                workflow_id=workflow_id,
            ),
            _terminate_workflow._parse_response,
        )

    async def terminate_workflow_async(
        self,
        workflow_id: str,
    ) -> str:
        """Stop a workflow

        Stops every running pipeline of the workflow. The request body is ignored.

        Differences from the docs: the success body is a JSON string counting the pipelines
        being stopped, e.g. `"Termination started for 2 pipelines."`; the docs show an empty
        200. Stopping a workflow that has nothing running succeeds with `"Termination started
        for 0 pipelines."`. A missing permission is answered with 404. JSON responses may come
        without a Content-Type header.

        `POST /plumber-workflows/{workflow_id}/terminate` (terminateWorkflow).
        Never retried (not idempotent).

        Args:
            workflow_id (str): ID of the workflow. An unknown or malformed ID is answered with
                404, like a workflow the caller may not see.

        Returns:
            str

        Raises:
            semaphoreci_openapi.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphoreci_openapi.errors.ResponseParseError: the answer does not fit the spec.
            semaphoreci_openapi.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphoreci_openapi.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _terminate_workflow.OPERATION,
            _terminate_workflow._get_kwargs(
                workflow_id=workflow_id,
            ),
            _terminate_workflow._parse_response,
        )
