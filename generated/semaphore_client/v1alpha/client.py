"""The Semaphore 2.0 API v1alpha client: `Client`, one method per operation."""

from collections.abc import Mapping
from typing import Literal
from uuid import UUID

import httpx

from .._runtime.client import DEFAULT_DEADLINE as _DEFAULT_DEADLINE
from .._runtime.client import DEFAULT_MAX_CONCURRENCY as _DEFAULT_MAX_CONCURRENCY
from .._runtime.client import DEFAULT_MAX_RESPONSE_BYTES as _DEFAULT_MAX_RESPONSE_BYTES
from .._runtime.client import DEFAULT_TIMEOUT as _DEFAULT_TIMEOUT
from .._runtime.client import AnyTransport as _AnyTransport
from .._runtime.client import BaseClient as _BaseClient
from .._runtime.pagination import Paginator as _Paginator
from .._runtime.retry import RetryPolicy as _RetryPolicy
from .._runtime.surface import AuthScheme as _AuthScheme
from .._runtime.surface import PaginationStyle as _PaginationStyle
from .._runtime.surface import Server as _Server
from .._runtime.surface import Surface as _Surface
from .api.artifact_retention_policies import (
    configure_retention_policy as _configure_retention_policy,
)
from .api.artifact_retention_policies import describe_retention_policy as _describe_retention_policy
from .api.deployment_targets import activate_deployment_target as _activate_deployment_target
from .api.deployment_targets import create_deployment_target as _create_deployment_target
from .api.deployment_targets import deactivate_deployment_target as _deactivate_deployment_target
from .api.deployment_targets import delete_deployment_target as _delete_deployment_target
from .api.deployment_targets import describe_deployment_target as _describe_deployment_target
from .api.deployment_targets import list_deployment_history as _list_deployment_history
from .api.deployment_targets import list_deployment_targets as _list_deployment_targets
from .api.deployment_targets import update_deployment_target as _update_deployment_target
from .api.jobs import describe_job as _describe_job
from .api.jobs import stop_job as _stop_job
from .api.logs import get_job_logs as _get_job_logs
from .api.logs import get_job_plain_logs as _get_job_plain_logs
from .api.pipelines import describe_pipeline as _describe_pipeline
from .api.pipelines import list_pipelines as _list_pipelines
from .api.pipelines import terminate_pipeline as _terminate_pipeline
from .api.pipelines import validate_pipeline_yaml as _validate_pipeline_yaml
from .api.promotions import list_promotions as _list_promotions
from .api.promotions import trigger_promotion as _trigger_promotion
from .api.self_hosted_agent_types import create_agent_type as _create_agent_type
from .api.self_hosted_agent_types import delete_agent_type as _delete_agent_type
from .api.self_hosted_agent_types import describe_agent_type as _describe_agent_type
from .api.self_hosted_agent_types import disable_agent_type_agents as _disable_agent_type_agents
from .api.self_hosted_agent_types import list_agent_types as _list_agent_types
from .api.self_hosted_agent_types import update_agent_type as _update_agent_type
from .api.self_hosted_agents import describe_agent as _describe_agent
from .api.self_hosted_agents import list_agents as _list_agents
from .api.workflows import describe_workflow as _describe_workflow
from .api.workflows import list_workflows as _list_workflows
from .api.workflows import reschedule_workflow as _reschedule_workflow
from .api.workflows import run_workflow as _run_workflow
from .api.workflows import terminate_workflow as _terminate_workflow
from .models import (
    Agent,
    AgentList,
    AgentType,
    AgentTypeList,
    AgentTypeRequest,
    Deployment,
    DeploymentHistory,
    DeploymentTarget,
    DeploymentTargetActivity,
    DeploymentTargetCreate,
    DeploymentTargetDeleted,
    DeploymentTargetUpdate,
    DisableAgentsForm,
    DisableAgentsRequest,
    Empty,
    Job,
    JobLogs,
    PipelineDescription,
    PipelineListed,
    PipelineTerminateRequest,
    Promotion,
    PromotionTriggerForm,
    PromotionTriggerRequest,
    RetentionPolicy,
    RetentionPolicyRequest,
    WorkflowDescription,
    WorkflowListed,
    WorkflowRescheduleRequest,
    WorkflowRescheduleResult,
    WorkflowRunForm,
    WorkflowRunRequest,
    WorkflowRunResult,
    YamlValidationRequest,
    YamlValidationResult,
)
from .types import UNSET, Unset

