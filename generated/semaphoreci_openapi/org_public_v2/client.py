"""The Semaphore Public API v2 (organization host) client: `Client`, one method per operation."""

from __future__ import annotations

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
    from .api.canvases import approve_stage_event as _approve_stage_event
    from .api.canvases import create_canvas as _create_canvas
    from .api.canvases import describe_canvas as _describe_canvas
    from .api.canvases import describe_event_source as _describe_event_source
    from .api.canvases import describe_stage as _describe_stage
    from .api.canvases import list_event_sources as _list_event_sources
    from .api.canvases import list_stage_events as _list_stage_events
    from .api.canvases import list_stages as _list_stages
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
    from .api.notifications import create_notification as _create_notification
    from .api.notifications import delete_notification as _delete_notification
    from .api.notifications import describe_notification as _describe_notification
    from .api.notifications import list_notifications as _list_notifications
    from .api.notifications import update_notification as _update_notification
    from .api.pipelines import describe_pipeline as _describe_pipeline
    from .api.pipelines import describe_pipeline_topology as _describe_pipeline_topology
    from .api.pipelines import list_pipelines as _list_pipelines
    from .api.pipelines import partial_rebuild_pipeline as _partial_rebuild_pipeline
    from .api.pipelines import terminate_pipeline as _terminate_pipeline
    from .api.pipelines import validate_yaml as _validate_yaml
    from .api.project_secrets import create_project_secret as _create_project_secret
    from .api.project_secrets import delete_project_secret as _delete_project_secret
    from .api.project_secrets import describe_project_secret as _describe_project_secret
    from .api.project_secrets import list_project_secrets as _list_project_secrets
    from .api.project_secrets import update_project_secret as _update_project_secret
    from .api.projects import create_project as _create_project
    from .api.projects import delete_project as _delete_project
    from .api.projects import describe_project as _describe_project
    from .api.projects import list_projects as _list_projects
    from .api.projects import update_project as _update_project
    from .api.secrets import create_secret as _create_secret
    from .api.secrets import delete_secret as _delete_secret
    from .api.secrets import describe_secret as _describe_secret
    from .api.secrets import list_secrets as _list_secrets
    from .api.secrets import update_secret as _update_secret
    from .api.self_hosted_agents import create_agent_type as _create_agent_type
    from .api.self_hosted_agents import delete_agent_type as _delete_agent_type
    from .api.self_hosted_agents import describe_agent as _describe_agent
    from .api.self_hosted_agents import describe_agent_type as _describe_agent_type
    from .api.self_hosted_agents import disable_agents as _disable_agents
    from .api.self_hosted_agents import list_agent_types as _list_agent_types
    from .api.self_hosted_agents import list_agents as _list_agents
    from .api.self_hosted_agents import update_agent_type as _update_agent_type
    from .api.specification import get_open_api_document as _get_open_api_document
    from .api.tasks import create_task as _create_task
    from .api.tasks import delete_task as _delete_task
    from .api.tasks import describe_task as _describe_task
    from .api.tasks import list_tasks as _list_tasks
    from .api.tasks import replace_task as _replace_task
    from .api.tasks import trigger_task as _trigger_task
    from .api.tasks import update_task as _update_task
    from .api.workflows import describe_workflow as _describe_workflow
    from .api.workflows import list_workflows as _list_workflows
    from .api.workflows import reschedule_workflow as _reschedule_workflow
    from .api.workflows import schedule_workflow as _schedule_workflow
    from .api.workflows import terminate_workflow as _terminate_workflow
    from .models import (
        Agent,
        AgentType,
        AgentTypeInput,
        Canvas,
        CanvasInput,
        CordonResponse,
        Dashboard,
        DashboardInput,
        DeploymentTarget,
        DescribeResponse,
        DisableAllRequest,
        EventSource,
        GetOpenApiDocumentResponse200,
        HistoryItemType0,
        ListDashboardsOrder,
        ListDeploymentHistoryDirection,
        ListPipelinesDirection,
        ListProjectsDirection,
        ListProjectSecretsOrder,
        ListSecretsOrder,
        ListTasksDirection,
        ListWorkflowsDirection,
        ListWorkflowsGitRefType,
        Message,
        Notification,
        NotificationDeleted,
        NotificationInput,
        OperationMessage,
        PartialRebuildPipelineBody,
        PartialRebuildResponse,
        Pipeline,
        Project,
        ProjectDeleted,
        ProjectInput,
        ProjectSecret,
        ProjectSecretInput,
        RescheduleResponse,
        RescheduleWorkflowBody,
        ScheduleRequest,
        ScheduleResponse,
        Secret,
        SecretDeleted,
        SecretInput,
        Stage,
        StageEvent,
        TargetDeleted,
        TargetInput,
        Task,
        TaskInput,
        Timestamp,
        Topology,
        Trigger,
        TriggerRequest,
        ValidateYamlBody,
        Workflow,
    )
else:
    _create_canvas = _LazyModule(f"{__package__}.api.canvases.create_canvas")
    _describe_canvas = _LazyModule(f"{__package__}.api.canvases.describe_canvas")
    _list_event_sources = _LazyModule(f"{__package__}.api.canvases.list_event_sources")
    _describe_event_source = _LazyModule(f"{__package__}.api.canvases.describe_event_source")
    _list_stages = _LazyModule(f"{__package__}.api.canvases.list_stages")
    _describe_stage = _LazyModule(f"{__package__}.api.canvases.describe_stage")
    _list_stage_events = _LazyModule(f"{__package__}.api.canvases.list_stage_events")
    _approve_stage_event = _LazyModule(f"{__package__}.api.canvases.approve_stage_event")
    _list_dashboards = _LazyModule(f"{__package__}.api.dashboards.list_dashboards")
    _create_dashboard = _LazyModule(f"{__package__}.api.dashboards.create_dashboard")
    _describe_dashboard = _LazyModule(f"{__package__}.api.dashboards.describe_dashboard")
    _update_dashboard = _LazyModule(f"{__package__}.api.dashboards.update_dashboard")
    _delete_dashboard = _LazyModule(f"{__package__}.api.dashboards.delete_dashboard")
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
    _list_deployment_history = _LazyModule(
        f"{__package__}.api.deployment_targets.list_deployment_history"
    )
    _deactivate_deployment_target = _LazyModule(
        f"{__package__}.api.deployment_targets.deactivate_deployment_target"
    )
    _activate_deployment_target = _LazyModule(
        f"{__package__}.api.deployment_targets.activate_deployment_target"
    )
    _list_notifications = _LazyModule(f"{__package__}.api.notifications.list_notifications")
    _create_notification = _LazyModule(f"{__package__}.api.notifications.create_notification")
    _describe_notification = _LazyModule(f"{__package__}.api.notifications.describe_notification")
    _update_notification = _LazyModule(f"{__package__}.api.notifications.update_notification")
    _delete_notification = _LazyModule(f"{__package__}.api.notifications.delete_notification")
    _list_pipelines = _LazyModule(f"{__package__}.api.pipelines.list_pipelines")
    _describe_pipeline = _LazyModule(f"{__package__}.api.pipelines.describe_pipeline")
    _terminate_pipeline = _LazyModule(f"{__package__}.api.pipelines.terminate_pipeline")
    _describe_pipeline_topology = _LazyModule(
        f"{__package__}.api.pipelines.describe_pipeline_topology"
    )
    _partial_rebuild_pipeline = _LazyModule(f"{__package__}.api.pipelines.partial_rebuild_pipeline")
    _validate_yaml = _LazyModule(f"{__package__}.api.pipelines.validate_yaml")
    _list_project_secrets = _LazyModule(f"{__package__}.api.project_secrets.list_project_secrets")
    _create_project_secret = _LazyModule(f"{__package__}.api.project_secrets.create_project_secret")
    _describe_project_secret = _LazyModule(
        f"{__package__}.api.project_secrets.describe_project_secret"
    )
    _update_project_secret = _LazyModule(f"{__package__}.api.project_secrets.update_project_secret")
    _delete_project_secret = _LazyModule(f"{__package__}.api.project_secrets.delete_project_secret")
    _list_projects = _LazyModule(f"{__package__}.api.projects.list_projects")
    _create_project = _LazyModule(f"{__package__}.api.projects.create_project")
    _describe_project = _LazyModule(f"{__package__}.api.projects.describe_project")
    _update_project = _LazyModule(f"{__package__}.api.projects.update_project")
    _delete_project = _LazyModule(f"{__package__}.api.projects.delete_project")
    _list_secrets = _LazyModule(f"{__package__}.api.secrets.list_secrets")
    _create_secret = _LazyModule(f"{__package__}.api.secrets.create_secret")
    _describe_secret = _LazyModule(f"{__package__}.api.secrets.describe_secret")
    _update_secret = _LazyModule(f"{__package__}.api.secrets.update_secret")
    _delete_secret = _LazyModule(f"{__package__}.api.secrets.delete_secret")
    _list_agent_types = _LazyModule(f"{__package__}.api.self_hosted_agents.list_agent_types")
    _create_agent_type = _LazyModule(f"{__package__}.api.self_hosted_agents.create_agent_type")
    _describe_agent_type = _LazyModule(f"{__package__}.api.self_hosted_agents.describe_agent_type")
    _update_agent_type = _LazyModule(f"{__package__}.api.self_hosted_agents.update_agent_type")
    _delete_agent_type = _LazyModule(f"{__package__}.api.self_hosted_agents.delete_agent_type")
    _disable_agents = _LazyModule(f"{__package__}.api.self_hosted_agents.disable_agents")
    _list_agents = _LazyModule(f"{__package__}.api.self_hosted_agents.list_agents")
    _describe_agent = _LazyModule(f"{__package__}.api.self_hosted_agents.describe_agent")
    _get_open_api_document = _LazyModule(f"{__package__}.api.specification.get_open_api_document")
    _list_tasks = _LazyModule(f"{__package__}.api.tasks.list_tasks")
    _create_task = _LazyModule(f"{__package__}.api.tasks.create_task")
    _describe_task = _LazyModule(f"{__package__}.api.tasks.describe_task")
    _replace_task = _LazyModule(f"{__package__}.api.tasks.replace_task")
    _delete_task = _LazyModule(f"{__package__}.api.tasks.delete_task")
    _update_task = _LazyModule(f"{__package__}.api.tasks.update_task")
    _trigger_task = _LazyModule(f"{__package__}.api.tasks.trigger_task")
    _list_workflows = _LazyModule(f"{__package__}.api.workflows.list_workflows")
    _schedule_workflow = _LazyModule(f"{__package__}.api.workflows.schedule_workflow")
    _describe_workflow = _LazyModule(f"{__package__}.api.workflows.describe_workflow")
    _terminate_workflow = _LazyModule(f"{__package__}.api.workflows.terminate_workflow")
    _reschedule_workflow = _LazyModule(f"{__package__}.api.workflows.reschedule_workflow")
# Enum members are parameter defaults, evaluated when the methods are defined.
from .models import (  # noqa: E402
    ListDashboardsOrder,
    ListDeploymentHistoryDirection,
    ListPipelinesDirection,
    ListProjectsDirection,
    ListProjectSecretsOrder,
    ListSecretsOrder,
    ListTasksDirection,
    ListWorkflowsDirection,
)

SURFACE = _Surface(
    name="org-public-v2",
    title="Semaphore Public API v2 (organization host)",
    servers={
        "default": _Server(name="default", url="https://{org_name}.semaphoreci.com/api/v2"),
    },
    auth=(
        _AuthScheme(
            name="bearerToken",
            location="header",
            param="Authorization",
            prefix="Bearer ",
        ),
    ),
    pagination={
        "page-token": _PaginationStyle(
            name="page-token",
            kind="link-relation",
            header="link",
            total_header=None,
            next_field=None,
            page_param="page_token",
            total_field=None,
            cursor_params={},
            stop_field=None,
            page_header=None,
            more_header=None,
            first_page=0,
            total_pages_field=None,
        ),
    },
)
"""This API surface as spec/surfaces.yaml describes it."""