SURFACE = _Surface(
    name="v1alpha",
    title="Semaphore 2.0 API v1alpha",
    servers={
        "default": _Server(name="default", url="https://{org_name}.semaphoreci.com/api/v1alpha"),
        "org_root": _Server(name="org_root", url="https://{org_name}.semaphoreci.com"),
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
        server_urls: URLs for the other named servers (`default`, `org_root`).
        timeout: Seconds (or an `httpx.Timeout`) for each network operation (connect,
            each read, each write); never infinite.
        retry: The `RetryPolicy` (default: 3 retries with exponential backoff).
        max_concurrency: Requests this client (and its `with_options` copies) sends at once.
        user_agent: Your application's product token, put before the client's own.
        headers: Extra headers for every request.
        transport: An httpx transport (sync, async or both) to send requests through,
            e.g. `semaphore_client.testing.FixtureTransport`.
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
            semaphore_client.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphore_client.errors.ResponseParseError: the answer does not fit the spec.
            semaphore_client.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphore_client.errors.TransportError: no answer (after the retries allowed);
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
            semaphore_client.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphore_client.errors.ResponseParseError: the answer does not fit the spec.
            semaphore_client.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphore_client.errors.TransportError: no answer (after the retries allowed);
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
            semaphore_client.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphore_client.errors.ResponseParseError: the answer does not fit the spec.
            semaphore_client.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphore_client.errors.TransportError: no answer (after the retries allowed);
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
            semaphore_client.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphore_client.errors.ResponseParseError: the answer does not fit the spec.
            semaphore_client.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphore_client.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _describe_retention_policy.OPERATION,
            _describe_retention_policy._get_kwargs(
                project_id=project_id,
            ),
            _describe_retention_policy._parse_response,
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
            semaphore_client.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphore_client.errors.ResponseParseError: the answer does not fit the spec.
            semaphore_client.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphore_client.errors.TransportError: no answer (after the retries allowed);
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
            semaphore_client.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphore_client.errors.ResponseParseError: the answer does not fit the spec.
            semaphore_client.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphore_client.errors.TransportError: no answer (after the retries allowed);
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
            semaphore_client.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphore_client.errors.ResponseParseError: the answer does not fit the spec.
            semaphore_client.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphore_client.errors.TransportError: no answer (after the retries allowed);
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
            semaphore_client.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphore_client.errors.ResponseParseError: the answer does not fit the spec.
            semaphore_client.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphore_client.errors.TransportError: no answer (after the retries allowed);
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
            semaphore_client.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphore_client.errors.ResponseParseError: the answer does not fit the spec.
            semaphore_client.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphore_client.errors.TransportError: no answer (after the retries allowed);
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
            semaphore_client.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphore_client.errors.ResponseParseError: the answer does not fit the spec.
            semaphore_client.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphore_client.errors.TransportError: no answer (after the retries allowed);
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
            semaphore_client.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphore_client.errors.ResponseParseError: the answer does not fit the spec.
            semaphore_client.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphore_client.errors.TransportError: no answer (after the retries allowed);
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
            semaphore_client.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphore_client.errors.ResponseParseError: the answer does not fit the spec.
            semaphore_client.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphore_client.errors.TransportError: no answer (after the retries allowed);
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
            semaphore_client.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphore_client.errors.ResponseParseError: the answer does not fit the spec.
            semaphore_client.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphore_client.errors.TransportError: no answer (after the retries allowed);
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
            semaphore_client.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphore_client.errors.ResponseParseError: the answer does not fit the spec.
            semaphore_client.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphore_client.errors.TransportError: no answer (after the retries allowed);
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
            semaphore_client.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphore_client.errors.ResponseParseError: the answer does not fit the spec.
            semaphore_client.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphore_client.errors.TransportError: no answer (after the retries allowed);
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
            semaphore_client.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphore_client.errors.ResponseParseError: the answer does not fit the spec.
            semaphore_client.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphore_client.errors.TransportError: no answer (after the retries allowed);
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
            semaphore_client.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphore_client.errors.ResponseParseError: the answer does not fit the spec.
            semaphore_client.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphore_client.errors.TransportError: no answer (after the retries allowed);
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
            semaphore_client.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphore_client.errors.ResponseParseError: the answer does not fit the spec.
            semaphore_client.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphore_client.errors.TransportError: no answer (after the retries allowed);
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
            semaphore_client.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphore_client.errors.ResponseParseError: the answer does not fit the spec.
            semaphore_client.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphore_client.errors.TransportError: no answer (after the retries allowed);
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
            semaphore_client.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphore_client.errors.ResponseParseError: the answer does not fit the spec.
            semaphore_client.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphore_client.errors.TransportError: no answer (after the retries allowed);
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
            semaphore_client.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphore_client.errors.ResponseParseError: the answer does not fit the spec.
            semaphore_client.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphore_client.errors.TransportError: no answer (after the retries allowed);
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
            semaphore_client.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphore_client.errors.ResponseParseError: the answer does not fit the spec.
            semaphore_client.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphore_client.errors.TransportError: no answer (after the retries allowed);
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
            semaphore_client.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphore_client.errors.ResponseParseError: the answer does not fit the spec.
            semaphore_client.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphore_client.errors.TransportError: no answer (after the retries allowed);
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
        accepted). An unknown or invisible job is answered with 404; an ID that is not a UUID is
        not checked up front and makes the job service fail with 500.

        `POST /jobs/{job_id}/stop` (stopJob).
        Never retried (not idempotent).

        Args:
            job_id (str): ID (UUID) of the job.

        Returns:
            Empty

        Raises:
            semaphore_client.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphore_client.errors.ResponseParseError: the answer does not fit the spec.
            semaphore_client.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphore_client.errors.TransportError: no answer (after the retries allowed);
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
        accepted). An unknown or invisible job is answered with 404; an ID that is not a UUID is
        not checked up front and makes the job service fail with 500.

        `POST /jobs/{job_id}/stop` (stopJob).
        Never retried (not idempotent).

        Args:
            job_id (str): ID (UUID) of the job.

        Returns:
            Empty

        Raises:
            semaphore_client.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphore_client.errors.ResponseParseError: the answer does not fit the spec.
            semaphore_client.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphore_client.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _stop_job.OPERATION,
            _stop_job._get_kwargs(
                job_id=job_id,
            ),
            _stop_job._parse_response,
        )

    # -- getJobPlainLogs --

    def get_job_plain_logs(
        self,
        job_id: str,
    ) -> str:
        """Get a job's log as plain text (deprecated)

        The job's log output as plain text, served on the organization's host outside
        `/api/v1alpha` (`https://{org_name}.semaphoreci.com/jobs/{job_id}/plain_logs.json`).
        Despite the `.json` suffix the body is the log text, not JSON. Documented only in the
        older edition of the reference; use `GET /logs/{job_id}` instead.

        `GET /jobs/{job_id}/plain_logs.json` (getJobPlainLogs).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            job_id (str): ID (UUID) of the job.

        Returns:
            str

        Raises:
            semaphore_client.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphore_client.errors.ResponseParseError: the answer does not fit the spec.
            semaphore_client.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphore_client.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return self._call(
            _get_job_plain_logs.OPERATION,
            _get_job_plain_logs._get_kwargs(
                job_id=job_id,
            ),
            _get_job_plain_logs._parse_response,
        )

    async def get_job_plain_logs_async(
        self,
        job_id: str,
    ) -> str:
        """Get a job's log as plain text (deprecated)

        The job's log output as plain text, served on the organization's host outside
        `/api/v1alpha` (`https://{org_name}.semaphoreci.com/jobs/{job_id}/plain_logs.json`).
        Despite the `.json` suffix the body is the log text, not JSON. Documented only in the
        older edition of the reference; use `GET /logs/{job_id}` instead.

        `GET /jobs/{job_id}/plain_logs.json` (getJobPlainLogs).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            job_id (str): ID (UUID) of the job.

        Returns:
            str

        Raises:
            semaphore_client.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphore_client.errors.ResponseParseError: the answer does not fit the spec.
            semaphore_client.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphore_client.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _get_job_plain_logs.OPERATION,
            _get_job_plain_logs._get_kwargs(
                job_id=job_id,
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

        `GET /logs/{job_id}` (getJobLogs).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            job_id (str): ID (UUID) of the job.
            artifact_job_logs (str | Unset): `true` (also `1` or `yes`, any case) to get the
                full log file stored as an artifact. Undocumented.

        Returns:
            JobLogs

        Raises:
            semaphore_client.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphore_client.errors.ResponseParseError: the answer does not fit the spec.
            semaphore_client.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphore_client.errors.TransportError: no answer (after the retries allowed);
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

        `GET /logs/{job_id}` (getJobLogs).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            job_id (str): ID (UUID) of the job.
            artifact_job_logs (str | Unset): `true` (also `1` or `yes`, any case) to get the
                full log file stored as an artifact. Undocumented.

        Returns:
            JobLogs

        Raises:
            semaphore_client.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphore_client.errors.ResponseParseError: the answer does not fit the spec.
            semaphore_client.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphore_client.errors.TransportError: no answer (after the retries allowed);
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
            semaphore_client.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphore_client.errors.ResponseParseError: the answer does not fit the spec.
            semaphore_client.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphore_client.errors.TransportError: no answer (after the retries allowed);
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
            semaphore_client.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphore_client.errors.ResponseParseError: the answer does not fit the spec.
            semaphore_client.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphore_client.errors.TransportError: no answer (after the retries allowed);
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
            semaphore_client.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphore_client.errors.ResponseParseError: the answer does not fit the spec.
            semaphore_client.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphore_client.errors.TransportError: no answer (after the retries allowed);
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
            semaphore_client.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphore_client.errors.ResponseParseError: the answer does not fit the spec.
            semaphore_client.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphore_client.errors.TransportError: no answer (after the retries allowed);
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
            semaphore_client.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphore_client.errors.ResponseParseError: the answer does not fit the spec.
            semaphore_client.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphore_client.errors.TransportError: no answer (after the retries allowed);
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
            semaphore_client.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphore_client.errors.ResponseParseError: the answer does not fit the spec.
            semaphore_client.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphore_client.errors.TransportError: no answer (after the retries allowed);
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
            semaphore_client.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphore_client.errors.ResponseParseError: the answer does not fit the spec.
            semaphore_client.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphore_client.errors.TransportError: no answer (after the retries allowed);
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
        not a dry run: it schedules a new pipeline from the YAML in that pipeline's workflow. An
        invalid document is answered with 400 and the validator's message as a JSON string,
        often in Elixir term syntax (e.g. `"{:malformed, {:expected_map, \\"Asdfghjkl\\"}}"`).
        JSON responses may come without a Content-Type header. A failure of the pipelines
        service is answered with 500 `"Internal error"` (a JSON string).

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
            semaphore_client.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphore_client.errors.ResponseParseError: the answer does not fit the spec.
            semaphore_client.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphore_client.errors.TransportError: no answer (after the retries allowed);
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
        not a dry run: it schedules a new pipeline from the YAML in that pipeline's workflow. An
        invalid document is answered with 400 and the validator's message as a JSON string,
        often in Elixir term syntax (e.g. `"{:malformed, {:expected_map, \\"Asdfghjkl\\"}}"`).
        JSON responses may come without a Content-Type header. A failure of the pipelines
        service is answered with 500 `"Internal error"` (a JSON string).

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
            semaphore_client.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphore_client.errors.ResponseParseError: the answer does not fit the spec.
            semaphore_client.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphore_client.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _validate_pipeline_yaml.OPERATION,
            _validate_pipeline_yaml._get_kwargs(
                body=body,
            ),
            _validate_pipeline_yaml._parse_response,
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
        400. A pipeline without promotions is answered with 500, not `[]`. A missing permission
        is answered with 404. JSON responses may come without a Content-Type header.

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
            semaphore_client.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphore_client.errors.ResponseParseError: the answer does not fit the spec.
            semaphore_client.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphore_client.errors.TransportError: no answer (after the retries allowed);
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
        400. A pipeline without promotions is answered with 500, not `[]`. A missing permission
        is answered with 404. JSON responses may come without a Content-Type header.

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
            semaphore_client.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphore_client.errors.ResponseParseError: the answer does not fit the spec.
            semaphore_client.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphore_client.errors.TransportError: no answer (after the retries allowed);
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
        400. A pipeline without promotions is answered with 500, not `[]`. A missing permission
        is answered with 404. JSON responses may come without a Content-Type header.

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
            semaphore_client.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphore_client.errors.ResponseParseError: the answer does not fit the spec.
            semaphore_client.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphore_client.errors.TransportError: no answer (after the retries allowed);
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
            semaphore_client.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphore_client.errors.ResponseParseError: the answer does not fit the spec.
            semaphore_client.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphore_client.errors.TransportError: no answer (after the retries allowed);
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
            semaphore_client.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphore_client.errors.ResponseParseError: the answer does not fit the spec.
            semaphore_client.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphore_client.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _trigger_promotion.OPERATION,
            _trigger_promotion._get_kwargs(
                body=body,
            ),
            _trigger_promotion._parse_response,
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
            semaphore_client.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphore_client.errors.ResponseParseError: the answer does not fit the spec.
            semaphore_client.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphore_client.errors.TransportError: no answer (after the retries allowed);
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
            semaphore_client.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphore_client.errors.ResponseParseError: the answer does not fit the spec.
            semaphore_client.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphore_client.errors.TransportError: no answer (after the retries allowed);
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
            semaphore_client.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphore_client.errors.ResponseParseError: the answer does not fit the spec.
            semaphore_client.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphore_client.errors.TransportError: no answer (after the retries allowed);
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
            semaphore_client.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphore_client.errors.ResponseParseError: the answer does not fit the spec.
            semaphore_client.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphore_client.errors.TransportError: no answer (after the retries allowed);
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
            semaphore_client.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphore_client.errors.ResponseParseError: the answer does not fit the spec.
            semaphore_client.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphore_client.errors.TransportError: no answer (after the retries allowed);
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
            semaphore_client.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphore_client.errors.ResponseParseError: the answer does not fit the spec.
            semaphore_client.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphore_client.errors.TransportError: no answer (after the retries allowed);
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
            semaphore_client.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphore_client.errors.ResponseParseError: the answer does not fit the spec.
            semaphore_client.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphore_client.errors.TransportError: no answer (after the retries allowed);
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
            semaphore_client.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphore_client.errors.ResponseParseError: the answer does not fit the spec.
            semaphore_client.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphore_client.errors.TransportError: no answer (after the retries allowed);
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
            semaphore_client.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphore_client.errors.ResponseParseError: the answer does not fit the spec.
            semaphore_client.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphore_client.errors.TransportError: no answer (after the retries allowed);
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
            semaphore_client.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphore_client.errors.ResponseParseError: the answer does not fit the spec.
            semaphore_client.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphore_client.errors.TransportError: no answer (after the retries allowed);
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
            semaphore_client.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphore_client.errors.ResponseParseError: the answer does not fit the spec.
            semaphore_client.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphore_client.errors.TransportError: no answer (after the retries allowed);
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
            semaphore_client.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphore_client.errors.ResponseParseError: the answer does not fit the spec.
            semaphore_client.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphore_client.errors.TransportError: no answer (after the retries allowed);
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
            semaphore_client.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphore_client.errors.ResponseParseError: the answer does not fit the spec.
            semaphore_client.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphore_client.errors.TransportError: no answer (after the retries allowed);
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
            semaphore_client.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphore_client.errors.ResponseParseError: the answer does not fit the spec.
            semaphore_client.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphore_client.errors.TransportError: no answer (after the retries allowed);
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
            semaphore_client.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphore_client.errors.ResponseParseError: the answer does not fit the spec.
            semaphore_client.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphore_client.errors.TransportError: no answer (after the retries allowed);
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
            semaphore_client.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphore_client.errors.ResponseParseError: the answer does not fit the spec.
            semaphore_client.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphore_client.errors.TransportError: no answer (after the retries allowed);
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
            semaphore_client.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphore_client.errors.ResponseParseError: the answer does not fit the spec.
            semaphore_client.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphore_client.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _describe_agent.OPERATION,
            _describe_agent._get_kwargs(
                agent_name=agent_name,
            ),
            _describe_agent._parse_response,
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
            semaphore_client.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphore_client.errors.ResponseParseError: the answer does not fit the spec.
            semaphore_client.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphore_client.errors.TransportError: no answer (after the retries allowed);
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
            semaphore_client.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphore_client.errors.ResponseParseError: the answer does not fit the spec.
            semaphore_client.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphore_client.errors.TransportError: no answer (after the retries allowed);
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
            semaphore_client.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphore_client.errors.ResponseParseError: the answer does not fit the spec.
            semaphore_client.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphore_client.errors.TransportError: no answer (after the retries allowed);
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
        body: WorkflowRunRequest | WorkflowRunForm | Unset = UNSET,
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

        Returns:
            WorkflowRunResult

        Raises:
            semaphore_client.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphore_client.errors.ResponseParseError: the answer does not fit the spec.
            semaphore_client.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphore_client.errors.TransportError: no answer (after the retries allowed);
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
        body: WorkflowRunRequest | WorkflowRunForm | Unset = UNSET,
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

        Returns:
            WorkflowRunResult

        Raises:
            semaphore_client.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphore_client.errors.ResponseParseError: the answer does not fit the spec.
            semaphore_client.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphore_client.errors.TransportError: no answer (after the retries allowed);
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
            semaphore_client.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphore_client.errors.ResponseParseError: the answer does not fit the spec.
            semaphore_client.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphore_client.errors.TransportError: no answer (after the retries allowed);
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
            semaphore_client.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphore_client.errors.ResponseParseError: the answer does not fit the spec.
            semaphore_client.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphore_client.errors.TransportError: no answer (after the retries allowed);
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
            semaphore_client.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphore_client.errors.ResponseParseError: the answer does not fit the spec.
            semaphore_client.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphore_client.errors.TransportError: no answer (after the retries allowed);
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
            semaphore_client.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphore_client.errors.ResponseParseError: the answer does not fit the spec.
            semaphore_client.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphore_client.errors.TransportError: no answer (after the retries allowed);
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
            semaphore_client.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphore_client.errors.ResponseParseError: the answer does not fit the spec.
            semaphore_client.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphore_client.errors.TransportError: no answer (after the retries allowed);
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
            semaphore_client.errors.APIError: the server answered with an error status (a subclass
                per kind: AuthenticationError, NotFoundError, InvalidRequestError, ConflictError,
                RateLimitedError, ServerError, UnexpectedStatusError...).
            semaphore_client.errors.ResponseParseError: the answer does not fit the spec.
            semaphore_client.errors.ResponseTooLargeError: the body passed `max_response_bytes`.
            semaphore_client.errors.TransportError: no answer (after the retries allowed);
                RequestTimeoutError when a timeout or the request's deadline passed.
        """

        return await self._acall(
            _terminate_workflow.OPERATION,
            _terminate_workflow._get_kwargs(
                workflow_id=workflow_id,
            ),
            _terminate_workflow._parse_response,
        )