class Client(_BaseClient):
    """Semaphore Public API v2 (organization host).

    The newer API of one organization, served at `/api/v2` on the organization's own host:
    workflows, pipelines, YAML validation, project tasks and their triggers, organization
    and project secrets, self-hosted agent types and agents, notifications, dashboards,
    projects, deployment targets, and the canvases with their event sources and stages.
    Authenticate with `Authorization: Bearer <token>`; the ingress checks the token and
    answers 401 `Unauthorized` (plain text) itself, the service never sees such a request.
    Every resource is JSON in the form `{apiVersion: v2, kind, metadata, spec}` (workflows
    and pipelines excepted). A missing permission is answered with 404 `{"message": "Not
    Found"}`, never 403. An organization without the API feature gets 404 with a message
    saying so. Request validation failures are 422 with `errors`; failures the backends
    report as the caller's fault are 400, and internal ones 500, both with a JSON string as
    the body. Lists are bare arrays paged with opaque tokens: `page_token` and `page_size`
    (1 to 100, 20 by default) in the query, and `link` (first, prev, next), `per-page`,
    `next-page-token` and `previous-page-token` headers on the answer. The service sets no
    rate-limit headers. The server publishes its own OpenAPI document at `GET /api/v2/api-
    spec/openapi.json`.

    Every operation is a method (`client.list_workflows(...)`), with
    an async twin (`..._async`); paginated operations also have `iter_...`, a lazy
    iterator (`for` or `async for`). Use the client as a context manager, or call
    `close()` / `await aclose()`, to release its connections.

    Args:
        token: The API token; it is sent only to this API's own hosts over https and
            never shown in a repr, a log line or an exception.
        org_name: The organization's name, as in its URL.
        auth: How the token is sent:
            `bearerToken` (default): `Authorization: Bearer <token>`, the API token of the user (Account
                settings).
        base_url: Another URL for the default server (https://{org_name}.semaphoreci.com/api/v2),
            e.g. a test server; http is accepted for loopback hosts only.
        server_urls: URLs for the other named servers (`default`).
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
        auth: Literal["bearerToken"] = "bearerToken",
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

    # -- createCanvas --

    def create_canvas(
        self,
        *,
        body: CanvasInput,
    ) -> Canvas:
        """Create a canvas

        Creates a canvas. Not in the vendor's published document.

        `POST /canvases` (createCanvas).
        Never retried (not idempotent).

        Args:
            body (CanvasInput):

        Returns:
            Canvas

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
            _create_canvas.OPERATION,
            _create_canvas._get_kwargs(
                body=body,
            ),
            _create_canvas._parse_response,
        )

    async def create_canvas_async(
        self,
        *,
        body: CanvasInput,
    ) -> Canvas:
        """Create a canvas

        Creates a canvas. Not in the vendor's published document.

        `POST /canvases` (createCanvas).
        Never retried (not idempotent).

        Args:
            body (CanvasInput):

        Returns:
            Canvas

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
            _create_canvas.OPERATION,
            _create_canvas._get_kwargs(
                body=body,
            ),
            _create_canvas._parse_response,
        )

    # -- describeCanvas --

    def describe_canvas(
        self,
        id_or_name: str,
    ) -> Canvas:
        """Describe a canvas

        One canvas. Not in the vendor's published document.

        `GET /canvases/{id_or_name}` (describeCanvas).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            id_or_name (str): The canvas's id (UUID) or name.

        Returns:
            Canvas

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
            _describe_canvas.OPERATION,
            _describe_canvas._get_kwargs(
                id_or_name=id_or_name,
            ),
            _describe_canvas._parse_response,
        )

    async def describe_canvas_async(
        self,
        id_or_name: str,
    ) -> Canvas:
        """Describe a canvas

        One canvas. Not in the vendor's published document.

        `GET /canvases/{id_or_name}` (describeCanvas).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            id_or_name (str): The canvas's id (UUID) or name.

        Returns:
            Canvas

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
            _describe_canvas.OPERATION,
            _describe_canvas._get_kwargs(
                id_or_name=id_or_name,
            ),
            _describe_canvas._parse_response,
        )

    # -- listEventSources --

    def list_event_sources(
        self,
        canvas_id_or_name: str,
    ) -> list[EventSource]:
        """List a canvas's event sources

        Every event source of the canvas. Not in the vendor's published document.

        `GET /canvases/{canvas_id_or_name}/sources` (listEventSources).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            canvas_id_or_name (str): The canvas's id (UUID) or name.

        Returns:
            list[EventSource]

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
            _list_event_sources.OPERATION,
            _list_event_sources._get_kwargs(
                canvas_id_or_name=canvas_id_or_name,
            ),
            _list_event_sources._parse_response,
        )

    async def list_event_sources_async(
        self,
        canvas_id_or_name: str,
    ) -> list[EventSource]:
        """List a canvas's event sources

        Every event source of the canvas. Not in the vendor's published document.

        `GET /canvases/{canvas_id_or_name}/sources` (listEventSources).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            canvas_id_or_name (str): The canvas's id (UUID) or name.

        Returns:
            list[EventSource]

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
            _list_event_sources.OPERATION,
            _list_event_sources._get_kwargs(
                canvas_id_or_name=canvas_id_or_name,
            ),
            _list_event_sources._parse_response,
        )

    # -- describeEventSource --

    def describe_event_source(
        self,
        canvas_id_or_name: str,
        id_or_name: str,
    ) -> EventSource:
        """Describe an event source

        One event source. Not in the vendor's published document.

        `GET /canvases/{canvas_id_or_name}/sources/{id_or_name}` (describeEventSource).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            canvas_id_or_name (str): The canvas's id (UUID) or name.
            id_or_name (str): The source's id (UUID) or name.

        Returns:
            EventSource

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
            _describe_event_source.OPERATION,
            _describe_event_source._get_kwargs(
                canvas_id_or_name=canvas_id_or_name,
                id_or_name=id_or_name,
            ),
            _describe_event_source._parse_response,
        )

    async def describe_event_source_async(
        self,
        canvas_id_or_name: str,
        id_or_name: str,
    ) -> EventSource:
        """Describe an event source

        One event source. Not in the vendor's published document.

        `GET /canvases/{canvas_id_or_name}/sources/{id_or_name}` (describeEventSource).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            canvas_id_or_name (str): The canvas's id (UUID) or name.
            id_or_name (str): The source's id (UUID) or name.

        Returns:
            EventSource

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
            _describe_event_source.OPERATION,
            _describe_event_source._get_kwargs(
                canvas_id_or_name=canvas_id_or_name,
                id_or_name=id_or_name,
            ),
            _describe_event_source._parse_response,
        )

    # -- listStages --

    def list_stages(
        self,
        canvas_id_or_name: str,
    ) -> list[Stage]:
        """List a canvas's stages

        Every stage of the canvas. Needs the organization's `canvas` feature (else 404). Not in
        the vendor's published document.

        `GET /canvases/{canvas_id_or_name}/stages` (listStages).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            canvas_id_or_name (str): The canvas's id (UUID) or name.

        Returns:
            list[Stage]

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
            _list_stages.OPERATION,
            _list_stages._get_kwargs(
                canvas_id_or_name=canvas_id_or_name,
            ),
            _list_stages._parse_response,
        )

    async def list_stages_async(
        self,
        canvas_id_or_name: str,
    ) -> list[Stage]:
        """List a canvas's stages

        Every stage of the canvas. Needs the organization's `canvas` feature (else 404). Not in
        the vendor's published document.

        `GET /canvases/{canvas_id_or_name}/stages` (listStages).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            canvas_id_or_name (str): The canvas's id (UUID) or name.

        Returns:
            list[Stage]

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
            _list_stages.OPERATION,
            _list_stages._get_kwargs(
                canvas_id_or_name=canvas_id_or_name,
            ),
            _list_stages._parse_response,
        )

    # -- describeStage --

    def describe_stage(
        self,
        canvas_id_or_name: str,
        id_or_name: str,
    ) -> Stage:
        """Describe a stage

        One stage. Needs the organization's `canvas` feature (else 404). Not in the vendor's
        published document.

        `GET /canvases/{canvas_id_or_name}/stages/{id_or_name}` (describeStage).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            canvas_id_or_name (str): The canvas's id (UUID) or name.
            id_or_name (str): The stage's id (UUID) or name.

        Returns:
            Stage

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
            _describe_stage.OPERATION,
            _describe_stage._get_kwargs(
                canvas_id_or_name=canvas_id_or_name,
                id_or_name=id_or_name,
            ),
            _describe_stage._parse_response,
        )

    async def describe_stage_async(
        self,
        canvas_id_or_name: str,
        id_or_name: str,
    ) -> Stage:
        """Describe a stage

        One stage. Needs the organization's `canvas` feature (else 404). Not in the vendor's
        published document.

        `GET /canvases/{canvas_id_or_name}/stages/{id_or_name}` (describeStage).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            canvas_id_or_name (str): The canvas's id (UUID) or name.
            id_or_name (str): The stage's id (UUID) or name.

        Returns:
            Stage

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
            _describe_stage.OPERATION,
            _describe_stage._get_kwargs(
                canvas_id_or_name=canvas_id_or_name,
                id_or_name=id_or_name,
            ),
            _describe_stage._parse_response,
        )

    # -- listStageEvents --

    def list_stage_events(
        self,
        canvas_id_or_name: str,
        id_or_name: str,
    ) -> list[StageEvent]:
        """List a stage's events

        Events queued for the stage. Needs the organization's `canvas` feature (else 404). Not
        in the vendor's published document.

        `GET /canvases/{canvas_id_or_name}/stages/{id_or_name}/events` (listStageEvents).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            canvas_id_or_name (str): The canvas's id (UUID) or name.
            id_or_name (str): The stage's id (UUID) or name.

        Returns:
            list[StageEvent]

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
            _list_stage_events.OPERATION,
            _list_stage_events._get_kwargs(
                canvas_id_or_name=canvas_id_or_name,
                id_or_name=id_or_name,
            ),
            _list_stage_events._parse_response,
        )

    async def list_stage_events_async(
        self,
        canvas_id_or_name: str,
        id_or_name: str,
    ) -> list[StageEvent]:
        """List a stage's events

        Events queued for the stage. Needs the organization's `canvas` feature (else 404). Not
        in the vendor's published document.

        `GET /canvases/{canvas_id_or_name}/stages/{id_or_name}/events` (listStageEvents).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            canvas_id_or_name (str): The canvas's id (UUID) or name.
            id_or_name (str): The stage's id (UUID) or name.

        Returns:
            list[StageEvent]

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
            _list_stage_events.OPERATION,
            _list_stage_events._get_kwargs(
                canvas_id_or_name=canvas_id_or_name,
                id_or_name=id_or_name,
            ),
            _list_stage_events._parse_response,
        )

    # -- approveStageEvent --

    def approve_stage_event(
        self,
        canvas_id_or_name: str,
        id_or_name: str,
        id: UUID,
    ) -> StageEvent:
        """Approve a stage event

        Approves a waiting event of the stage. The method is GET although the call changes
        state. Needs the organization's `canvas` feature (else 404). Not in the vendor's
        published document.

        `GET /canvases/{canvas_id_or_name}/stages/{id_or_name}/events/{id}/approve` (approveStageEvent).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            canvas_id_or_name (str): The canvas's id (UUID) or name.
            id_or_name (str): The stage's id (UUID) or name.
            id (UUID): The event.

        Returns:
            StageEvent

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
            _approve_stage_event.OPERATION,
            _approve_stage_event._get_kwargs(
                canvas_id_or_name=canvas_id_or_name,
                id_or_name=id_or_name,
                id=id,
            ),
            _approve_stage_event._parse_response,
        )

    async def approve_stage_event_async(
        self,
        canvas_id_or_name: str,
        id_or_name: str,
        id: UUID,
    ) -> StageEvent:
        """Approve a stage event

        Approves a waiting event of the stage. The method is GET although the call changes
        state. Needs the organization's `canvas` feature (else 404). Not in the vendor's
        published document.

        `GET /canvases/{canvas_id_or_name}/stages/{id_or_name}/events/{id}/approve` (approveStageEvent).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            canvas_id_or_name (str): The canvas's id (UUID) or name.
            id_or_name (str): The stage's id (UUID) or name.
            id (UUID): The event.

        Returns:
            StageEvent

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
            _approve_stage_event.OPERATION,
            _approve_stage_event._get_kwargs(
                canvas_id_or_name=canvas_id_or_name,
                id_or_name=id_or_name,
                id=id,
            ),
            _approve_stage_event._parse_response,
        )

    # -- listDashboards --

    def list_dashboards(
        self,
        *,
        order: ListDashboardsOrder | Unset = ListDashboardsOrder.BY_NAME_ASC,
        page_token: str | Unset = "",
        page_size: int | Unset = 20,
    ) -> list[Dashboard]:
        """List dashboards

        The organization's dashboards.

        `GET /dashboards` (listDashboards).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            order (ListDashboardsOrder | Unset): Sort order. Default:
                ListDashboardsOrder.BY_NAME_ASC.
            page_token (str | Unset): Where the page starts; leave out (or empty) for the first
                page. Default: ''.
            page_size (int | Unset): Items a page. Default: 20.

        Returns:
            list[Dashboard]

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
                order=order,
                page_token=page_token,
                page_size=page_size,
            ),
            _list_dashboards._parse_response,
        )

    async def list_dashboards_async(
        self,
        *,
        order: ListDashboardsOrder | Unset = ListDashboardsOrder.BY_NAME_ASC,
        page_token: str | Unset = "",
        page_size: int | Unset = 20,
    ) -> list[Dashboard]:
        """List dashboards

        The organization's dashboards.

        `GET /dashboards` (listDashboards).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            order (ListDashboardsOrder | Unset): Sort order. Default:
                ListDashboardsOrder.BY_NAME_ASC.
            page_token (str | Unset): Where the page starts; leave out (or empty) for the first
                page. Default: ''.
            page_size (int | Unset): Items a page. Default: 20.

        Returns:
            list[Dashboard]

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
                order=order,
                page_token=page_token,
                page_size=page_size,
            ),
            _list_dashboards._parse_response,
        )

    def iter_list_dashboards(
        self,
        *,
        order: ListDashboardsOrder | Unset = ListDashboardsOrder.BY_NAME_ASC,
        page_token: str | Unset = "",
        page_size: int | Unset = 20,
        max_items: int | None = None,
        max_pages: int | None = None,
    ) -> _Paginator[Dashboard, list[Dashboard]]:
        """List dashboards

        The organization's dashboards.

        `GET /dashboards` (listDashboards).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            order (ListDashboardsOrder | Unset): Sort order. Default:
                ListDashboardsOrder.BY_NAME_ASC.
            page_token (str | Unset): Where the page starts; leave out (or empty) for the first
                page. Default: ''.
            page_size (int | Unset): Items a page. Default: 20.
            max_items: stop after this many items (default: all).
            max_pages: stop after fetching this many pages (default: all, up to 10,000, then
                PaginationError). A walk also raises PaginationError on a page URL seen before
                and after 5 pages in a row that bring nothing new (no item, or a page sent before).

        Returns:
            Paginator[Dashboard, list[Dashboard]]: iterate with `for` or `async for` (page-token pagination); pages are fetched lazily, as the items are used.

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
                order=order,
                page_token=page_token,
                page_size=page_size,
            ),
            _list_dashboards._parse_response,
            lambda body: body,
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

        Creates a dashboard.

        `POST /dashboards` (createDashboard).
        Never retried (not idempotent).

        Args:
            body (DashboardInput): A dashboard as sent to create or change one; `metadata` is
                read-only and ignored.

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

        Creates a dashboard.

        `POST /dashboards` (createDashboard).
        Never retried (not idempotent).

        Args:
            body (DashboardInput): A dashboard as sent to create or change one; `metadata` is
                read-only and ignored.

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

        One dashboard.

        `GET /dashboards/{id_or_name}` (describeDashboard).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            id_or_name (str): The dashboard's id (UUID) or name.

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

        One dashboard.

        `GET /dashboards/{id_or_name}` (describeDashboard).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            id_or_name (str): The dashboard's id (UUID) or name.

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

    # -- updateDashboard --

    def update_dashboard(
        self,
        id_or_name: str,
        *,
        body: DashboardInput,
    ) -> Dashboard:
        """Change a dashboard

        Replaces the dashboard's spec. The method is POST, not PUT or PATCH.

        `POST /dashboards/{id_or_name}` (updateDashboard).
        Never retried (not idempotent).

        Args:
            id_or_name (str): The dashboard's id (UUID) or name.
            body (DashboardInput): A dashboard as sent to create or change one; `metadata` is
                read-only and ignored.

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
        """Change a dashboard

        Replaces the dashboard's spec. The method is POST, not PUT or PATCH.

        `POST /dashboards/{id_or_name}` (updateDashboard).
        Never retried (not idempotent).

        Args:
            id_or_name (str): The dashboard's id (UUID) or name.
            body (DashboardInput): A dashboard as sent to create or change one; `metadata` is
                read-only and ignored.

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

    # -- deleteDashboard --

    def delete_dashboard(
        self,
        id_or_name: str,
    ) -> None:
        """Delete a dashboard

        Deletes the dashboard; the answer has no body.

        `DELETE /dashboards/{id_or_name}` (deleteDashboard).
        Never retried (not idempotent).

        Args:
            id_or_name (str): The dashboard's id (UUID) or name.

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
            _delete_dashboard.OPERATION,
            _delete_dashboard._get_kwargs(
                id_or_name=id_or_name,
            ),
            _delete_dashboard._parse_response,
        )

    async def delete_dashboard_async(
        self,
        id_or_name: str,
    ) -> None:
        """Delete a dashboard

        Deletes the dashboard; the answer has no body.

        `DELETE /dashboards/{id_or_name}` (deleteDashboard).
        Never retried (not idempotent).

        Args:
            id_or_name (str): The dashboard's id (UUID) or name.

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
            _delete_dashboard.OPERATION,
            _delete_dashboard._get_kwargs(
                id_or_name=id_or_name,
            ),
            _delete_dashboard._parse_response,
        )

    # -- listDeploymentTargets --

    def list_deployment_targets(
        self,
        project_id_or_name: str,
    ) -> list[DeploymentTarget]:
        """List a project's deployment targets

        Every target of the project (not paged). Needs the organization's deployment targets
        feature.

        `GET /projects/{project_id_or_name}/deployment_targets` (listDeploymentTargets).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project_id_or_name (str): The project's id (UUID) or name.

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
                project_id_or_name=project_id_or_name,
            ),
            _list_deployment_targets._parse_response,
        )

    async def list_deployment_targets_async(
        self,
        project_id_or_name: str,
    ) -> list[DeploymentTarget]:
        """List a project's deployment targets

        Every target of the project (not paged). Needs the organization's deployment targets
        feature.

        `GET /projects/{project_id_or_name}/deployment_targets` (listDeploymentTargets).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project_id_or_name (str): The project's id (UUID) or name.

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
                project_id_or_name=project_id_or_name,
            ),
            _list_deployment_targets._parse_response,
        )

    # -- createDeploymentTarget --

    def create_deployment_target(
        self,
        project_id_or_name: str,
        *,
        body: TargetInput,
    ) -> DeploymentTarget:
        """Create a deployment target

        Creates a target; it is SYNCING while its secret is written. Needs the organization's
        deployment targets feature.

        `POST /projects/{project_id_or_name}/deployment_targets` (createDeploymentTarget).
        Retried as the retry policy allows only when `unique_token` is given (the same
        token is sent on every attempt); otherwise sent once.

        Args:
            project_id_or_name (str): The project's id (UUID) or name.
            body (TargetInput): What create and update take: the target (`metadata` is read-only
                and ignored) and an idempotency token.

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
                project_id_or_name=project_id_or_name,
                body=body,
            ),
            _create_deployment_target._parse_response,
        )

    async def create_deployment_target_async(
        self,
        project_id_or_name: str,
        *,
        body: TargetInput,
    ) -> DeploymentTarget:
        """Create a deployment target

        Creates a target; it is SYNCING while its secret is written. Needs the organization's
        deployment targets feature.

        `POST /projects/{project_id_or_name}/deployment_targets` (createDeploymentTarget).
        Retried as the retry policy allows only when `unique_token` is given (the same
        token is sent on every attempt); otherwise sent once.

        Args:
            project_id_or_name (str): The project's id (UUID) or name.
            body (TargetInput): What create and update take: the target (`metadata` is read-only
                and ignored) and an idempotency token.

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
                project_id_or_name=project_id_or_name,
                body=body,
            ),
            _create_deployment_target._parse_response,
        )

    # -- describeDeploymentTarget --

    def describe_deployment_target(
        self,
        project_id_or_name: str,
        id_or_name: str,
    ) -> DeploymentTarget:
        """Describe a deployment target

        One target. Needs the organization's deployment targets feature.

        `GET /projects/{project_id_or_name}/deployment_targets/{id_or_name}` (describeDeploymentTarget).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project_id_or_name (str): The project's id (UUID) or name.
            id_or_name (str): The target's id (UUID) or name.

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
                project_id_or_name=project_id_or_name,
                id_or_name=id_or_name,
            ),
            _describe_deployment_target._parse_response,
        )

    async def describe_deployment_target_async(
        self,
        project_id_or_name: str,
        id_or_name: str,
    ) -> DeploymentTarget:
        """Describe a deployment target

        One target. Needs the organization's deployment targets feature.

        `GET /projects/{project_id_or_name}/deployment_targets/{id_or_name}` (describeDeploymentTarget).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project_id_or_name (str): The project's id (UUID) or name.
            id_or_name (str): The target's id (UUID) or name.

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
                project_id_or_name=project_id_or_name,
                id_or_name=id_or_name,
            ),
            _describe_deployment_target._parse_response,
        )

    # -- deleteDeploymentTarget --

    def delete_deployment_target(
        self,
        project_id_or_name: str,
        id_or_name: str,
    ) -> TargetDeleted:
        """Delete a deployment target

        Deletes the target. Needs the organization's deployment targets feature.

        `DELETE /projects/{project_id_or_name}/deployment_targets/{id_or_name}` (deleteDeploymentTarget).
        Never retried (not idempotent).

        Args:
            project_id_or_name (str): The project's id (UUID) or name.
            id_or_name (str): The target's id (UUID) or name.

        Returns:
            TargetDeleted

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
                project_id_or_name=project_id_or_name,
                id_or_name=id_or_name,
            ),
            _delete_deployment_target._parse_response,
        )

    async def delete_deployment_target_async(
        self,
        project_id_or_name: str,
        id_or_name: str,
    ) -> TargetDeleted:
        """Delete a deployment target

        Deletes the target. Needs the organization's deployment targets feature.

        `DELETE /projects/{project_id_or_name}/deployment_targets/{id_or_name}` (deleteDeploymentTarget).
        Never retried (not idempotent).

        Args:
            project_id_or_name (str): The project's id (UUID) or name.
            id_or_name (str): The target's id (UUID) or name.

        Returns:
            TargetDeleted

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
                project_id_or_name=project_id_or_name,
                id_or_name=id_or_name,
            ),
            _delete_deployment_target._parse_response,
        )

    # -- updateDeploymentTarget --

    def update_deployment_target(
        self,
        project_id_or_name: str,
        id_or_name: str,
        *,
        body: TargetInput,
    ) -> DeploymentTarget:
        """Change a deployment target

        Changes the target. Environment variables and files left out keep their values. Needs
        the organization's deployment targets feature.

        `PATCH /projects/{project_id_or_name}/deployment_targets/{id_or_name}` (updateDeploymentTarget).
        Retried as the retry policy allows only when `unique_token` is given (the same
        token is sent on every attempt); otherwise sent once.

        Args:
            project_id_or_name (str): The project's id (UUID) or name.
            id_or_name (str): The target's id (UUID) or name.
            body (TargetInput): What create and update take: the target (`metadata` is read-only
                and ignored) and an idempotency token.

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
                project_id_or_name=project_id_or_name,
                id_or_name=id_or_name,
                body=body,
            ),
            _update_deployment_target._parse_response,
        )

    async def update_deployment_target_async(
        self,
        project_id_or_name: str,
        id_or_name: str,
        *,
        body: TargetInput,
    ) -> DeploymentTarget:
        """Change a deployment target

        Changes the target. Environment variables and files left out keep their values. Needs
        the organization's deployment targets feature.

        `PATCH /projects/{project_id_or_name}/deployment_targets/{id_or_name}` (updateDeploymentTarget).
        Retried as the retry policy allows only when `unique_token` is given (the same
        token is sent on every attempt); otherwise sent once.

        Args:
            project_id_or_name (str): The project's id (UUID) or name.
            id_or_name (str): The target's id (UUID) or name.
            body (TargetInput): What create and update take: the target (`metadata` is read-only
                and ignored) and an idempotency token.

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
                project_id_or_name=project_id_or_name,
                id_or_name=id_or_name,
                body=body,
            ),
            _update_deployment_target._parse_response,
        )

    # -- listDeploymentHistory --

    def list_deployment_history(
        self,
        project_id_or_name: str,
        id_or_name: str,
        *,
        git_ref_type: str | Unset = UNSET,
        git_ref_label: str | Unset = UNSET,
        triggered_by: str | Unset = UNSET,
        parameter1: str | Unset = UNSET,
        parameter2: str | Unset = UNSET,
        parameter3: str | Unset = UNSET,
        direction: ListDeploymentHistoryDirection | Unset = ListDeploymentHistoryDirection.NEXT,
        page_token: str | Unset = "",
        page_size: int | Unset = 20,
    ) -> list[HistoryItemType0 | None]:
        """List a target's deployments

        Deployments to the target. Needs the organization's deployment targets feature.

        `GET /projects/{project_id_or_name}/deployment_targets/{id_or_name}/history` (listDeploymentHistory).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project_id_or_name (str): The project's id (UUID) or name.
            id_or_name (str): The target's id (UUID) or name.
            git_ref_type (str | Unset): Only this kind of git reference.
            git_ref_label (str | Unset): Only this git label.
            triggered_by (str | Unset): Only deployments by this user (id or value).
            parameter1 (str | Unset): Value of the first bookmark parameter.
            parameter2 (str | Unset): Value of the second bookmark parameter.
            parameter3 (str | Unset): Value of the third bookmark parameter.
            direction (ListDeploymentHistoryDirection | Unset): NEXT pages forward from
                `page_token`, PREVIOUS backward. Default: ListDeploymentHistoryDirection.NEXT.
            page_token (str | Unset): Where the page starts; leave out (or empty) for the first
                page. Default: ''.
            page_size (int | Unset): Items a page. Default: 20.

        Returns:
            list[HistoryItemType0 | None]

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
                project_id_or_name=project_id_or_name,
                id_or_name=id_or_name,
                git_ref_type=git_ref_type,
                git_ref_label=git_ref_label,
                triggered_by=triggered_by,
                parameter1=parameter1,
                parameter2=parameter2,
                parameter3=parameter3,
                direction=direction,
                page_token=page_token,
                page_size=page_size,
            ),
            _list_deployment_history._parse_response,
        )

    async def list_deployment_history_async(
        self,
        project_id_or_name: str,
        id_or_name: str,
        *,
        git_ref_type: str | Unset = UNSET,
        git_ref_label: str | Unset = UNSET,
        triggered_by: str | Unset = UNSET,
        parameter1: str | Unset = UNSET,
        parameter2: str | Unset = UNSET,
        parameter3: str | Unset = UNSET,
        direction: ListDeploymentHistoryDirection | Unset = ListDeploymentHistoryDirection.NEXT,
        page_token: str | Unset = "",
        page_size: int | Unset = 20,
    ) -> list[HistoryItemType0 | None]:
        """List a target's deployments

        Deployments to the target. Needs the organization's deployment targets feature.

        `GET /projects/{project_id_or_name}/deployment_targets/{id_or_name}/history` (listDeploymentHistory).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project_id_or_name (str): The project's id (UUID) or name.
            id_or_name (str): The target's id (UUID) or name.
            git_ref_type (str | Unset): Only this kind of git reference.
            git_ref_label (str | Unset): Only this git label.
            triggered_by (str | Unset): Only deployments by this user (id or value).
            parameter1 (str | Unset): Value of the first bookmark parameter.
            parameter2 (str | Unset): Value of the second bookmark parameter.
            parameter3 (str | Unset): Value of the third bookmark parameter.
            direction (ListDeploymentHistoryDirection | Unset): NEXT pages forward from
                `page_token`, PREVIOUS backward. Default: ListDeploymentHistoryDirection.NEXT.
            page_token (str | Unset): Where the page starts; leave out (or empty) for the first
                page. Default: ''.
            page_size (int | Unset): Items a page. Default: 20.

        Returns:
            list[HistoryItemType0 | None]

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
                project_id_or_name=project_id_or_name,
                id_or_name=id_or_name,
                git_ref_type=git_ref_type,
                git_ref_label=git_ref_label,
                triggered_by=triggered_by,
                parameter1=parameter1,
                parameter2=parameter2,
                parameter3=parameter3,
                direction=direction,
                page_token=page_token,
                page_size=page_size,
            ),
            _list_deployment_history._parse_response,
        )

    def iter_list_deployment_history(
        self,
        project_id_or_name: str,
        id_or_name: str,
        *,
        git_ref_type: str | Unset = UNSET,
        git_ref_label: str | Unset = UNSET,
        triggered_by: str | Unset = UNSET,
        parameter1: str | Unset = UNSET,
        parameter2: str | Unset = UNSET,
        parameter3: str | Unset = UNSET,
        direction: ListDeploymentHistoryDirection | Unset = ListDeploymentHistoryDirection.NEXT,
        page_token: str | Unset = "",
        page_size: int | Unset = 20,
        max_items: int | None = None,
        max_pages: int | None = None,
    ) -> _Paginator[HistoryItemType0 | None, list[HistoryItemType0 | None]]:
        """List a target's deployments

        Deployments to the target. Needs the organization's deployment targets feature.

        `GET /projects/{project_id_or_name}/deployment_targets/{id_or_name}/history` (listDeploymentHistory).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project_id_or_name (str): The project's id (UUID) or name.
            id_or_name (str): The target's id (UUID) or name.
            git_ref_type (str | Unset): Only this kind of git reference.
            git_ref_label (str | Unset): Only this git label.
            triggered_by (str | Unset): Only deployments by this user (id or value).
            parameter1 (str | Unset): Value of the first bookmark parameter.
            parameter2 (str | Unset): Value of the second bookmark parameter.
            parameter3 (str | Unset): Value of the third bookmark parameter.
            direction (ListDeploymentHistoryDirection | Unset): NEXT pages forward from
                `page_token`, PREVIOUS backward. Default: ListDeploymentHistoryDirection.NEXT.
            page_token (str | Unset): Where the page starts; leave out (or empty) for the first
                page. Default: ''.
            page_size (int | Unset): Items a page. Default: 20.
            max_items: stop after this many items (default: all).
            max_pages: stop after fetching this many pages (default: all, up to 10,000, then
                PaginationError). A walk also raises PaginationError on a page URL seen before
                and after 5 pages in a row that bring nothing new (no item, or a page sent before).

        Returns:
            Paginator[HistoryItemType0 | None, list[HistoryItemType0 | None]]: iterate with `for` or `async for` (page-token pagination); pages are fetched lazily, as the items are used.

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
                project_id_or_name=project_id_or_name,
                id_or_name=id_or_name,
                git_ref_type=git_ref_type,
                git_ref_label=git_ref_label,
                triggered_by=triggered_by,
                parameter1=parameter1,
                parameter2=parameter2,
                parameter3=parameter3,
                direction=direction,
                page_token=page_token,
                page_size=page_size,
            ),
            _list_deployment_history._parse_response,
            lambda body: body,
            max_items=max_items,
            max_pages=max_pages,
        )

    # -- deactivateDeploymentTarget --

    def deactivate_deployment_target(
        self,
        project_id_or_name: str,
        id_or_name: str,
    ) -> CordonResponse:
        """Deactivate a deployment target

        Cordons the target: no deployments until it is activated again. Needs the organization's
        deployment targets feature.

        `PATCH /projects/{project_id_or_name}/deployment_targets/{id_or_name}/deactivate` (deactivateDeploymentTarget).
        Never retried (not idempotent).

        Args:
            project_id_or_name (str): The project's id (UUID) or name.
            id_or_name (str): The target's id (UUID) or name.

        Returns:
            CordonResponse

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
                project_id_or_name=project_id_or_name,
                id_or_name=id_or_name,
            ),
            _deactivate_deployment_target._parse_response,
        )

    async def deactivate_deployment_target_async(
        self,
        project_id_or_name: str,
        id_or_name: str,
    ) -> CordonResponse:
        """Deactivate a deployment target

        Cordons the target: no deployments until it is activated again. Needs the organization's
        deployment targets feature.

        `PATCH /projects/{project_id_or_name}/deployment_targets/{id_or_name}/deactivate` (deactivateDeploymentTarget).
        Never retried (not idempotent).

        Args:
            project_id_or_name (str): The project's id (UUID) or name.
            id_or_name (str): The target's id (UUID) or name.

        Returns:
            CordonResponse

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
                project_id_or_name=project_id_or_name,
                id_or_name=id_or_name,
            ),
            _deactivate_deployment_target._parse_response,
        )

    # -- activateDeploymentTarget --

    def activate_deployment_target(
        self,
        project_id_or_name: str,
        id_or_name: str,
    ) -> CordonResponse:
        """Activate a deployment target

        Makes a deactivated target usable again. Needs the organization's deployment targets
        feature.

        `PATCH /projects/{project_id_or_name}/deployment_targets/{id_or_name}/activate` (activateDeploymentTarget).
        Never retried (not idempotent).

        Args:
            project_id_or_name (str): The project's id (UUID) or name.
            id_or_name (str): The target's id (UUID) or name.

        Returns:
            CordonResponse

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
                project_id_or_name=project_id_or_name,
                id_or_name=id_or_name,
            ),
            _activate_deployment_target._parse_response,
        )

    async def activate_deployment_target_async(
        self,
        project_id_or_name: str,
        id_or_name: str,
    ) -> CordonResponse:
        """Activate a deployment target

        Makes a deactivated target usable again. Needs the organization's deployment targets
        feature.

        `PATCH /projects/{project_id_or_name}/deployment_targets/{id_or_name}/activate` (activateDeploymentTarget).
        Never retried (not idempotent).

        Args:
            project_id_or_name (str): The project's id (UUID) or name.
            id_or_name (str): The target's id (UUID) or name.

        Returns:
            CordonResponse

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
                project_id_or_name=project_id_or_name,
                id_or_name=id_or_name,
            ),
            _activate_deployment_target._parse_response,
        )

    # -- listNotifications --

    def list_notifications(
        self,
        *,
        page_token: str | Unset = "",
        page_size: int | Unset = 20,
    ) -> list[Notification]:
        """List notifications

        The organization's notifications.

        `GET /notifications` (listNotifications).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            page_token (str | Unset): Where the page starts; leave out (or empty) for the first
                page. Default: ''.
            page_size (int | Unset): Items a page. Default: 20.

        Returns:
            list[Notification]

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
                page_token=page_token,
                page_size=page_size,
            ),
            _list_notifications._parse_response,
        )

    async def list_notifications_async(
        self,
        *,
        page_token: str | Unset = "",
        page_size: int | Unset = 20,
    ) -> list[Notification]:
        """List notifications

        The organization's notifications.

        `GET /notifications` (listNotifications).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            page_token (str | Unset): Where the page starts; leave out (or empty) for the first
                page. Default: ''.
            page_size (int | Unset): Items a page. Default: 20.

        Returns:
            list[Notification]

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
                page_token=page_token,
                page_size=page_size,
            ),
            _list_notifications._parse_response,
        )

    def iter_list_notifications(
        self,
        *,
        page_token: str | Unset = "",
        page_size: int | Unset = 20,
        max_items: int | None = None,
        max_pages: int | None = None,
    ) -> _Paginator[Notification, list[Notification]]:
        """List notifications

        The organization's notifications.

        `GET /notifications` (listNotifications).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            page_token (str | Unset): Where the page starts; leave out (or empty) for the first
                page. Default: ''.
            page_size (int | Unset): Items a page. Default: 20.
            max_items: stop after this many items (default: all).
            max_pages: stop after fetching this many pages (default: all, up to 10,000, then
                PaginationError). A walk also raises PaginationError on a page URL seen before
                and after 5 pages in a row that bring nothing new (no item, or a page sent before).

        Returns:
            Paginator[Notification, list[Notification]]: iterate with `for` or `async for` (page-token pagination); pages are fetched lazily, as the items are used.

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
                page_token=page_token,
                page_size=page_size,
            ),
            _list_notifications._parse_response,
            lambda body: body,
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

        Creates a notification.

        `POST /notifications` (createNotification).
        Never retried (not idempotent).

        Args:
            body (NotificationInput): A notification as sent to create or replace one;
                `metadata` is read-only and ignored.

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

        Creates a notification.

        `POST /notifications` (createNotification).
        Never retried (not idempotent).

        Args:
            body (NotificationInput): A notification as sent to create or replace one;
                `metadata` is read-only and ignored.

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
        id_or_name: str,
    ) -> Notification:
        """Describe a notification

        One notification.

        `GET /notifications/{id_or_name}` (describeNotification).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            id_or_name (str): The notification's id (UUID) or name.

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
                id_or_name=id_or_name,
            ),
            _describe_notification._parse_response,
        )

    async def describe_notification_async(
        self,
        id_or_name: str,
    ) -> Notification:
        """Describe a notification

        One notification.

        `GET /notifications/{id_or_name}` (describeNotification).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            id_or_name (str): The notification's id (UUID) or name.

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
                id_or_name=id_or_name,
            ),
            _describe_notification._parse_response,
        )

    # -- updateNotification --

    def update_notification(
        self,
        id_or_name: str,
        *,
        body: NotificationInput,
    ) -> Notification:
        """Replace a notification

        Replaces the notification's spec.

        `PUT /notifications/{id_or_name}` (updateNotification).
        Never retried (not idempotent).

        Args:
            id_or_name (str): The notification's id (UUID) or name.
            body (NotificationInput): A notification as sent to create or replace one;
                `metadata` is read-only and ignored.

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
                id_or_name=id_or_name,
                body=body,
            ),
            _update_notification._parse_response,
        )

    async def update_notification_async(
        self,
        id_or_name: str,
        *,
        body: NotificationInput,
    ) -> Notification:
        """Replace a notification

        Replaces the notification's spec.

        `PUT /notifications/{id_or_name}` (updateNotification).
        Never retried (not idempotent).

        Args:
            id_or_name (str): The notification's id (UUID) or name.
            body (NotificationInput): A notification as sent to create or replace one;
                `metadata` is read-only and ignored.

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
                id_or_name=id_or_name,
                body=body,
            ),
            _update_notification._parse_response,
        )

    # -- deleteNotification --

    def delete_notification(
        self,
        id_or_name: str,
    ) -> NotificationDeleted:
        """Delete a notification

        Deletes the notification.

        `DELETE /notifications/{id_or_name}` (deleteNotification).
        Never retried (not idempotent).

        Args:
            id_or_name (str): The notification's id (UUID) or name.

        Returns:
            NotificationDeleted

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
                id_or_name=id_or_name,
            ),
            _delete_notification._parse_response,
        )

    async def delete_notification_async(
        self,
        id_or_name: str,
    ) -> NotificationDeleted:
        """Delete a notification

        Deletes the notification.

        `DELETE /notifications/{id_or_name}` (deleteNotification).
        Never retried (not idempotent).

        Args:
            id_or_name (str): The notification's id (UUID) or name.

        Returns:
            NotificationDeleted

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
                id_or_name=id_or_name,
            ),
            _delete_notification._parse_response,
        )

    # -- listPipelines --

    def list_pipelines(
        self,
        *,
        project_id: UUID | Unset = UNSET,
        wf_id: UUID | Unset = UNSET,
        label: str | Unset = UNSET,
        yml_file_path: str | Unset = UNSET,
        created_after: Timestamp,
        created_before: Timestamp,
        done_after: Timestamp | Unset = UNSET,
        done_before: Timestamp | Unset = UNSET,
        direction: ListPipelinesDirection | Unset = ListPipelinesDirection.NEXT,
        page_token: str | Unset = "",
        page_size: int | Unset = 20,
    ) -> list[Pipeline]:
        """List pipelines

        Pipelines of a project (`project_id`) or of a workflow (`wf_id`); one of the two is
        needed. `created_after` and `created_before` are required by the server's validation.

        Unlike the vendor's own document: The vendor's document describes a single exploded
        `filters` object parameter; on the wire it is the plain query parameters `project_id` or
        `wf_id`.

        `GET /pipelines` (listPipelines).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project_id (UUID | Unset): The project (this or `wf_id`).
            wf_id (UUID | Unset): The workflow (this or `project_id`).
            label (str | Unset): Only this branch, tag or pull request label.
            yml_file_path (str | Unset): Only pipelines of this YAML file.
            created_after (Timestamp): A point in time in any of the encodings the servers use.
            created_before (Timestamp): A point in time in any of the encodings the servers use.
            done_after (Timestamp | Unset): A point in time in any of the encodings the servers
                use.
            done_before (Timestamp | Unset): A point in time in any of the encodings the servers
                use.
            direction (ListPipelinesDirection | Unset): NEXT pages forward from `page_token`,
                PREVIOUS backward. Default: ListPipelinesDirection.NEXT.
            page_token (str | Unset): Where the page starts; leave out (or empty) for the first
                page. Default: ''.
            page_size (int | Unset): Items a page. Default: 20.

        Returns:
            list[Pipeline]

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
                label=label,
                yml_file_path=yml_file_path,
                created_after=created_after,
                created_before=created_before,
                done_after=done_after,
                done_before=done_before,
                direction=direction,
                page_token=page_token,
                page_size=page_size,
            ),
            _list_pipelines._parse_response,
        )

    async def list_pipelines_async(
        self,
        *,
        project_id: UUID | Unset = UNSET,
        wf_id: UUID | Unset = UNSET,
        label: str | Unset = UNSET,
        yml_file_path: str | Unset = UNSET,
        created_after: Timestamp,
        created_before: Timestamp,
        done_after: Timestamp | Unset = UNSET,
        done_before: Timestamp | Unset = UNSET,
        direction: ListPipelinesDirection | Unset = ListPipelinesDirection.NEXT,
        page_token: str | Unset = "",
        page_size: int | Unset = 20,
    ) -> list[Pipeline]:
        """List pipelines

        Pipelines of a project (`project_id`) or of a workflow (`wf_id`); one of the two is
        needed. `created_after` and `created_before` are required by the server's validation.

        Unlike the vendor's own document: The vendor's document describes a single exploded
        `filters` object parameter; on the wire it is the plain query parameters `project_id` or
        `wf_id`.

        `GET /pipelines` (listPipelines).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project_id (UUID | Unset): The project (this or `wf_id`).
            wf_id (UUID | Unset): The workflow (this or `project_id`).
            label (str | Unset): Only this branch, tag or pull request label.
            yml_file_path (str | Unset): Only pipelines of this YAML file.
            created_after (Timestamp): A point in time in any of the encodings the servers use.
            created_before (Timestamp): A point in time in any of the encodings the servers use.
            done_after (Timestamp | Unset): A point in time in any of the encodings the servers
                use.
            done_before (Timestamp | Unset): A point in time in any of the encodings the servers
                use.
            direction (ListPipelinesDirection | Unset): NEXT pages forward from `page_token`,
                PREVIOUS backward. Default: ListPipelinesDirection.NEXT.
            page_token (str | Unset): Where the page starts; leave out (or empty) for the first
                page. Default: ''.
            page_size (int | Unset): Items a page. Default: 20.

        Returns:
            list[Pipeline]

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
                label=label,
                yml_file_path=yml_file_path,
                created_after=created_after,
                created_before=created_before,
                done_after=done_after,
                done_before=done_before,
                direction=direction,
                page_token=page_token,
                page_size=page_size,
            ),
            _list_pipelines._parse_response,
        )

    def iter_list_pipelines(
        self,
        *,
        project_id: UUID | Unset = UNSET,
        wf_id: UUID | Unset = UNSET,
        label: str | Unset = UNSET,
        yml_file_path: str | Unset = UNSET,
        created_after: Timestamp,
        created_before: Timestamp,
        done_after: Timestamp | Unset = UNSET,
        done_before: Timestamp | Unset = UNSET,
        direction: ListPipelinesDirection | Unset = ListPipelinesDirection.NEXT,
        page_token: str | Unset = "",
        page_size: int | Unset = 20,
        max_items: int | None = None,
        max_pages: int | None = None,
    ) -> _Paginator[Pipeline, list[Pipeline]]:
        """List pipelines

        Pipelines of a project (`project_id`) or of a workflow (`wf_id`); one of the two is
        needed. `created_after` and `created_before` are required by the server's validation.

        Unlike the vendor's own document: The vendor's document describes a single exploded
        `filters` object parameter; on the wire it is the plain query parameters `project_id` or
        `wf_id`.

        `GET /pipelines` (listPipelines).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project_id (UUID | Unset): The project (this or `wf_id`).
            wf_id (UUID | Unset): The workflow (this or `project_id`).
            label (str | Unset): Only this branch, tag or pull request label.
            yml_file_path (str | Unset): Only pipelines of this YAML file.
            created_after (Timestamp): A point in time in any of the encodings the servers use.
            created_before (Timestamp): A point in time in any of the encodings the servers use.
            done_after (Timestamp | Unset): A point in time in any of the encodings the servers
                use.
            done_before (Timestamp | Unset): A point in time in any of the encodings the servers
                use.
            direction (ListPipelinesDirection | Unset): NEXT pages forward from `page_token`,
                PREVIOUS backward. Default: ListPipelinesDirection.NEXT.
            page_token (str | Unset): Where the page starts; leave out (or empty) for the first
                page. Default: ''.
            page_size (int | Unset): Items a page. Default: 20.
            max_items: stop after this many items (default: all).
            max_pages: stop after fetching this many pages (default: all, up to 10,000, then
                PaginationError). A walk also raises PaginationError on a page URL seen before
                and after 5 pages in a row that bring nothing new (no item, or a page sent before).

        Returns:
            Paginator[Pipeline, list[Pipeline]]: iterate with `for` or `async for` (page-token pagination); pages are fetched lazily, as the items are used.

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
                label=label,
                yml_file_path=yml_file_path,
                created_after=created_after,
                created_before=created_before,
                done_after=done_after,
                done_before=done_before,
                direction=direction,
                page_token=page_token,
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
        pipeline_id: UUID,
        *,
        detailed: bool | Unset = False,
    ) -> DescribeResponse:
        """Describe a pipeline

        A pipeline and its blocks.

        `GET /pipelines/{pipeline_id}` (describePipeline).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            pipeline_id (UUID): The pipeline.
            detailed (bool | Unset): Include the blocks and their jobs. Default: False.

        Returns:
            DescribeResponse

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
        pipeline_id: UUID,
        *,
        detailed: bool | Unset = False,
    ) -> DescribeResponse:
        """Describe a pipeline

        A pipeline and its blocks.

        `GET /pipelines/{pipeline_id}` (describePipeline).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            pipeline_id (UUID): The pipeline.
            detailed (bool | Unset): Include the blocks and their jobs. Default: False.

        Returns:
            DescribeResponse

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
        pipeline_id: UUID,
    ) -> Message:
        """Stop a pipeline

        Asks the pipeline to stop.

        `POST /pipelines/{pipeline_id}/terminate` (terminatePipeline).
        Never retried (not idempotent).

        Args:
            pipeline_id (UUID): The pipeline.

        Returns:
            Message

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
            ),
            _terminate_pipeline._parse_response,
        )

    async def terminate_pipeline_async(
        self,
        pipeline_id: UUID,
    ) -> Message:
        """Stop a pipeline

        Asks the pipeline to stop.

        `POST /pipelines/{pipeline_id}/terminate` (terminatePipeline).
        Never retried (not idempotent).

        Args:
            pipeline_id (UUID): The pipeline.

        Returns:
            Message

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
            ),
            _terminate_pipeline._parse_response,
        )

    # -- describePipelineTopology --

    def describe_pipeline_topology(
        self,
        pipeline_id: UUID,
    ) -> Topology:
        """Describe a pipeline's topology

        The pipeline's blocks, their jobs and dependencies, and the after-pipeline jobs.

        `GET /pipelines/{pipeline_id}/describe_topology` (describePipelineTopology).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            pipeline_id (UUID): The pipeline.

        Returns:
            Topology

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
        pipeline_id: UUID,
    ) -> Topology:
        """Describe a pipeline's topology

        The pipeline's blocks, their jobs and dependencies, and the after-pipeline jobs.

        `GET /pipelines/{pipeline_id}/describe_topology` (describePipelineTopology).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            pipeline_id (UUID): The pipeline.

        Returns:
            Topology

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
        pipeline_id: UUID,
        *,
        body: PartialRebuildPipelineBody,
    ) -> PartialRebuildResponse:
        """Rerun a pipeline's failed blocks

        Starts a new pipeline that runs only the blocks that failed. A repeat with the same
        `request_token` returns the pipeline made the first time.

        `POST /pipelines/{pipeline_id}/partial_rebuild` (partialRebuildPipeline).
        Retried as the retry policy allows only when `request_token` is given (the same
        token is sent on every attempt); otherwise sent once.

        Args:
            pipeline_id (UUID): The pipeline.
            body (PartialRebuildPipelineBody):

        Returns:
            PartialRebuildResponse

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
                body=body,
            ),
            _partial_rebuild_pipeline._parse_response,
        )

    async def partial_rebuild_pipeline_async(
        self,
        pipeline_id: UUID,
        *,
        body: PartialRebuildPipelineBody,
    ) -> PartialRebuildResponse:
        """Rerun a pipeline's failed blocks

        Starts a new pipeline that runs only the blocks that failed. A repeat with the same
        `request_token` returns the pipeline made the first time.

        `POST /pipelines/{pipeline_id}/partial_rebuild` (partialRebuildPipeline).
        Retried as the retry policy allows only when `request_token` is given (the same
        token is sent on every attempt); otherwise sent once.

        Args:
            pipeline_id (UUID): The pipeline.
            body (PartialRebuildPipelineBody):

        Returns:
            PartialRebuildResponse

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
                body=body,
            ),
            _partial_rebuild_pipeline._parse_response,
        )

    # -- validateYaml --

    def validate_yaml(
        self,
        *,
        body: ValidateYamlBody,
    ) -> Message:
        """Validate pipeline YAML

        Checks a pipeline definition against the YAML schema. An invalid definition is answered
        with 400 and the reasons as a JSON string.

        Unlike the vendor's own document: The handler validates the request against the partial-
        rebuild operation's declaration, not its own; the vendor declares the 400 body as
        `{message}` where the service sends a JSON string.

        `POST /yaml` (validateYaml).
        Never retried (not idempotent).

        Args:
            body (ValidateYamlBody):

        Returns:
            Message

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
            _validate_yaml.OPERATION,
            _validate_yaml._get_kwargs(
                body=body,
            ),
            _validate_yaml._parse_response,
        )

    async def validate_yaml_async(
        self,
        *,
        body: ValidateYamlBody,
    ) -> Message:
        """Validate pipeline YAML

        Checks a pipeline definition against the YAML schema. An invalid definition is answered
        with 400 and the reasons as a JSON string.

        Unlike the vendor's own document: The handler validates the request against the partial-
        rebuild operation's declaration, not its own; the vendor declares the 400 body as
        `{message}` where the service sends a JSON string.

        `POST /yaml` (validateYaml).
        Never retried (not idempotent).

        Args:
            body (ValidateYamlBody):

        Returns:
            Message

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
            _validate_yaml.OPERATION,
            _validate_yaml._get_kwargs(
                body=body,
            ),
            _validate_yaml._parse_response,
        )

    # -- listProjectSecrets --

    def list_project_secrets(
        self,
        project_id_or_name: str,
        *,
        order: ListProjectSecretsOrder | Unset = ListProjectSecretsOrder.BY_NAME_ASC,
        page_token: str | Unset = "",
        page_size: int | Unset = 20,
    ) -> list[ProjectSecret]:
        """List project secrets

        The project's secrets. Needs the organization's project-level secrets feature (else 404
        with a message saying so).

        `GET /projects/{project_id_or_name}/secrets` (listProjectSecrets).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project_id_or_name (str): The project's id (UUID) or name.
            order (ListProjectSecretsOrder | Unset): Sort order. Default:
                ListProjectSecretsOrder.BY_NAME_ASC.
            page_token (str | Unset): Where the page starts; leave out (or empty) for the first
                page. Default: ''.
            page_size (int | Unset): Items a page. Default: 20.

        Returns:
            list[ProjectSecret]

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
            _list_project_secrets.OPERATION,
            _list_project_secrets._get_kwargs(
                project_id_or_name=project_id_or_name,
                order=order,
                page_token=page_token,
                page_size=page_size,
            ),
            _list_project_secrets._parse_response,
        )

    async def list_project_secrets_async(
        self,
        project_id_or_name: str,
        *,
        order: ListProjectSecretsOrder | Unset = ListProjectSecretsOrder.BY_NAME_ASC,
        page_token: str | Unset = "",
        page_size: int | Unset = 20,
    ) -> list[ProjectSecret]:
        """List project secrets

        The project's secrets. Needs the organization's project-level secrets feature (else 404
        with a message saying so).

        `GET /projects/{project_id_or_name}/secrets` (listProjectSecrets).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project_id_or_name (str): The project's id (UUID) or name.
            order (ListProjectSecretsOrder | Unset): Sort order. Default:
                ListProjectSecretsOrder.BY_NAME_ASC.
            page_token (str | Unset): Where the page starts; leave out (or empty) for the first
                page. Default: ''.
            page_size (int | Unset): Items a page. Default: 20.

        Returns:
            list[ProjectSecret]

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
            _list_project_secrets.OPERATION,
            _list_project_secrets._get_kwargs(
                project_id_or_name=project_id_or_name,
                order=order,
                page_token=page_token,
                page_size=page_size,
            ),
            _list_project_secrets._parse_response,
        )

    def iter_list_project_secrets(
        self,
        project_id_or_name: str,
        *,
        order: ListProjectSecretsOrder | Unset = ListProjectSecretsOrder.BY_NAME_ASC,
        page_token: str | Unset = "",
        page_size: int | Unset = 20,
        max_items: int | None = None,
        max_pages: int | None = None,
    ) -> _Paginator[ProjectSecret, list[ProjectSecret]]:
        """List project secrets

        The project's secrets. Needs the organization's project-level secrets feature (else 404
        with a message saying so).

        `GET /projects/{project_id_or_name}/secrets` (listProjectSecrets).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project_id_or_name (str): The project's id (UUID) or name.
            order (ListProjectSecretsOrder | Unset): Sort order. Default:
                ListProjectSecretsOrder.BY_NAME_ASC.
            page_token (str | Unset): Where the page starts; leave out (or empty) for the first
                page. Default: ''.
            page_size (int | Unset): Items a page. Default: 20.
            max_items: stop after this many items (default: all).
            max_pages: stop after fetching this many pages (default: all, up to 10,000, then
                PaginationError). A walk also raises PaginationError on a page URL seen before
                and after 5 pages in a row that bring nothing new (no item, or a page sent before).

        Returns:
            Paginator[ProjectSecret, list[ProjectSecret]]: iterate with `for` or `async for` (page-token pagination); pages are fetched lazily, as the items are used.

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
            _list_project_secrets.OPERATION,
            _list_project_secrets._get_kwargs(
                project_id_or_name=project_id_or_name,
                order=order,
                page_token=page_token,
                page_size=page_size,
            ),
            _list_project_secrets._parse_response,
            lambda body: body,
            max_items=max_items,
            max_pages=max_pages,
        )

    # -- createProjectSecret --

    def create_project_secret(
        self,
        project_id_or_name: str,
        *,
        body: ProjectSecretInput,
    ) -> ProjectSecret:
        """Create a project secret

        Creates a secret in the project. Needs the organization's project-level secrets feature
        (else 404 with a message saying so).

        `POST /projects/{project_id_or_name}/secrets` (createProjectSecret).
        Never retried (not idempotent).

        Args:
            project_id_or_name (str): The project's id (UUID) or name.
            body (ProjectSecretInput): A project secret as sent to create or replace one;
                `metadata` is read-only and ignored.

        Returns:
            ProjectSecret

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
            _create_project_secret.OPERATION,
            _create_project_secret._get_kwargs(
                project_id_or_name=project_id_or_name,
                body=body,
            ),
            _create_project_secret._parse_response,
        )

    async def create_project_secret_async(
        self,
        project_id_or_name: str,
        *,
        body: ProjectSecretInput,
    ) -> ProjectSecret:
        """Create a project secret

        Creates a secret in the project. Needs the organization's project-level secrets feature
        (else 404 with a message saying so).

        `POST /projects/{project_id_or_name}/secrets` (createProjectSecret).
        Never retried (not idempotent).

        Args:
            project_id_or_name (str): The project's id (UUID) or name.
            body (ProjectSecretInput): A project secret as sent to create or replace one;
                `metadata` is read-only and ignored.

        Returns:
            ProjectSecret

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
            _create_project_secret.OPERATION,
            _create_project_secret._get_kwargs(
                project_id_or_name=project_id_or_name,
                body=body,
            ),
            _create_project_secret._parse_response,
        )

    # -- describeProjectSecret --

    def describe_project_secret(
        self,
        project_id_or_name: str,
        id_or_name: str,
    ) -> ProjectSecret:
        """Describe a project secret

        One secret. Needs the organization's project-level secrets feature (else 404 with a
        message saying so).

        `GET /projects/{project_id_or_name}/secrets/{id_or_name}` (describeProjectSecret).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project_id_or_name (str): The project's id (UUID) or name.
            id_or_name (str): The secret's id (UUID) or name.

        Returns:
            ProjectSecret

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
            _describe_project_secret.OPERATION,
            _describe_project_secret._get_kwargs(
                project_id_or_name=project_id_or_name,
                id_or_name=id_or_name,
            ),
            _describe_project_secret._parse_response,
        )

    async def describe_project_secret_async(
        self,
        project_id_or_name: str,
        id_or_name: str,
    ) -> ProjectSecret:
        """Describe a project secret

        One secret. Needs the organization's project-level secrets feature (else 404 with a
        message saying so).

        `GET /projects/{project_id_or_name}/secrets/{id_or_name}` (describeProjectSecret).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project_id_or_name (str): The project's id (UUID) or name.
            id_or_name (str): The secret's id (UUID) or name.

        Returns:
            ProjectSecret

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
            _describe_project_secret.OPERATION,
            _describe_project_secret._get_kwargs(
                project_id_or_name=project_id_or_name,
                id_or_name=id_or_name,
            ),
            _describe_project_secret._parse_response,
        )

    # -- updateProjectSecret --

    def update_project_secret(
        self,
        project_id_or_name: str,
        id_or_name: str,
        *,
        body: ProjectSecretInput,
    ) -> ProjectSecret:
        """Replace a project secret

        Replaces the secret's spec. Needs the organization's project-level secrets feature (else
        404 with a message saying so).

        `PUT /projects/{project_id_or_name}/secrets/{id_or_name}` (updateProjectSecret).
        Never retried (not idempotent).

        Args:
            project_id_or_name (str): The project's id (UUID) or name.
            id_or_name (str): The secret's id (UUID) or name.
            body (ProjectSecretInput): A project secret as sent to create or replace one;
                `metadata` is read-only and ignored.

        Returns:
            ProjectSecret

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
            _update_project_secret.OPERATION,
            _update_project_secret._get_kwargs(
                project_id_or_name=project_id_or_name,
                id_or_name=id_or_name,
                body=body,
            ),
            _update_project_secret._parse_response,
        )

    async def update_project_secret_async(
        self,
        project_id_or_name: str,
        id_or_name: str,
        *,
        body: ProjectSecretInput,
    ) -> ProjectSecret:
        """Replace a project secret

        Replaces the secret's spec. Needs the organization's project-level secrets feature (else
        404 with a message saying so).

        `PUT /projects/{project_id_or_name}/secrets/{id_or_name}` (updateProjectSecret).
        Never retried (not idempotent).

        Args:
            project_id_or_name (str): The project's id (UUID) or name.
            id_or_name (str): The secret's id (UUID) or name.
            body (ProjectSecretInput): A project secret as sent to create or replace one;
                `metadata` is read-only and ignored.

        Returns:
            ProjectSecret

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
            _update_project_secret.OPERATION,
            _update_project_secret._get_kwargs(
                project_id_or_name=project_id_or_name,
                id_or_name=id_or_name,
                body=body,
            ),
            _update_project_secret._parse_response,
        )

    # -- deleteProjectSecret --

    def delete_project_secret(
        self,
        project_id_or_name: str,
        id_or_name: str,
    ) -> SecretDeleted:
        """Delete a project secret

        Deletes the secret. Needs the organization's project-level secrets feature (else 404
        with a message saying so).

        `DELETE /projects/{project_id_or_name}/secrets/{id_or_name}` (deleteProjectSecret).
        Never retried (not idempotent).

        Args:
            project_id_or_name (str): The project's id (UUID) or name.
            id_or_name (str): The secret's id (UUID) or name.

        Returns:
            SecretDeleted

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
            _delete_project_secret.OPERATION,
            _delete_project_secret._get_kwargs(
                project_id_or_name=project_id_or_name,
                id_or_name=id_or_name,
            ),
            _delete_project_secret._parse_response,
        )

    async def delete_project_secret_async(
        self,
        project_id_or_name: str,
        id_or_name: str,
    ) -> SecretDeleted:
        """Delete a project secret

        Deletes the secret. Needs the organization's project-level secrets feature (else 404
        with a message saying so).

        `DELETE /projects/{project_id_or_name}/secrets/{id_or_name}` (deleteProjectSecret).
        Never retried (not idempotent).

        Args:
            project_id_or_name (str): The project's id (UUID) or name.
            id_or_name (str): The secret's id (UUID) or name.

        Returns:
            SecretDeleted

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
            _delete_project_secret.OPERATION,
            _delete_project_secret._get_kwargs(
                project_id_or_name=project_id_or_name,
                id_or_name=id_or_name,
            ),
            _delete_project_secret._parse_response,
        )

    # -- listProjects --

    def list_projects(
        self,
        *,
        owner_uuid: UUID | Unset = UNSET,
        repo_url: str | Unset = UNSET,
        direction: ListProjectsDirection | Unset = ListProjectsDirection.NEXT,
        page_token: str | Unset = "",
        page_size: int | Unset = 20,
    ) -> list[Project]:
        """List projects

        The organization's projects, optionally by owner or repository.

        `GET /projects` (listProjects).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            owner_uuid (UUID | Unset): Only projects of this owner.
            repo_url (str | Unset): Only projects of this repository.
            direction (ListProjectsDirection | Unset): NEXT pages forward from `page_token`,
                PREVIOUS backward. Default: ListProjectsDirection.NEXT.
            page_token (str | Unset): Where the page starts; leave out (or empty) for the first
                page. Default: ''.
            page_size (int | Unset): Items a page. Default: 20.

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
                owner_uuid=owner_uuid,
                repo_url=repo_url,
                direction=direction,
                page_token=page_token,
                page_size=page_size,
            ),
            _list_projects._parse_response,
        )

    async def list_projects_async(
        self,
        *,
        owner_uuid: UUID | Unset = UNSET,
        repo_url: str | Unset = UNSET,
        direction: ListProjectsDirection | Unset = ListProjectsDirection.NEXT,
        page_token: str | Unset = "",
        page_size: int | Unset = 20,
    ) -> list[Project]:
        """List projects

        The organization's projects, optionally by owner or repository.

        `GET /projects` (listProjects).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            owner_uuid (UUID | Unset): Only projects of this owner.
            repo_url (str | Unset): Only projects of this repository.
            direction (ListProjectsDirection | Unset): NEXT pages forward from `page_token`,
                PREVIOUS backward. Default: ListProjectsDirection.NEXT.
            page_token (str | Unset): Where the page starts; leave out (or empty) for the first
                page. Default: ''.
            page_size (int | Unset): Items a page. Default: 20.

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
                owner_uuid=owner_uuid,
                repo_url=repo_url,
                direction=direction,
                page_token=page_token,
                page_size=page_size,
            ),
            _list_projects._parse_response,
        )

    def iter_list_projects(
        self,
        *,
        owner_uuid: UUID | Unset = UNSET,
        repo_url: str | Unset = UNSET,
        direction: ListProjectsDirection | Unset = ListProjectsDirection.NEXT,
        page_token: str | Unset = "",
        page_size: int | Unset = 20,
        max_items: int | None = None,
        max_pages: int | None = None,
    ) -> _Paginator[Project, list[Project]]:
        """List projects

        The organization's projects, optionally by owner or repository.

        `GET /projects` (listProjects).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            owner_uuid (UUID | Unset): Only projects of this owner.
            repo_url (str | Unset): Only projects of this repository.
            direction (ListProjectsDirection | Unset): NEXT pages forward from `page_token`,
                PREVIOUS backward. Default: ListProjectsDirection.NEXT.
            page_token (str | Unset): Where the page starts; leave out (or empty) for the first
                page. Default: ''.
            page_size (int | Unset): Items a page. Default: 20.
            max_items: stop after this many items (default: all).
            max_pages: stop after fetching this many pages (default: all, up to 10,000, then
                PaginationError). A walk also raises PaginationError on a page URL seen before
                and after 5 pages in a row that bring nothing new (no item, or a page sent before).

        Returns:
            Paginator[Project, list[Project]]: iterate with `for` or `async for` (page-token pagination); pages are fetched lazily, as the items are used.

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
                owner_uuid=owner_uuid,
                repo_url=repo_url,
                direction=direction,
                page_token=page_token,
                page_size=page_size,
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

        Creates a project for a repository. The description is ignored on creation.

        `POST /projects` (createProject).
        Never retried (not idempotent).

        Args:
            body (ProjectInput): A project as sent to create or replace one; `metadata` is read-
                only and ignored.

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

        Creates a project for a repository. The description is ignored on creation.

        `POST /projects` (createProject).
        Never retried (not idempotent).

        Args:
            body (ProjectInput): A project as sent to create or replace one; `metadata` is read-
                only and ignored.

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
        project_id_or_name: str,
    ) -> Project:
        """Describe a project

        One project.

        `GET /projects/{project_id_or_name}` (describeProject).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project_id_or_name (str): The project's id (UUID) or name.

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
                project_id_or_name=project_id_or_name,
            ),
            _describe_project._parse_response,
        )

    async def describe_project_async(
        self,
        project_id_or_name: str,
    ) -> Project:
        """Describe a project

        One project.

        `GET /projects/{project_id_or_name}` (describeProject).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project_id_or_name (str): The project's id (UUID) or name.

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
                project_id_or_name=project_id_or_name,
            ),
            _describe_project._parse_response,
        )

    # -- updateProject --

    def update_project(
        self,
        project_id_or_name: str,
        *,
        body: ProjectInput,
    ) -> Project:
        """Replace a project

        Replaces the project's spec.

        `PUT /projects/{project_id_or_name}` (updateProject).
        Never retried (not idempotent).

        Args:
            project_id_or_name (str): The project's id (UUID) or name.
            body (ProjectInput): A project as sent to create or replace one; `metadata` is read-
                only and ignored.

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
                project_id_or_name=project_id_or_name,
                body=body,
            ),
            _update_project._parse_response,
        )

    async def update_project_async(
        self,
        project_id_or_name: str,
        *,
        body: ProjectInput,
    ) -> Project:
        """Replace a project

        Replaces the project's spec.

        `PUT /projects/{project_id_or_name}` (updateProject).
        Never retried (not idempotent).

        Args:
            project_id_or_name (str): The project's id (UUID) or name.
            body (ProjectInput): A project as sent to create or replace one; `metadata` is read-
                only and ignored.

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
                project_id_or_name=project_id_or_name,
                body=body,
            ),
            _update_project._parse_response,
        )

    # -- deleteProject --

    def delete_project(
        self,
        project_id_or_name: str,
    ) -> ProjectDeleted:
        """Delete a project

        Deletes the project.

        `DELETE /projects/{project_id_or_name}` (deleteProject).
        Never retried (not idempotent).

        Args:
            project_id_or_name (str): The project's id (UUID) or name.

        Returns:
            ProjectDeleted

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
            _delete_project.OPERATION,
            _delete_project._get_kwargs(
                project_id_or_name=project_id_or_name,
            ),
            _delete_project._parse_response,
        )

    async def delete_project_async(
        self,
        project_id_or_name: str,
    ) -> ProjectDeleted:
        """Delete a project

        Deletes the project.

        `DELETE /projects/{project_id_or_name}` (deleteProject).
        Never retried (not idempotent).

        Args:
            project_id_or_name (str): The project's id (UUID) or name.

        Returns:
            ProjectDeleted

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
            _delete_project.OPERATION,
            _delete_project._get_kwargs(
                project_id_or_name=project_id_or_name,
            ),
            _delete_project._parse_response,
        )

    # -- listSecrets --

    def list_secrets(
        self,
        *,
        order: ListSecretsOrder | Unset = ListSecretsOrder.BY_NAME_ASC,
        page_token: str | Unset = "",
        page_size: int | Unset = 20,
    ) -> list[Secret]:
        """List organization secrets

        The organization's secrets.

        `GET /secrets` (listSecrets).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            order (ListSecretsOrder | Unset): Sort order. Default: ListSecretsOrder.BY_NAME_ASC.
            page_token (str | Unset): Where the page starts; leave out (or empty) for the first
                page. Default: ''.
            page_size (int | Unset): Items a page. Default: 20.

        Returns:
            list[Secret]

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
            _list_secrets.OPERATION,
            _list_secrets._get_kwargs(
                order=order,
                page_token=page_token,
                page_size=page_size,
            ),
            _list_secrets._parse_response,
        )

    async def list_secrets_async(
        self,
        *,
        order: ListSecretsOrder | Unset = ListSecretsOrder.BY_NAME_ASC,
        page_token: str | Unset = "",
        page_size: int | Unset = 20,
    ) -> list[Secret]:
        """List organization secrets

        The organization's secrets.

        `GET /secrets` (listSecrets).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            order (ListSecretsOrder | Unset): Sort order. Default: ListSecretsOrder.BY_NAME_ASC.
            page_token (str | Unset): Where the page starts; leave out (or empty) for the first
                page. Default: ''.
            page_size (int | Unset): Items a page. Default: 20.

        Returns:
            list[Secret]

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
            _list_secrets.OPERATION,
            _list_secrets._get_kwargs(
                order=order,
                page_token=page_token,
                page_size=page_size,
            ),
            _list_secrets._parse_response,
        )

    def iter_list_secrets(
        self,
        *,
        order: ListSecretsOrder | Unset = ListSecretsOrder.BY_NAME_ASC,
        page_token: str | Unset = "",
        page_size: int | Unset = 20,
        max_items: int | None = None,
        max_pages: int | None = None,
    ) -> _Paginator[Secret, list[Secret]]:
        """List organization secrets

        The organization's secrets.

        `GET /secrets` (listSecrets).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            order (ListSecretsOrder | Unset): Sort order. Default: ListSecretsOrder.BY_NAME_ASC.
            page_token (str | Unset): Where the page starts; leave out (or empty) for the first
                page. Default: ''.
            page_size (int | Unset): Items a page. Default: 20.
            max_items: stop after this many items (default: all).
            max_pages: stop after fetching this many pages (default: all, up to 10,000, then
                PaginationError). A walk also raises PaginationError on a page URL seen before
                and after 5 pages in a row that bring nothing new (no item, or a page sent before).

        Returns:
            Paginator[Secret, list[Secret]]: iterate with `for` or `async for` (page-token pagination); pages are fetched lazily, as the items are used.

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
            _list_secrets.OPERATION,
            _list_secrets._get_kwargs(
                order=order,
                page_token=page_token,
                page_size=page_size,
            ),
            _list_secrets._parse_response,
            lambda body: body,
            max_items=max_items,
            max_pages=max_pages,
        )

    # -- createSecret --

    def create_secret(
        self,
        *,
        body: SecretInput,
    ) -> Secret:
        """Create an organization secret

        Creates a secret. `spec.access_config` is applied only when the organization has the
        secrets access policy feature and the user may manage it; otherwise it is ignored.

        `POST /secrets` (createSecret).
        Never retried (not idempotent).

        Args:
            body (SecretInput): A secret as sent to create or replace one; `metadata` is read-
                only and ignored.

        Returns:
            Secret

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
            _create_secret.OPERATION,
            _create_secret._get_kwargs(
                body=body,
            ),
            _create_secret._parse_response,
        )

    async def create_secret_async(
        self,
        *,
        body: SecretInput,
    ) -> Secret:
        """Create an organization secret

        Creates a secret. `spec.access_config` is applied only when the organization has the
        secrets access policy feature and the user may manage it; otherwise it is ignored.

        `POST /secrets` (createSecret).
        Never retried (not idempotent).

        Args:
            body (SecretInput): A secret as sent to create or replace one; `metadata` is read-
                only and ignored.

        Returns:
            Secret

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
            _create_secret.OPERATION,
            _create_secret._get_kwargs(
                body=body,
            ),
            _create_secret._parse_response,
        )

    # -- describeSecret --

    def describe_secret(
        self,
        id_or_name: str,
    ) -> Secret:
        """Describe an organization secret

        One secret.

        `GET /secrets/{id_or_name}` (describeSecret).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            id_or_name (str): The secret's id (UUID) or name.

        Returns:
            Secret

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
            _describe_secret.OPERATION,
            _describe_secret._get_kwargs(
                id_or_name=id_or_name,
            ),
            _describe_secret._parse_response,
        )

    async def describe_secret_async(
        self,
        id_or_name: str,
    ) -> Secret:
        """Describe an organization secret

        One secret.

        `GET /secrets/{id_or_name}` (describeSecret).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            id_or_name (str): The secret's id (UUID) or name.

        Returns:
            Secret

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
            _describe_secret.OPERATION,
            _describe_secret._get_kwargs(
                id_or_name=id_or_name,
            ),
            _describe_secret._parse_response,
        )

    # -- updateSecret --

    def update_secret(
        self,
        id_or_name: str,
        *,
        body: SecretInput,
    ) -> Secret:
        """Replace an organization secret

        Replaces the secret's spec.

        `PUT /secrets/{id_or_name}` (updateSecret).
        Never retried (not idempotent).

        Args:
            id_or_name (str): The secret's id (UUID) or name.
            body (SecretInput): A secret as sent to create or replace one; `metadata` is read-
                only and ignored.

        Returns:
            Secret

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
            _update_secret.OPERATION,
            _update_secret._get_kwargs(
                id_or_name=id_or_name,
                body=body,
            ),
            _update_secret._parse_response,
        )

    async def update_secret_async(
        self,
        id_or_name: str,
        *,
        body: SecretInput,
    ) -> Secret:
        """Replace an organization secret

        Replaces the secret's spec.

        `PUT /secrets/{id_or_name}` (updateSecret).
        Never retried (not idempotent).

        Args:
            id_or_name (str): The secret's id (UUID) or name.
            body (SecretInput): A secret as sent to create or replace one; `metadata` is read-
                only and ignored.

        Returns:
            Secret

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
            _update_secret.OPERATION,
            _update_secret._get_kwargs(
                id_or_name=id_or_name,
                body=body,
            ),
            _update_secret._parse_response,
        )

    # -- deleteSecret --

    def delete_secret(
        self,
        id_or_name: str,
    ) -> SecretDeleted:
        """Delete an organization secret

        Deletes the secret.

        `DELETE /secrets/{id_or_name}` (deleteSecret).
        Never retried (not idempotent).

        Args:
            id_or_name (str): The secret's id (UUID) or name.

        Returns:
            SecretDeleted

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
            _delete_secret.OPERATION,
            _delete_secret._get_kwargs(
                id_or_name=id_or_name,
            ),
            _delete_secret._parse_response,
        )

    async def delete_secret_async(
        self,
        id_or_name: str,
    ) -> SecretDeleted:
        """Delete an organization secret

        Deletes the secret.

        `DELETE /secrets/{id_or_name}` (deleteSecret).
        Never retried (not idempotent).

        Args:
            id_or_name (str): The secret's id (UUID) or name.

        Returns:
            SecretDeleted

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
            _delete_secret.OPERATION,
            _delete_secret._get_kwargs(
                id_or_name=id_or_name,
            ),
            _delete_secret._parse_response,
        )

    # -- listAgentTypes --

    def list_agent_types(
        self,
        *,
        page_token: str | Unset = "",
        page_size: int | Unset = 20,
    ) -> list[AgentType]:
        """List self-hosted agent types

        The organization's agent types.

        `GET /self_hosted_agent_types` (listAgentTypes).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            page_token (str | Unset): Where the page starts; leave out (or empty) for the first
                page. Default: ''.
            page_size (int | Unset): Items a page. Default: 20.

        Returns:
            list[AgentType]

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
                page_token=page_token,
                page_size=page_size,
            ),
            _list_agent_types._parse_response,
        )

    async def list_agent_types_async(
        self,
        *,
        page_token: str | Unset = "",
        page_size: int | Unset = 20,
    ) -> list[AgentType]:
        """List self-hosted agent types

        The organization's agent types.

        `GET /self_hosted_agent_types` (listAgentTypes).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            page_token (str | Unset): Where the page starts; leave out (or empty) for the first
                page. Default: ''.
            page_size (int | Unset): Items a page. Default: 20.

        Returns:
            list[AgentType]

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
                page_token=page_token,
                page_size=page_size,
            ),
            _list_agent_types._parse_response,
        )

    def iter_list_agent_types(
        self,
        *,
        page_token: str | Unset = "",
        page_size: int | Unset = 20,
        max_items: int | None = None,
        max_pages: int | None = None,
    ) -> _Paginator[AgentType, list[AgentType]]:
        """List self-hosted agent types

        The organization's agent types.

        `GET /self_hosted_agent_types` (listAgentTypes).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            page_token (str | Unset): Where the page starts; leave out (or empty) for the first
                page. Default: ''.
            page_size (int | Unset): Items a page. Default: 20.
            max_items: stop after this many items (default: all).
            max_pages: stop after fetching this many pages (default: all, up to 10,000, then
                PaginationError). A walk also raises PaginationError on a page URL seen before
                and after 5 pages in a row that bring nothing new (no item, or a page sent before).

        Returns:
            Paginator[AgentType, list[AgentType]]: iterate with `for` or `async for` (page-token pagination); pages are fetched lazily, as the items are used.

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
            _list_agent_types.OPERATION,
            _list_agent_types._get_kwargs(
                page_token=page_token,
                page_size=page_size,
            ),
            _list_agent_types._parse_response,
            lambda body: body,
            max_items=max_items,
            max_pages=max_pages,
        )

    # -- createAgentType --

    def create_agent_type(
        self,
        *,
        body: AgentTypeInput,
    ) -> AgentType:
        """Create a self-hosted agent type

        Creates an agent type; the answer alone carries its registration token.

        `POST /self_hosted_agent_types` (createAgentType).
        Never retried (not idempotent).

        Args:
            body (AgentTypeInput): An agent type as sent to create or change one; `metadata` is
                read-only and ignored.

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
        body: AgentTypeInput,
    ) -> AgentType:
        """Create a self-hosted agent type

        Creates an agent type; the answer alone carries its registration token.

        `POST /self_hosted_agent_types` (createAgentType).
        Never retried (not idempotent).

        Args:
            body (AgentTypeInput): An agent type as sent to create or change one; `metadata` is
                read-only and ignored.

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
        """Describe a self-hosted agent type

        One agent type.

        `GET /self_hosted_agent_types/{agent_type_name}` (describeAgentType).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            agent_type_name (str): The agent type's name, e.g. `s1-linux`.

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
        """Describe a self-hosted agent type

        One agent type.

        `GET /self_hosted_agent_types/{agent_type_name}` (describeAgentType).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            agent_type_name (str): The agent type's name, e.g. `s1-linux`.

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

    # -- updateAgentType --

    def update_agent_type(
        self,
        agent_type_name: str,
        *,
        body: AgentTypeInput,
    ) -> AgentType:
        """Change a self-hosted agent type

        Changes the agent type's name settings.

        `PUT /self_hosted_agent_types/{agent_type_name}` (updateAgentType).
        Never retried (not idempotent).

        Args:
            agent_type_name (str): The agent type's name, e.g. `s1-linux`.
            body (AgentTypeInput): An agent type as sent to create or change one; `metadata` is
                read-only and ignored.

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
        body: AgentTypeInput,
    ) -> AgentType:
        """Change a self-hosted agent type

        Changes the agent type's name settings.

        `PUT /self_hosted_agent_types/{agent_type_name}` (updateAgentType).
        Never retried (not idempotent).

        Args:
            agent_type_name (str): The agent type's name, e.g. `s1-linux`.
            body (AgentTypeInput): An agent type as sent to create or change one; `metadata` is
                read-only and ignored.

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

    # -- deleteAgentType --

    def delete_agent_type(
        self,
        agent_type_name: str,
    ) -> OperationMessage:
        """Delete a self-hosted agent type

        Deletes the agent type.

        `DELETE /self_hosted_agent_types/{agent_type_name}` (deleteAgentType).
        Never retried (not idempotent).

        Args:
            agent_type_name (str): The agent type's name, e.g. `s1-linux`.

        Returns:
            OperationMessage

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
    ) -> OperationMessage:
        """Delete a self-hosted agent type

        Deletes the agent type.

        `DELETE /self_hosted_agent_types/{agent_type_name}` (deleteAgentType).
        Never retried (not idempotent).

        Args:
            agent_type_name (str): The agent type's name, e.g. `s1-linux`.

        Returns:
            OperationMessage

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

    # -- disableAgents --

    def disable_agents(
        self,
        agent_type_name: str,
        *,
        body: DisableAllRequest,
    ) -> OperationMessage:
        """Disable a type's agents

        Disables the idle agents of the type, or all of them with `only_idle: false`.

        `POST /self_hosted_agent_types/{agent_type_name}/disable_all` (disableAgents).
        Never retried (not idempotent).

        Args:
            agent_type_name (str): The agent type's name, e.g. `s1-linux`.
            body (DisableAllRequest):

        Returns:
            OperationMessage

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
            _disable_agents.OPERATION,
            _disable_agents._get_kwargs(
                agent_type_name=agent_type_name,
                body=body,
            ),
            _disable_agents._parse_response,
        )

    async def disable_agents_async(
        self,
        agent_type_name: str,
        *,
        body: DisableAllRequest,
    ) -> OperationMessage:
        """Disable a type's agents

        Disables the idle agents of the type, or all of them with `only_idle: false`.

        `POST /self_hosted_agent_types/{agent_type_name}/disable_all` (disableAgents).
        Never retried (not idempotent).

        Args:
            agent_type_name (str): The agent type's name, e.g. `s1-linux`.
            body (DisableAllRequest):

        Returns:
            OperationMessage

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
            _disable_agents.OPERATION,
            _disable_agents._get_kwargs(
                agent_type_name=agent_type_name,
                body=body,
            ),
            _disable_agents._parse_response,
        )

    # -- listAgents --

    def list_agents(
        self,
        *,
        agent_type: str | Unset = UNSET,
        page_token: str | Unset = "",
        page_size: int | Unset = 20,
    ) -> list[Agent]:
        """List connected self-hosted agents

        Connected agents, optionally of one type.

        `GET /agents` (listAgents).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            agent_type (str | Unset): Only agents of this type.
            page_token (str | Unset): Where the page starts; leave out (or empty) for the first
                page. Default: ''.
            page_size (int | Unset): Items a page. Default: 20.

        Returns:
            list[Agent]

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
                page_token=page_token,
                page_size=page_size,
            ),
            _list_agents._parse_response,
        )

    async def list_agents_async(
        self,
        *,
        agent_type: str | Unset = UNSET,
        page_token: str | Unset = "",
        page_size: int | Unset = 20,
    ) -> list[Agent]:
        """List connected self-hosted agents

        Connected agents, optionally of one type.

        `GET /agents` (listAgents).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            agent_type (str | Unset): Only agents of this type.
            page_token (str | Unset): Where the page starts; leave out (or empty) for the first
                page. Default: ''.
            page_size (int | Unset): Items a page. Default: 20.

        Returns:
            list[Agent]

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
                page_token=page_token,
                page_size=page_size,
            ),
            _list_agents._parse_response,
        )

    def iter_list_agents(
        self,
        *,
        agent_type: str | Unset = UNSET,
        page_token: str | Unset = "",
        page_size: int | Unset = 20,
        max_items: int | None = None,
        max_pages: int | None = None,
    ) -> _Paginator[Agent, list[Agent]]:
        """List connected self-hosted agents

        Connected agents, optionally of one type.

        `GET /agents` (listAgents).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            agent_type (str | Unset): Only agents of this type.
            page_token (str | Unset): Where the page starts; leave out (or empty) for the first
                page. Default: ''.
            page_size (int | Unset): Items a page. Default: 20.
            max_items: stop after this many items (default: all).
            max_pages: stop after fetching this many pages (default: all, up to 10,000, then
                PaginationError). A walk also raises PaginationError on a page URL seen before
                and after 5 pages in a row that bring nothing new (no item, or a page sent before).

        Returns:
            Paginator[Agent, list[Agent]]: iterate with `for` or `async for` (page-token pagination); pages are fetched lazily, as the items are used.

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
                page_token=page_token,
                page_size=page_size,
            ),
            _list_agents._parse_response,
            lambda body: body,
            max_items=max_items,
            max_pages=max_pages,
        )

    # -- describeAgent --

    def describe_agent(
        self,
        agent_name: str,
    ) -> Agent:
        """Describe a self-hosted agent

        One agent.

        `GET /agents/{agent_name}` (describeAgent).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            agent_name (str): The agent's name.

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
        """Describe a self-hosted agent

        One agent.

        `GET /agents/{agent_name}` (describeAgent).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            agent_name (str): The agent's name.

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

    # -- getOpenApiDocument --

    def get_open_api_document(
        self,
    ) -> GetOpenApiDocumentResponse200:
        """The vendor's OpenAPI document

        The OpenAPI 3 document the server builds from its own declarations (OpenApiSpex). It
        does not need the API feature. Compare it with this description using `semaphore-spec
        diff`.

        `GET /api-spec/openapi.json` (getOpenApiDocument).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Returns:
            GetOpenApiDocumentResponse200

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
            _get_open_api_document.OPERATION,
            _get_open_api_document._get_kwargs(),
            _get_open_api_document._parse_response,
        )

    async def get_open_api_document_async(
        self,
    ) -> GetOpenApiDocumentResponse200:
        """The vendor's OpenAPI document

        The OpenAPI 3 document the server builds from its own declarations (OpenApiSpex). It
        does not need the API feature. Compare it with this description using `semaphore-spec
        diff`.

        `GET /api-spec/openapi.json` (getOpenApiDocument).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Returns:
            GetOpenApiDocumentResponse200

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
            _get_open_api_document.OPERATION,
            _get_open_api_document._get_kwargs(),
            _get_open_api_document._parse_response,
        )

    # -- listTasks --

    def list_tasks(
        self,
        project_id_or_name: str,
        *,
        name: str | Unset = UNSET,
        direction: ListTasksDirection | Unset = ListTasksDirection.NEXT,
        page_token: str | Unset = "",
        page_size: int | Unset = 20,
    ) -> list[Task]:
        """List a project's tasks

        Tasks of a project, optionally by name.

        `GET /projects/{project_id_or_name}/tasks` (listTasks).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project_id_or_name (str): The project's id (UUID) or name.
            name (str | Unset): Only tasks whose name contains this.
            direction (ListTasksDirection | Unset): NEXT pages forward from `page_token`,
                PREVIOUS backward. Default: ListTasksDirection.NEXT.
            page_token (str | Unset): Where the page starts; leave out (or empty) for the first
                page. Default: ''.
            page_size (int | Unset): Items a page. Default: 20.

        Returns:
            list[Task]

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
                project_id_or_name=project_id_or_name,
                name=name,
                direction=direction,
                page_token=page_token,
                page_size=page_size,
            ),
            _list_tasks._parse_response,
        )

    async def list_tasks_async(
        self,
        project_id_or_name: str,
        *,
        name: str | Unset = UNSET,
        direction: ListTasksDirection | Unset = ListTasksDirection.NEXT,
        page_token: str | Unset = "",
        page_size: int | Unset = 20,
    ) -> list[Task]:
        """List a project's tasks

        Tasks of a project, optionally by name.

        `GET /projects/{project_id_or_name}/tasks` (listTasks).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project_id_or_name (str): The project's id (UUID) or name.
            name (str | Unset): Only tasks whose name contains this.
            direction (ListTasksDirection | Unset): NEXT pages forward from `page_token`,
                PREVIOUS backward. Default: ListTasksDirection.NEXT.
            page_token (str | Unset): Where the page starts; leave out (or empty) for the first
                page. Default: ''.
            page_size (int | Unset): Items a page. Default: 20.

        Returns:
            list[Task]

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
                project_id_or_name=project_id_or_name,
                name=name,
                direction=direction,
                page_token=page_token,
                page_size=page_size,
            ),
            _list_tasks._parse_response,
        )

    def iter_list_tasks(
        self,
        project_id_or_name: str,
        *,
        name: str | Unset = UNSET,
        direction: ListTasksDirection | Unset = ListTasksDirection.NEXT,
        page_token: str | Unset = "",
        page_size: int | Unset = 20,
        max_items: int | None = None,
        max_pages: int | None = None,
    ) -> _Paginator[Task, list[Task]]:
        """List a project's tasks

        Tasks of a project, optionally by name.

        `GET /projects/{project_id_or_name}/tasks` (listTasks).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project_id_or_name (str): The project's id (UUID) or name.
            name (str | Unset): Only tasks whose name contains this.
            direction (ListTasksDirection | Unset): NEXT pages forward from `page_token`,
                PREVIOUS backward. Default: ListTasksDirection.NEXT.
            page_token (str | Unset): Where the page starts; leave out (or empty) for the first
                page. Default: ''.
            page_size (int | Unset): Items a page. Default: 20.
            max_items: stop after this many items (default: all).
            max_pages: stop after fetching this many pages (default: all, up to 10,000, then
                PaginationError). A walk also raises PaginationError on a page URL seen before
                and after 5 pages in a row that bring nothing new (no item, or a page sent before).

        Returns:
            Paginator[Task, list[Task]]: iterate with `for` or `async for` (page-token pagination); pages are fetched lazily, as the items are used.

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
                project_id_or_name=project_id_or_name,
                name=name,
                direction=direction,
                page_token=page_token,
                page_size=page_size,
            ),
            _list_tasks._parse_response,
            lambda body: body,
            max_items=max_items,
            max_pages=max_pages,
        )

    # -- createTask --

    def create_task(
        self,
        project_id_or_name: str,
        *,
        body: TaskInput,
    ) -> Task:
        """Create a task

        Creates a task in the project.

        `POST /projects/{project_id_or_name}/tasks` (createTask).
        Never retried (not idempotent).

        Args:
            project_id_or_name (str): The project's id (UUID) or name.
            body (TaskInput): A task as sent to create, replace or change one; `metadata` is
                read-only and ignored.

        Returns:
            Task

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
            _create_task.OPERATION,
            _create_task._get_kwargs(
                project_id_or_name=project_id_or_name,
                body=body,
            ),
            _create_task._parse_response,
        )

    async def create_task_async(
        self,
        project_id_or_name: str,
        *,
        body: TaskInput,
    ) -> Task:
        """Create a task

        Creates a task in the project.

        `POST /projects/{project_id_or_name}/tasks` (createTask).
        Never retried (not idempotent).

        Args:
            project_id_or_name (str): The project's id (UUID) or name.
            body (TaskInput): A task as sent to create, replace or change one; `metadata` is
                read-only and ignored.

        Returns:
            Task

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
            _create_task.OPERATION,
            _create_task._get_kwargs(
                project_id_or_name=project_id_or_name,
                body=body,
            ),
            _create_task._parse_response,
        )

    # -- describeTask --

    def describe_task(
        self,
        project_id_or_name: str,
        task_id: UUID,
    ) -> Task:
        """Describe a task

        One task.

        `GET /projects/{project_id_or_name}/tasks/{task_id}` (describeTask).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project_id_or_name (str): The project's id (UUID) or name.
            task_id (UUID): The task.

        Returns:
            Task

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
                project_id_or_name=project_id_or_name,
                task_id=task_id,
            ),
            _describe_task._parse_response,
        )

    async def describe_task_async(
        self,
        project_id_or_name: str,
        task_id: UUID,
    ) -> Task:
        """Describe a task

        One task.

        `GET /projects/{project_id_or_name}/tasks/{task_id}` (describeTask).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project_id_or_name (str): The project's id (UUID) or name.
            task_id (UUID): The task.

        Returns:
            Task

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
                project_id_or_name=project_id_or_name,
                task_id=task_id,
            ),
            _describe_task._parse_response,
        )

    # -- replaceTask --

    def replace_task(
        self,
        project_id_or_name: str,
        task_id: UUID,
        *,
        body: TaskInput,
    ) -> Task:
        """Replace a task

        Replaces the whole task: fields left out take their defaults.

        `PUT /projects/{project_id_or_name}/tasks/{task_id}` (replaceTask).
        Never retried (not idempotent).

        Args:
            project_id_or_name (str): The project's id (UUID) or name.
            task_id (UUID): The task.
            body (TaskInput): A task as sent to create, replace or change one; `metadata` is
                read-only and ignored.

        Returns:
            Task

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
            _replace_task.OPERATION,
            _replace_task._get_kwargs(
                project_id_or_name=project_id_or_name,
                task_id=task_id,
                body=body,
            ),
            _replace_task._parse_response,
        )

    async def replace_task_async(
        self,
        project_id_or_name: str,
        task_id: UUID,
        *,
        body: TaskInput,
    ) -> Task:
        """Replace a task

        Replaces the whole task: fields left out take their defaults.

        `PUT /projects/{project_id_or_name}/tasks/{task_id}` (replaceTask).
        Never retried (not idempotent).

        Args:
            project_id_or_name (str): The project's id (UUID) or name.
            task_id (UUID): The task.
            body (TaskInput): A task as sent to create, replace or change one; `metadata` is
                read-only and ignored.

        Returns:
            Task

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
            _replace_task.OPERATION,
            _replace_task._get_kwargs(
                project_id_or_name=project_id_or_name,
                task_id=task_id,
                body=body,
            ),
            _replace_task._parse_response,
        )

    # -- deleteTask --

    def delete_task(
        self,
        project_id_or_name: str,
        task_id: UUID,
    ) -> Task:
        """Delete a task

        Deletes the task and answers with it as it was.

        `DELETE /projects/{project_id_or_name}/tasks/{task_id}` (deleteTask).
        Never retried (not idempotent).

        Args:
            project_id_or_name (str): The project's id (UUID) or name.
            task_id (UUID): The task.

        Returns:
            Task

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
                project_id_or_name=project_id_or_name,
                task_id=task_id,
            ),
            _delete_task._parse_response,
        )

    async def delete_task_async(
        self,
        project_id_or_name: str,
        task_id: UUID,
    ) -> Task:
        """Delete a task

        Deletes the task and answers with it as it was.

        `DELETE /projects/{project_id_or_name}/tasks/{task_id}` (deleteTask).
        Never retried (not idempotent).

        Args:
            project_id_or_name (str): The project's id (UUID) or name.
            task_id (UUID): The task.

        Returns:
            Task

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
                project_id_or_name=project_id_or_name,
                task_id=task_id,
            ),
            _delete_task._parse_response,
        )

    # -- updateTask --

    def update_task(
        self,
        project_id_or_name: str,
        task_id: UUID,
        *,
        body: TaskInput,
    ) -> Task:
        """Change a task

        Changes the fields sent; the others keep their values.

        `PATCH /projects/{project_id_or_name}/tasks/{task_id}` (updateTask).
        Never retried (not idempotent).

        Args:
            project_id_or_name (str): The project's id (UUID) or name.
            task_id (UUID): The task.
            body (TaskInput): A task as sent to create, replace or change one; `metadata` is
                read-only and ignored.

        Returns:
            Task

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
            _update_task.OPERATION,
            _update_task._get_kwargs(
                project_id_or_name=project_id_or_name,
                task_id=task_id,
                body=body,
            ),
            _update_task._parse_response,
        )

    async def update_task_async(
        self,
        project_id_or_name: str,
        task_id: UUID,
        *,
        body: TaskInput,
    ) -> Task:
        """Change a task

        Changes the fields sent; the others keep their values.

        `PATCH /projects/{project_id_or_name}/tasks/{task_id}` (updateTask).
        Never retried (not idempotent).

        Args:
            project_id_or_name (str): The project's id (UUID) or name.
            task_id (UUID): The task.
            body (TaskInput): A task as sent to create, replace or change one; `metadata` is
                read-only and ignored.

        Returns:
            Task

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
            _update_task.OPERATION,
            _update_task._get_kwargs(
                project_id_or_name=project_id_or_name,
                task_id=task_id,
                body=body,
            ),
            _update_task._parse_response,
        )

    # -- triggerTask --

    def trigger_task(
        self,
        project_id_or_name: str,
        task_id: UUID,
        *,
        body: TriggerRequest,
    ) -> Trigger:
        """Run a task now

        Starts a run of the task, optionally on another reference, file or parameters.

        `POST /projects/{project_id_or_name}/tasks/{task_id}/triggers` (triggerTask).
        Never retried (not idempotent).

        Args:
            project_id_or_name (str): The project's id (UUID) or name.
            task_id (UUID): The task.
            body (TriggerRequest): How to run the task this time; every field overrides the
                task's own.

        Returns:
            Trigger

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
            _trigger_task.OPERATION,
            _trigger_task._get_kwargs(
                project_id_or_name=project_id_or_name,
                task_id=task_id,
                body=body,
            ),
            _trigger_task._parse_response,
        )

    async def trigger_task_async(
        self,
        project_id_or_name: str,
        task_id: UUID,
        *,
        body: TriggerRequest,
    ) -> Trigger:
        """Run a task now

        Starts a run of the task, optionally on another reference, file or parameters.

        `POST /projects/{project_id_or_name}/tasks/{task_id}/triggers` (triggerTask).
        Never retried (not idempotent).

        Args:
            project_id_or_name (str): The project's id (UUID) or name.
            task_id (UUID): The task.
            body (TriggerRequest): How to run the task this time; every field overrides the
                task's own.

        Returns:
            Trigger

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
            _trigger_task.OPERATION,
            _trigger_task._get_kwargs(
                project_id_or_name=project_id_or_name,
                task_id=task_id,
                body=body,
            ),
            _trigger_task._parse_response,
        )

    # -- listWorkflows --

    def list_workflows(
        self,
        *,
        project_id: UUID,
        branch_name: str | Unset = UNSET,
        created_after: Timestamp,
        created_before: Timestamp,
        label: str | Unset = UNSET,
        git_ref_type: ListWorkflowsGitRefType | Unset = UNSET,
        direction: ListWorkflowsDirection | Unset = ListWorkflowsDirection.NEXT,
        page_token: str | Unset = "",
        page_size: int | Unset = 20,
    ) -> list[Workflow]:
        """List a project's workflows

        Workflows of one project, one page at a time. `created_after` and `created_before` are
        required by the server's validation (422 without them).

        `GET /workflows` (listWorkflows).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project_id (UUID): The project.
            branch_name (str | Unset): Only this branch.
            created_after (Timestamp): A point in time in any of the encodings the servers use.
            created_before (Timestamp): A point in time in any of the encodings the servers use.
            label (str | Unset): Only this label (branch or tag name, pull request number, ...).
            git_ref_type (ListWorkflowsGitRefType | Unset): Only this kind of git reference.
            direction (ListWorkflowsDirection | Unset): NEXT pages forward from `page_token`,
                PREVIOUS backward. Default: ListWorkflowsDirection.NEXT.
            page_token (str | Unset): Where the page starts; leave out (or empty) for the first
                page. Default: ''.
            page_size (int | Unset): Items a page. Default: 20.

        Returns:
            list[Workflow]

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
                created_after=created_after,
                created_before=created_before,
                label=label,
                git_ref_type=git_ref_type,
                direction=direction,
                page_token=page_token,
                page_size=page_size,
            ),
            _list_workflows._parse_response,
        )

    async def list_workflows_async(
        self,
        *,
        project_id: UUID,
        branch_name: str | Unset = UNSET,
        created_after: Timestamp,
        created_before: Timestamp,
        label: str | Unset = UNSET,
        git_ref_type: ListWorkflowsGitRefType | Unset = UNSET,
        direction: ListWorkflowsDirection | Unset = ListWorkflowsDirection.NEXT,
        page_token: str | Unset = "",
        page_size: int | Unset = 20,
    ) -> list[Workflow]:
        """List a project's workflows

        Workflows of one project, one page at a time. `created_after` and `created_before` are
        required by the server's validation (422 without them).

        `GET /workflows` (listWorkflows).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project_id (UUID): The project.
            branch_name (str | Unset): Only this branch.
            created_after (Timestamp): A point in time in any of the encodings the servers use.
            created_before (Timestamp): A point in time in any of the encodings the servers use.
            label (str | Unset): Only this label (branch or tag name, pull request number, ...).
            git_ref_type (ListWorkflowsGitRefType | Unset): Only this kind of git reference.
            direction (ListWorkflowsDirection | Unset): NEXT pages forward from `page_token`,
                PREVIOUS backward. Default: ListWorkflowsDirection.NEXT.
            page_token (str | Unset): Where the page starts; leave out (or empty) for the first
                page. Default: ''.
            page_size (int | Unset): Items a page. Default: 20.

        Returns:
            list[Workflow]

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
                created_after=created_after,
                created_before=created_before,
                label=label,
                git_ref_type=git_ref_type,
                direction=direction,
                page_token=page_token,
                page_size=page_size,
            ),
            _list_workflows._parse_response,
        )

    def iter_list_workflows(
        self,
        *,
        project_id: UUID,
        branch_name: str | Unset = UNSET,
        created_after: Timestamp,
        created_before: Timestamp,
        label: str | Unset = UNSET,
        git_ref_type: ListWorkflowsGitRefType | Unset = UNSET,
        direction: ListWorkflowsDirection | Unset = ListWorkflowsDirection.NEXT,
        page_token: str | Unset = "",
        page_size: int | Unset = 20,
        max_items: int | None = None,
        max_pages: int | None = None,
    ) -> _Paginator[Workflow, list[Workflow]]:
        """List a project's workflows

        Workflows of one project, one page at a time. `created_after` and `created_before` are
        required by the server's validation (422 without them).

        `GET /workflows` (listWorkflows).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project_id (UUID): The project.
            branch_name (str | Unset): Only this branch.
            created_after (Timestamp): A point in time in any of the encodings the servers use.
            created_before (Timestamp): A point in time in any of the encodings the servers use.
            label (str | Unset): Only this label (branch or tag name, pull request number, ...).
            git_ref_type (ListWorkflowsGitRefType | Unset): Only this kind of git reference.
            direction (ListWorkflowsDirection | Unset): NEXT pages forward from `page_token`,
                PREVIOUS backward. Default: ListWorkflowsDirection.NEXT.
            page_token (str | Unset): Where the page starts; leave out (or empty) for the first
                page. Default: ''.
            page_size (int | Unset): Items a page. Default: 20.
            max_items: stop after this many items (default: all).
            max_pages: stop after fetching this many pages (default: all, up to 10,000, then
                PaginationError). A walk also raises PaginationError on a page URL seen before
                and after 5 pages in a row that bring nothing new (no item, or a page sent before).

        Returns:
            Paginator[Workflow, list[Workflow]]: iterate with `for` or `async for` (page-token pagination); pages are fetched lazily, as the items are used.

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
                created_after=created_after,
                created_before=created_before,
                label=label,
                git_ref_type=git_ref_type,
                direction=direction,
                page_token=page_token,
                page_size=page_size,
            ),
            _list_workflows._parse_response,
            lambda body: body,
            max_items=max_items,
            max_pages=max_pages,
        )

    # -- scheduleWorkflow --

    def schedule_workflow(
        self,
        *,
        body: ScheduleRequest,
    ) -> ScheduleResponse:
        """Run a workflow

        Starts a workflow on a git reference of a project.

        `POST /workflows` (scheduleWorkflow).
        Never retried (not idempotent).

        Args:
            body (ScheduleRequest):

        Returns:
            ScheduleResponse

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
            _schedule_workflow.OPERATION,
            _schedule_workflow._get_kwargs(
                body=body,
            ),
            _schedule_workflow._parse_response,
        )

    async def schedule_workflow_async(
        self,
        *,
        body: ScheduleRequest,
    ) -> ScheduleResponse:
        """Run a workflow

        Starts a workflow on a git reference of a project.

        `POST /workflows` (scheduleWorkflow).
        Never retried (not idempotent).

        Args:
            body (ScheduleRequest):

        Returns:
            ScheduleResponse

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
            _schedule_workflow.OPERATION,
            _schedule_workflow._get_kwargs(
                body=body,
            ),
            _schedule_workflow._parse_response,
        )

    # -- describeWorkflow --

    def describe_workflow(
        self,
        wf_id: UUID,
    ) -> Workflow:
        """Describe a workflow

        One workflow.

        `GET /workflows/{wf_id}` (describeWorkflow).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            wf_id (UUID): The workflow.

        Returns:
            Workflow

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
                wf_id=wf_id,
            ),
            _describe_workflow._parse_response,
        )

    async def describe_workflow_async(
        self,
        wf_id: UUID,
    ) -> Workflow:
        """Describe a workflow

        One workflow.

        `GET /workflows/{wf_id}` (describeWorkflow).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            wf_id (UUID): The workflow.

        Returns:
            Workflow

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
                wf_id=wf_id,
            ),
            _describe_workflow._parse_response,
        )

    # -- terminateWorkflow --

    def terminate_workflow(
        self,
        wf_id: UUID,
    ) -> Message:
        """Stop a workflow

        Stops every running pipeline of the workflow.

        `POST /workflows/{wf_id}/terminate` (terminateWorkflow).
        Never retried (not idempotent).

        Args:
            wf_id (UUID): The workflow.

        Returns:
            Message

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
                wf_id=wf_id,
            ),
            _terminate_workflow._parse_response,
        )

    async def terminate_workflow_async(
        self,
        wf_id: UUID,
    ) -> Message:
        """Stop a workflow

        Stops every running pipeline of the workflow.

        `POST /workflows/{wf_id}/terminate` (terminateWorkflow).
        Never retried (not idempotent).

        Args:
            wf_id (UUID): The workflow.

        Returns:
            Message

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
                wf_id=wf_id,
            ),
            _terminate_workflow._parse_response,
        )

    # -- rescheduleWorkflow --

    def reschedule_workflow(
        self,
        wf_id: UUID,
        *,
        body: RescheduleWorkflowBody,
    ) -> RescheduleResponse:
        """Rerun a workflow

        Runs the workflow again from its first pipeline. `request_token` makes the call
        idempotent: a repeat with the same token returns the first rerun.

        `POST /workflows/{wf_id}/reschedule` (rescheduleWorkflow).
        Retried as the retry policy allows only when `request_token` is given (the same
        token is sent on every attempt); otherwise sent once.

        Args:
            wf_id (UUID): The workflow.
            body (RescheduleWorkflowBody):

        Returns:
            RescheduleResponse

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
                wf_id=wf_id,
                body=body,
            ),
            _reschedule_workflow._parse_response,
        )

    async def reschedule_workflow_async(
        self,
        wf_id: UUID,
        *,
        body: RescheduleWorkflowBody,
    ) -> RescheduleResponse:
        """Rerun a workflow

        Runs the workflow again from its first pipeline. `request_token` makes the call
        idempotent: a repeat with the same token returns the first rerun.

        `POST /workflows/{wf_id}/reschedule` (rescheduleWorkflow).
        Retried as the retry policy allows only when `request_token` is given (the same
        token is sent on every attempt); otherwise sent once.

        Args:
            wf_id (UUID): The workflow.
            body (RescheduleWorkflowBody):

        Returns:
            RescheduleResponse

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
                wf_id=wf_id,
                body=body,
            ),
            _reschedule_workflow._parse_response,
        )
