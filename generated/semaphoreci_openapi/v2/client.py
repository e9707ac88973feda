"""The Semaphore Classic REST API v2 client: `Client`, one method per operation."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Literal

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
    from .api.configuration_files import create_config_file as _create_config_file
    from .api.configuration_files import delete_config_file as _delete_config_file
    from .api.configuration_files import get_config_file as _get_config_file
    from .api.configuration_files import list_project_config_files as _list_project_config_files
    from .api.configuration_files import list_secret_config_files as _list_secret_config_files
    from .api.configuration_files import update_config_file as _update_config_file
    from .api.environment_variables import create_env_var as _create_env_var
    from .api.environment_variables import delete_env_var as _delete_env_var
    from .api.environment_variables import get_env_var as _get_env_var
    from .api.environment_variables import list_project_env_vars as _list_project_env_vars
    from .api.environment_variables import list_secret_env_vars as _list_secret_env_vars
    from .api.environment_variables import update_env_var as _update_env_var
    from .api.organizations import get_org as _get_org
    from .api.organizations import list_orgs as _list_orgs
    from .api.projects import add_team_project as _add_team_project
    from .api.projects import create_project as _create_project
    from .api.projects import list_org_projects as _list_org_projects
    from .api.projects import list_secret_projects as _list_secret_projects
    from .api.projects import list_team_projects as _list_team_projects
    from .api.projects import remove_team_project as _remove_team_project
    from .api.secrets import add_team_secret as _add_team_secret
    from .api.secrets import attach_project_secret as _attach_project_secret
    from .api.secrets import create_secret as _create_secret
    from .api.secrets import delete_secret as _delete_secret
    from .api.secrets import detach_project_secret as _detach_project_secret
    from .api.secrets import get_secret as _get_secret
    from .api.secrets import list_org_secrets as _list_org_secrets
    from .api.secrets import list_project_secrets as _list_project_secrets
    from .api.secrets import list_team_secrets as _list_team_secrets
    from .api.secrets import remove_team_secret as _remove_team_secret
    from .api.secrets import update_secret as _update_secret
    from .api.teams import create_team as _create_team
    from .api.teams import delete_team as _delete_team
    from .api.teams import get_team as _get_team
    from .api.teams import list_org_teams as _list_org_teams
    from .api.teams import list_project_teams as _list_project_teams
    from .api.teams import list_secret_teams as _list_secret_teams
    from .api.teams import update_team as _update_team
    from .api.users import add_team_user as _add_team_user
    from .api.users import list_org_users as _list_org_users
    from .api.users import list_project_users as _list_project_users
    from .api.users import list_team_users as _list_team_users
    from .api.users import remove_team_user as _remove_team_user
    from .models import (
        ConfigFile,
        ConfigFileCreate,
        ConfigFileUpdate,
        EnvVar,
        EnvVarCreate,
        EnvVarUpdate,
        Org,
        Project,
        ProjectCreate,
        Secret,
        SecretCreate,
        SecretUpdate,
        Team,
        TeamCreate,
        TeamUpdate,
        User,
    )
else:
    _list_project_config_files = _LazyModule(
        f"{__package__}.api.configuration_files.list_project_config_files"
    )
    _list_secret_config_files = _LazyModule(
        f"{__package__}.api.configuration_files.list_secret_config_files"
    )
    _create_config_file = _LazyModule(f"{__package__}.api.configuration_files.create_config_file")
    _get_config_file = _LazyModule(f"{__package__}.api.configuration_files.get_config_file")
    _delete_config_file = _LazyModule(f"{__package__}.api.configuration_files.delete_config_file")
    _update_config_file = _LazyModule(f"{__package__}.api.configuration_files.update_config_file")
    _list_project_env_vars = _LazyModule(
        f"{__package__}.api.environment_variables.list_project_env_vars"
    )
    _list_secret_env_vars = _LazyModule(
        f"{__package__}.api.environment_variables.list_secret_env_vars"
    )
    _create_env_var = _LazyModule(f"{__package__}.api.environment_variables.create_env_var")
    _get_env_var = _LazyModule(f"{__package__}.api.environment_variables.get_env_var")
    _delete_env_var = _LazyModule(f"{__package__}.api.environment_variables.delete_env_var")
    _update_env_var = _LazyModule(f"{__package__}.api.environment_variables.update_env_var")
    _list_orgs = _LazyModule(f"{__package__}.api.organizations.list_orgs")
    _get_org = _LazyModule(f"{__package__}.api.organizations.get_org")
    _list_org_projects = _LazyModule(f"{__package__}.api.projects.list_org_projects")
    _create_project = _LazyModule(f"{__package__}.api.projects.create_project")
    _list_team_projects = _LazyModule(f"{__package__}.api.projects.list_team_projects")
    _list_secret_projects = _LazyModule(f"{__package__}.api.projects.list_secret_projects")
    _add_team_project = _LazyModule(f"{__package__}.api.projects.add_team_project")
    _remove_team_project = _LazyModule(f"{__package__}.api.projects.remove_team_project")
    _list_org_secrets = _LazyModule(f"{__package__}.api.secrets.list_org_secrets")
    _create_secret = _LazyModule(f"{__package__}.api.secrets.create_secret")
    _list_team_secrets = _LazyModule(f"{__package__}.api.secrets.list_team_secrets")
    _list_project_secrets = _LazyModule(f"{__package__}.api.secrets.list_project_secrets")
    _get_secret = _LazyModule(f"{__package__}.api.secrets.get_secret")
    _delete_secret = _LazyModule(f"{__package__}.api.secrets.delete_secret")
    _update_secret = _LazyModule(f"{__package__}.api.secrets.update_secret")
    _add_team_secret = _LazyModule(f"{__package__}.api.secrets.add_team_secret")
    _remove_team_secret = _LazyModule(f"{__package__}.api.secrets.remove_team_secret")
    _attach_project_secret = _LazyModule(f"{__package__}.api.secrets.attach_project_secret")
    _detach_project_secret = _LazyModule(f"{__package__}.api.secrets.detach_project_secret")
    _list_org_teams = _LazyModule(f"{__package__}.api.teams.list_org_teams")
    _create_team = _LazyModule(f"{__package__}.api.teams.create_team")
    _list_project_teams = _LazyModule(f"{__package__}.api.teams.list_project_teams")
    _list_secret_teams = _LazyModule(f"{__package__}.api.teams.list_secret_teams")
    _get_team = _LazyModule(f"{__package__}.api.teams.get_team")
    _delete_team = _LazyModule(f"{__package__}.api.teams.delete_team")
    _update_team = _LazyModule(f"{__package__}.api.teams.update_team")
    _list_org_users = _LazyModule(f"{__package__}.api.users.list_org_users")
    _list_team_users = _LazyModule(f"{__package__}.api.users.list_team_users")
    _list_project_users = _LazyModule(f"{__package__}.api.users.list_project_users")
    _add_team_user = _LazyModule(f"{__package__}.api.users.add_team_user")
    _remove_team_user = _LazyModule(f"{__package__}.api.users.remove_team_user")

SURFACE = _Surface(
    name="v2",
    title="Semaphore Classic REST API v2",
    servers={
        "default": _Server(name="default", url="https://api.semaphoreci.com/v2"),
    },
    auth=(
        _AuthScheme(
            name="tokenHeader",
            location="header",
            param="Authorization",
            prefix="Token ",
        ),
        _AuthScheme(
            name="tokenQuery",
            location="query",
            param="auth_token",
            prefix="",
        ),
    ),
    pagination={
        "link-total": _PaginationStyle(
            name="link-total",
            kind="link-relation",
            header="Link",
            total_header="Total",
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
    },
)
"""This API surface as spec/surfaces.yaml describes it."""


class Client(_BaseClient):
    """Semaphore Classic REST API v2.

    The classic REST API v2: organizations, teams, users, projects, secrets, environment
    variables and configuration files. Authenticate with `Authorization: Token <token>` or
    the `auth_token` query parameter, never both. Requests and responses are JSON over
    HTTPS, and blank fields are sent as `null`. A resource the user may not see is answered
    with 404, never 403. Each user may make a limited number of requests an hour (5000 in
    the final overview, 60 in earlier editions), reported in the `X-RateLimit-*` headers;
    beyond it the answer is 429. Lists come 30 items a page (`page` parameter, `Link` and
    `Total` headers). Cross-origin (CORS) requests are allowed from any origin: responses
    carry `Access-Control-Allow-Origin: *`, `Access-Control-Max-Age: 86400`, `Access-
    Control-Allow-Methods: GET, POST, PATCH, PUT, DELETE` and `Access-Control-Allow-Headers:
    Authorization, Content-Type, If-Match, If-Modified-Since, If-None-Match, If-Unmodified-
    Since, Accept-Encoding, X-Requested-With`, and an OPTIONS preflight request is answered
    with 200 and the same headers. Every operation states its stability level (`prototype`,
    `development` or `production`, see the vendor's API compatibility policy) in
    `x-semaphore-stability`; all of them are `development`.

    Every operation is a method (`client.list_orgs(...)`), with
    an async twin (`..._async`); paginated operations also have `iter_...`, a lazy
    iterator (`for` or `async for`). Use the client as a context manager, or call
    `close()` / `await aclose()`, to release its connections.

    Args:
        token: The API token; it is sent only to this API's own hosts over https and
            never shown in a repr, a log line or an exception.
        auth: How the token is sent:
            `tokenHeader` (default): `Authorization: Token <token>`.
            `tokenQuery`: `auth_token` query parameter. Sending both the header and the query
                parameter is answered with 401 `Multiple authentication tokens
                provided.`
        base_url: Another URL for the default server (https://api.semaphoreci.com/v2),
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
        auth: Literal["tokenHeader", "tokenQuery"] = "tokenHeader",
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
            server_variables={},
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

    # -- listProjectConfigFiles --

    def list_project_config_files(
        self,
        project_id: str,
        *,
        page: int | Unset = 1,
    ) -> list[ConfigFile]:
        """List the configuration files of a project

        Lists the configuration files of a project; `shared` tells whether an item belongs to a
        secret. Encrypted files are listed with `content` set to `null`. The list is paginated
        (30 per page).

        Not in the docs: a `page` that is not a single whole number may be refused with 400
        (inferred, see the 400 response), while a `page` below 1 is served as page 1.

        `GET /projects/{project_id}/config_files` (listProjectConfigFiles, stability: development).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project_id (str): The project's ID (a UUID).
            page (int | Unset): Which page of the list to return, counting from 1. Pages hold 30
                items; the `Link` response header points to the neighbouring pages. A page below 1
                is not refused: it is served as page 1, so no minimum is set. The overview does not
                say so; it is inferred from the pagination headers (`Link`, `Total`, `Per-Page`),
                which are those of the Rails api-pagination library, and that library reads the page
                as a whole number and turns anything below 1 into 1. A page past the last one
                presumably returns an empty list. Default: 1.

        Returns:
            list[ConfigFile]

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
            _list_project_config_files.OPERATION,
            _list_project_config_files._get_kwargs(
                project_id=project_id,
                page=page,
            ),
            _list_project_config_files._parse_response,
        )

    async def list_project_config_files_async(
        self,
        project_id: str,
        *,
        page: int | Unset = 1,
    ) -> list[ConfigFile]:
        """List the configuration files of a project

        Lists the configuration files of a project; `shared` tells whether an item belongs to a
        secret. Encrypted files are listed with `content` set to `null`. The list is paginated
        (30 per page).

        Not in the docs: a `page` that is not a single whole number may be refused with 400
        (inferred, see the 400 response), while a `page` below 1 is served as page 1.

        `GET /projects/{project_id}/config_files` (listProjectConfigFiles, stability: development).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project_id (str): The project's ID (a UUID).
            page (int | Unset): Which page of the list to return, counting from 1. Pages hold 30
                items; the `Link` response header points to the neighbouring pages. A page below 1
                is not refused: it is served as page 1, so no minimum is set. The overview does not
                say so; it is inferred from the pagination headers (`Link`, `Total`, `Per-Page`),
                which are those of the Rails api-pagination library, and that library reads the page
                as a whole number and turns anything below 1 into 1. A page past the last one
                presumably returns an empty list. Default: 1.

        Returns:
            list[ConfigFile]

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
            _list_project_config_files.OPERATION,
            _list_project_config_files._get_kwargs(
                project_id=project_id,
                page=page,
            ),
            _list_project_config_files._parse_response,
        )

    def iter_list_project_config_files(
        self,
        project_id: str,
        *,
        page: int | Unset = 1,
        max_items: int | None = None,
        max_pages: int | None = None,
    ) -> _Paginator[ConfigFile, list[ConfigFile]]:
        """List the configuration files of a project

        Lists the configuration files of a project; `shared` tells whether an item belongs to a
        secret. Encrypted files are listed with `content` set to `null`. The list is paginated
        (30 per page).

        Not in the docs: a `page` that is not a single whole number may be refused with 400
        (inferred, see the 400 response), while a `page` below 1 is served as page 1.

        `GET /projects/{project_id}/config_files` (listProjectConfigFiles, stability: development).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project_id (str): The project's ID (a UUID).
            page (int | Unset): Which page of the list to return, counting from 1. Pages hold 30
                items; the `Link` response header points to the neighbouring pages. A page below 1
                is not refused: it is served as page 1, so no minimum is set. The overview does not
                say so; it is inferred from the pagination headers (`Link`, `Total`, `Per-Page`),
                which are those of the Rails api-pagination library, and that library reads the page
                as a whole number and turns anything below 1 into 1. A page past the last one
                presumably returns an empty list. Default: 1.
            max_items: stop after this many items (default: all).
            max_pages: stop after fetching this many pages (default: all, up to 10,000, then
                PaginationError). A walk also raises PaginationError on a page URL seen before
                and after 5 pages in a row that bring nothing new (no item, or a page sent before).

        Returns:
            Paginator[ConfigFile, list[ConfigFile]]: iterate with `for` or `async for` (link-total pagination); pages are fetched lazily, as the items are used.

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
            _list_project_config_files.OPERATION,
            _list_project_config_files._get_kwargs(
                project_id=project_id,
                page=page,
            ),
            _list_project_config_files._parse_response,
            lambda body: body,
            max_items=max_items,
            max_pages=max_pages,
        )

    # -- listSecretConfigFiles --

    def list_secret_config_files(
        self,
        secret_id: str,
        *,
        page: int | Unset = 1,
    ) -> list[ConfigFile]:
        """List the configuration files of a secret

        Lists the configuration files that belong to a secret. Encrypted files are listed with
        `content` set to `null`. The list is paginated (30 per page).

        Not in the docs: a `page` that is not a single whole number may be refused with 400
        (inferred, see the 400 response), while a `page` below 1 is served as page 1.

        `GET /secrets/{secret_id}/config_files` (listSecretConfigFiles, stability: development).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            secret_id (str): The secret's ID (a UUID).
            page (int | Unset): Which page of the list to return, counting from 1. Pages hold 30
                items; the `Link` response header points to the neighbouring pages. A page below 1
                is not refused: it is served as page 1, so no minimum is set. The overview does not
                say so; it is inferred from the pagination headers (`Link`, `Total`, `Per-Page`),
                which are those of the Rails api-pagination library, and that library reads the page
                as a whole number and turns anything below 1 into 1. A page past the last one
                presumably returns an empty list. Default: 1.

        Returns:
            list[ConfigFile]

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
            _list_secret_config_files.OPERATION,
            _list_secret_config_files._get_kwargs(
                secret_id=secret_id,
                page=page,
            ),
            _list_secret_config_files._parse_response,
        )

    async def list_secret_config_files_async(
        self,
        secret_id: str,
        *,
        page: int | Unset = 1,
    ) -> list[ConfigFile]:
        """List the configuration files of a secret

        Lists the configuration files that belong to a secret. Encrypted files are listed with
        `content` set to `null`. The list is paginated (30 per page).

        Not in the docs: a `page` that is not a single whole number may be refused with 400
        (inferred, see the 400 response), while a `page` below 1 is served as page 1.

        `GET /secrets/{secret_id}/config_files` (listSecretConfigFiles, stability: development).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            secret_id (str): The secret's ID (a UUID).
            page (int | Unset): Which page of the list to return, counting from 1. Pages hold 30
                items; the `Link` response header points to the neighbouring pages. A page below 1
                is not refused: it is served as page 1, so no minimum is set. The overview does not
                say so; it is inferred from the pagination headers (`Link`, `Total`, `Per-Page`),
                which are those of the Rails api-pagination library, and that library reads the page
                as a whole number and turns anything below 1 into 1. A page past the last one
                presumably returns an empty list. Default: 1.

        Returns:
            list[ConfigFile]

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
            _list_secret_config_files.OPERATION,
            _list_secret_config_files._get_kwargs(
                secret_id=secret_id,
                page=page,
            ),
            _list_secret_config_files._parse_response,
        )

    def iter_list_secret_config_files(
        self,
        secret_id: str,
        *,
        page: int | Unset = 1,
        max_items: int | None = None,
        max_pages: int | None = None,
    ) -> _Paginator[ConfigFile, list[ConfigFile]]:
        """List the configuration files of a secret

        Lists the configuration files that belong to a secret. Encrypted files are listed with
        `content` set to `null`. The list is paginated (30 per page).

        Not in the docs: a `page` that is not a single whole number may be refused with 400
        (inferred, see the 400 response), while a `page` below 1 is served as page 1.

        `GET /secrets/{secret_id}/config_files` (listSecretConfigFiles, stability: development).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            secret_id (str): The secret's ID (a UUID).
            page (int | Unset): Which page of the list to return, counting from 1. Pages hold 30
                items; the `Link` response header points to the neighbouring pages. A page below 1
                is not refused: it is served as page 1, so no minimum is set. The overview does not
                say so; it is inferred from the pagination headers (`Link`, `Total`, `Per-Page`),
                which are those of the Rails api-pagination library, and that library reads the page
                as a whole number and turns anything below 1 into 1. A page past the last one
                presumably returns an empty list. Default: 1.
            max_items: stop after this many items (default: all).
            max_pages: stop after fetching this many pages (default: all, up to 10,000, then
                PaginationError). A walk also raises PaginationError on a page URL seen before
                and after 5 pages in a row that bring nothing new (no item, or a page sent before).

        Returns:
            Paginator[ConfigFile, list[ConfigFile]]: iterate with `for` or `async for` (link-total pagination); pages are fetched lazily, as the items are used.

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
            _list_secret_config_files.OPERATION,
            _list_secret_config_files._get_kwargs(
                secret_id=secret_id,
                page=page,
            ),
            _list_secret_config_files._parse_response,
            lambda body: body,
            max_items=max_items,
            max_pages=max_pages,
        )

    # -- createConfigFile --

    def create_config_file(
        self,
        secret_id: str,
        *,
        body: ConfigFileCreate,
    ) -> ConfigFile:
        """Create a configuration file in a secret

        Adds a configuration file to a secret. Only users who can edit the secret can do this.
        The content is sent as plain text. The created file is returned with status 200 (not
        201); if it was created encrypted, its `content` is `null` from then on.

        `POST /secrets/{secret_id}/config_files` (createConfigFile, stability: development).
        Never retried (not idempotent).

        Args:
            secret_id (str): The secret's ID (a UUID).
            body (ConfigFileCreate): A new configuration file. Fields the server does not know
                are refused with 422 `unpermitted_parameter`.

        Returns:
            ConfigFile

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
            _create_config_file.OPERATION,
            _create_config_file._get_kwargs(
                secret_id=secret_id,
                body=body,
            ),
            _create_config_file._parse_response,
        )

    async def create_config_file_async(
        self,
        secret_id: str,
        *,
        body: ConfigFileCreate,
    ) -> ConfigFile:
        """Create a configuration file in a secret

        Adds a configuration file to a secret. Only users who can edit the secret can do this.
        The content is sent as plain text. The created file is returned with status 200 (not
        201); if it was created encrypted, its `content` is `null` from then on.

        `POST /secrets/{secret_id}/config_files` (createConfigFile, stability: development).
        Never retried (not idempotent).

        Args:
            secret_id (str): The secret's ID (a UUID).
            body (ConfigFileCreate): A new configuration file. Fields the server does not know
                are refused with 422 `unpermitted_parameter`.

        Returns:
            ConfigFile

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
            _create_config_file.OPERATION,
            _create_config_file._get_kwargs(
                secret_id=secret_id,
                body=body,
            ),
            _create_config_file._parse_response,
        )

    # -- getConfigFile --

    def get_config_file(
        self,
        id: str,
    ) -> ConfigFile:
        """Get a configuration file

        Shows one configuration file. An encrypted file is shown with `content` set to `null`.

        `GET /config_files/{id}` (getConfigFile, stability: development).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            id (str): The configuration file's ID (a UUID).

        Returns:
            ConfigFile

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
            _get_config_file.OPERATION,
            _get_config_file._get_kwargs(
                id=id,
            ),
            _get_config_file._parse_response,
        )

    async def get_config_file_async(
        self,
        id: str,
    ) -> ConfigFile:
        """Get a configuration file

        Shows one configuration file. An encrypted file is shown with `content` set to `null`.

        `GET /config_files/{id}` (getConfigFile, stability: development).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            id (str): The configuration file's ID (a UUID).

        Returns:
            ConfigFile

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
            _get_config_file.OPERATION,
            _get_config_file._get_kwargs(
                id=id,
            ),
            _get_config_file._parse_response,
        )

    # -- deleteConfigFile --

    def delete_config_file(
        self,
        id: str,
    ) -> None:
        """Delete a configuration file

        Deletes a configuration file. Only users who can edit the project or the secret the file
        belongs to can do this.

        `DELETE /config_files/{id}` (deleteConfigFile, stability: development).
        Never retried (not idempotent).

        Args:
            id (str): The configuration file's ID (a UUID).

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
            _delete_config_file.OPERATION,
            _delete_config_file._get_kwargs(
                id=id,
            ),
            _delete_config_file._parse_response,
        )

    async def delete_config_file_async(
        self,
        id: str,
    ) -> None:
        """Delete a configuration file

        Deletes a configuration file. Only users who can edit the project or the secret the file
        belongs to can do this.

        `DELETE /config_files/{id}` (deleteConfigFile, stability: development).
        Never retried (not idempotent).

        Args:
            id (str): The configuration file's ID (a UUID).

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
            _delete_config_file.OPERATION,
            _delete_config_file._get_kwargs(
                id=id,
            ),
            _delete_config_file._parse_response,
        )

    # -- updateConfigFile --

    def update_config_file(
        self,
        id: str,
        *,
        body: ConfigFileUpdate,
    ) -> ConfigFile:
        """Update a configuration file

        Changes a configuration file's path or content. Only users who can edit the project or
        the secret the file belongs to can do this. Encrypted files cannot be edited: the
        attempt is answered with 405. (The vendor page says "environment variables" here by
        mistake.)

        `PATCH /config_files/{id}` (updateConfigFile, stability: development).
        Never retried (not idempotent).

        Args:
            id (str): The configuration file's ID (a UUID).
            body (ConfigFileUpdate): The fields of a configuration file to change; fields that
                are left out keep their value. Whether the file is encrypted cannot be changed.
                Fields the server does not know are refused with 422 `unpermitted_parameter`.

        Returns:
            ConfigFile

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
            _update_config_file.OPERATION,
            _update_config_file._get_kwargs(
                id=id,
                body=body,
            ),
            _update_config_file._parse_response,
        )

    async def update_config_file_async(
        self,
        id: str,
        *,
        body: ConfigFileUpdate,
    ) -> ConfigFile:
        """Update a configuration file

        Changes a configuration file's path or content. Only users who can edit the project or
        the secret the file belongs to can do this. Encrypted files cannot be edited: the
        attempt is answered with 405. (The vendor page says "environment variables" here by
        mistake.)

        `PATCH /config_files/{id}` (updateConfigFile, stability: development).
        Never retried (not idempotent).

        Args:
            id (str): The configuration file's ID (a UUID).
            body (ConfigFileUpdate): The fields of a configuration file to change; fields that
                are left out keep their value. Whether the file is encrypted cannot be changed.
                Fields the server does not know are refused with 422 `unpermitted_parameter`.

        Returns:
            ConfigFile

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
            _update_config_file.OPERATION,
            _update_config_file._get_kwargs(
                id=id,
                body=body,
            ),
            _update_config_file._parse_response,
        )

    # -- listProjectEnvVars --

    def list_project_env_vars(
        self,
        project_id: str,
        *,
        page: int | Unset = 1,
    ) -> list[EnvVar]:
        """List the environment variables of a project

        Lists the environment variables of a project; `shared` tells whether an item belongs to
        a secret. Encrypted variables are listed with `content` set to `null`. The list is
        paginated (30 per page).

        Not in the docs: a `page` that is not a single whole number may be refused with 400
        (inferred, see the 400 response), while a `page` below 1 is served as page 1.

        `GET /projects/{project_id}/env_vars` (listProjectEnvVars, stability: development).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project_id (str): The project's ID (a UUID).
            page (int | Unset): Which page of the list to return, counting from 1. Pages hold 30
                items; the `Link` response header points to the neighbouring pages. A page below 1
                is not refused: it is served as page 1, so no minimum is set. The overview does not
                say so; it is inferred from the pagination headers (`Link`, `Total`, `Per-Page`),
                which are those of the Rails api-pagination library, and that library reads the page
                as a whole number and turns anything below 1 into 1. A page past the last one
                presumably returns an empty list. Default: 1.

        Returns:
            list[EnvVar]

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
            _list_project_env_vars.OPERATION,
            _list_project_env_vars._get_kwargs(
                project_id=project_id,
                page=page,
            ),
            _list_project_env_vars._parse_response,
        )

    async def list_project_env_vars_async(
        self,
        project_id: str,
        *,
        page: int | Unset = 1,
    ) -> list[EnvVar]:
        """List the environment variables of a project

        Lists the environment variables of a project; `shared` tells whether an item belongs to
        a secret. Encrypted variables are listed with `content` set to `null`. The list is
        paginated (30 per page).

        Not in the docs: a `page` that is not a single whole number may be refused with 400
        (inferred, see the 400 response), while a `page` below 1 is served as page 1.

        `GET /projects/{project_id}/env_vars` (listProjectEnvVars, stability: development).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project_id (str): The project's ID (a UUID).
            page (int | Unset): Which page of the list to return, counting from 1. Pages hold 30
                items; the `Link` response header points to the neighbouring pages. A page below 1
                is not refused: it is served as page 1, so no minimum is set. The overview does not
                say so; it is inferred from the pagination headers (`Link`, `Total`, `Per-Page`),
                which are those of the Rails api-pagination library, and that library reads the page
                as a whole number and turns anything below 1 into 1. A page past the last one
                presumably returns an empty list. Default: 1.

        Returns:
            list[EnvVar]

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
            _list_project_env_vars.OPERATION,
            _list_project_env_vars._get_kwargs(
                project_id=project_id,
                page=page,
            ),
            _list_project_env_vars._parse_response,
        )

    def iter_list_project_env_vars(
        self,
        project_id: str,
        *,
        page: int | Unset = 1,
        max_items: int | None = None,
        max_pages: int | None = None,
    ) -> _Paginator[EnvVar, list[EnvVar]]:
        """List the environment variables of a project

        Lists the environment variables of a project; `shared` tells whether an item belongs to
        a secret. Encrypted variables are listed with `content` set to `null`. The list is
        paginated (30 per page).

        Not in the docs: a `page` that is not a single whole number may be refused with 400
        (inferred, see the 400 response), while a `page` below 1 is served as page 1.

        `GET /projects/{project_id}/env_vars` (listProjectEnvVars, stability: development).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project_id (str): The project's ID (a UUID).
            page (int | Unset): Which page of the list to return, counting from 1. Pages hold 30
                items; the `Link` response header points to the neighbouring pages. A page below 1
                is not refused: it is served as page 1, so no minimum is set. The overview does not
                say so; it is inferred from the pagination headers (`Link`, `Total`, `Per-Page`),
                which are those of the Rails api-pagination library, and that library reads the page
                as a whole number and turns anything below 1 into 1. A page past the last one
                presumably returns an empty list. Default: 1.
            max_items: stop after this many items (default: all).
            max_pages: stop after fetching this many pages (default: all, up to 10,000, then
                PaginationError). A walk also raises PaginationError on a page URL seen before
                and after 5 pages in a row that bring nothing new (no item, or a page sent before).

        Returns:
            Paginator[EnvVar, list[EnvVar]]: iterate with `for` or `async for` (link-total pagination); pages are fetched lazily, as the items are used.

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
            _list_project_env_vars.OPERATION,
            _list_project_env_vars._get_kwargs(
                project_id=project_id,
                page=page,
            ),
            _list_project_env_vars._parse_response,
            lambda body: body,
            max_items=max_items,
            max_pages=max_pages,
        )

    # -- listSecretEnvVars --

    def list_secret_env_vars(
        self,
        secret_id: str,
        *,
        page: int | Unset = 1,
    ) -> list[EnvVar]:
        """List the environment variables of a secret

        Lists the environment variables that belong to a secret. Encrypted variables are listed
        with `content` set to `null`. The list is paginated (30 per page).

        Not in the docs: a `page` that is not a single whole number may be refused with 400
        (inferred, see the 400 response), while a `page` below 1 is served as page 1.

        `GET /secrets/{secret_id}/env_vars` (listSecretEnvVars, stability: development).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            secret_id (str): The secret's ID (a UUID).
            page (int | Unset): Which page of the list to return, counting from 1. Pages hold 30
                items; the `Link` response header points to the neighbouring pages. A page below 1
                is not refused: it is served as page 1, so no minimum is set. The overview does not
                say so; it is inferred from the pagination headers (`Link`, `Total`, `Per-Page`),
                which are those of the Rails api-pagination library, and that library reads the page
                as a whole number and turns anything below 1 into 1. A page past the last one
                presumably returns an empty list. Default: 1.

        Returns:
            list[EnvVar]

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
            _list_secret_env_vars.OPERATION,
            _list_secret_env_vars._get_kwargs(
                secret_id=secret_id,
                page=page,
            ),
            _list_secret_env_vars._parse_response,
        )

    async def list_secret_env_vars_async(
        self,
        secret_id: str,
        *,
        page: int | Unset = 1,
    ) -> list[EnvVar]:
        """List the environment variables of a secret

        Lists the environment variables that belong to a secret. Encrypted variables are listed
        with `content` set to `null`. The list is paginated (30 per page).

        Not in the docs: a `page` that is not a single whole number may be refused with 400
        (inferred, see the 400 response), while a `page` below 1 is served as page 1.

        `GET /secrets/{secret_id}/env_vars` (listSecretEnvVars, stability: development).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            secret_id (str): The secret's ID (a UUID).
            page (int | Unset): Which page of the list to return, counting from 1. Pages hold 30
                items; the `Link` response header points to the neighbouring pages. A page below 1
                is not refused: it is served as page 1, so no minimum is set. The overview does not
                say so; it is inferred from the pagination headers (`Link`, `Total`, `Per-Page`),
                which are those of the Rails api-pagination library, and that library reads the page
                as a whole number and turns anything below 1 into 1. A page past the last one
                presumably returns an empty list. Default: 1.

        Returns:
            list[EnvVar]

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
            _list_secret_env_vars.OPERATION,
            _list_secret_env_vars._get_kwargs(
                secret_id=secret_id,
                page=page,
            ),
            _list_secret_env_vars._parse_response,
        )

    def iter_list_secret_env_vars(
        self,
        secret_id: str,
        *,
        page: int | Unset = 1,
        max_items: int | None = None,
        max_pages: int | None = None,
    ) -> _Paginator[EnvVar, list[EnvVar]]:
        """List the environment variables of a secret

        Lists the environment variables that belong to a secret. Encrypted variables are listed
        with `content` set to `null`. The list is paginated (30 per page).

        Not in the docs: a `page` that is not a single whole number may be refused with 400
        (inferred, see the 400 response), while a `page` below 1 is served as page 1.

        `GET /secrets/{secret_id}/env_vars` (listSecretEnvVars, stability: development).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            secret_id (str): The secret's ID (a UUID).
            page (int | Unset): Which page of the list to return, counting from 1. Pages hold 30
                items; the `Link` response header points to the neighbouring pages. A page below 1
                is not refused: it is served as page 1, so no minimum is set. The overview does not
                say so; it is inferred from the pagination headers (`Link`, `Total`, `Per-Page`),
                which are those of the Rails api-pagination library, and that library reads the page
                as a whole number and turns anything below 1 into 1. A page past the last one
                presumably returns an empty list. Default: 1.
            max_items: stop after this many items (default: all).
            max_pages: stop after fetching this many pages (default: all, up to 10,000, then
                PaginationError). A walk also raises PaginationError on a page URL seen before
                and after 5 pages in a row that bring nothing new (no item, or a page sent before).

        Returns:
            Paginator[EnvVar, list[EnvVar]]: iterate with `for` or `async for` (link-total pagination); pages are fetched lazily, as the items are used.

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
            _list_secret_env_vars.OPERATION,
            _list_secret_env_vars._get_kwargs(
                secret_id=secret_id,
                page=page,
            ),
            _list_secret_env_vars._parse_response,
            lambda body: body,
            max_items=max_items,
            max_pages=max_pages,
        )

    # -- createEnvVar --

    def create_env_var(
        self,
        secret_id: str,
        *,
        body: EnvVarCreate,
    ) -> EnvVar:
        """Create an environment variable in a secret

        Adds an environment variable to a secret. Only users who can edit the secret can do
        this. The created variable is returned with status 200 (not 201); if it was created
        encrypted, its `content` is `null` from then on.

        `POST /secrets/{secret_id}/env_vars` (createEnvVar, stability: development).
        Never retried (not idempotent).

        Args:
            secret_id (str): The secret's ID (a UUID).
            body (EnvVarCreate): A new environment variable. Fields the server does not know are
                refused with 422 `unpermitted_parameter`.

        Returns:
            EnvVar

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
            _create_env_var.OPERATION,
            _create_env_var._get_kwargs(
                secret_id=secret_id,
                body=body,
            ),
            _create_env_var._parse_response,
        )

    async def create_env_var_async(
        self,
        secret_id: str,
        *,
        body: EnvVarCreate,
    ) -> EnvVar:
        """Create an environment variable in a secret

        Adds an environment variable to a secret. Only users who can edit the secret can do
        this. The created variable is returned with status 200 (not 201); if it was created
        encrypted, its `content` is `null` from then on.

        `POST /secrets/{secret_id}/env_vars` (createEnvVar, stability: development).
        Never retried (not idempotent).

        Args:
            secret_id (str): The secret's ID (a UUID).
            body (EnvVarCreate): A new environment variable. Fields the server does not know are
                refused with 422 `unpermitted_parameter`.

        Returns:
            EnvVar

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
            _create_env_var.OPERATION,
            _create_env_var._get_kwargs(
                secret_id=secret_id,
                body=body,
            ),
            _create_env_var._parse_response,
        )

    # -- getEnvVar --

    def get_env_var(
        self,
        id: str,
    ) -> EnvVar:
        """Get an environment variable

        Shows one environment variable. An encrypted variable is shown with `content` set to
        `null`. (The vendor page says "configuration files" here by mistake.)

        `GET /env_vars/{id}` (getEnvVar, stability: development).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            id (str): The environment variable's ID (a UUID).

        Returns:
            EnvVar

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
            _get_env_var.OPERATION,
            _get_env_var._get_kwargs(
                id=id,
            ),
            _get_env_var._parse_response,
        )

    async def get_env_var_async(
        self,
        id: str,
    ) -> EnvVar:
        """Get an environment variable

        Shows one environment variable. An encrypted variable is shown with `content` set to
        `null`. (The vendor page says "configuration files" here by mistake.)

        `GET /env_vars/{id}` (getEnvVar, stability: development).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            id (str): The environment variable's ID (a UUID).

        Returns:
            EnvVar

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
            _get_env_var.OPERATION,
            _get_env_var._get_kwargs(
                id=id,
            ),
            _get_env_var._parse_response,
        )

    # -- deleteEnvVar --

    def delete_env_var(
        self,
        id: str,
    ) -> None:
        """Delete an environment variable

        Deletes an environment variable. Only users who can edit the project or the secret the
        variable belongs to can do this.

        `DELETE /env_vars/{id}` (deleteEnvVar, stability: development).
        Never retried (not idempotent).

        Args:
            id (str): The environment variable's ID (a UUID).

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
            _delete_env_var.OPERATION,
            _delete_env_var._get_kwargs(
                id=id,
            ),
            _delete_env_var._parse_response,
        )

    async def delete_env_var_async(
        self,
        id: str,
    ) -> None:
        """Delete an environment variable

        Deletes an environment variable. Only users who can edit the project or the secret the
        variable belongs to can do this.

        `DELETE /env_vars/{id}` (deleteEnvVar, stability: development).
        Never retried (not idempotent).

        Args:
            id (str): The environment variable's ID (a UUID).

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
            _delete_env_var.OPERATION,
            _delete_env_var._get_kwargs(
                id=id,
            ),
            _delete_env_var._parse_response,
        )

    # -- updateEnvVar --

    def update_env_var(
        self,
        id: str,
        *,
        body: EnvVarUpdate,
    ) -> EnvVar:
        """Update an environment variable

        Changes an environment variable's name or value. Only users who can edit the project or
        the secret the variable belongs to can do this. Encrypted variables cannot be edited:
        the attempt is answered with 405.

        `PATCH /env_vars/{id}` (updateEnvVar, stability: development).
        Never retried (not idempotent).

        Args:
            id (str): The environment variable's ID (a UUID).
            body (EnvVarUpdate): The fields of an environment variable to change; fields that
                are left out keep their value. Whether the variable is encrypted cannot be changed.
                Fields the server does not know are refused with 422 `unpermitted_parameter`.

        Returns:
            EnvVar

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
            _update_env_var.OPERATION,
            _update_env_var._get_kwargs(
                id=id,
                body=body,
            ),
            _update_env_var._parse_response,
        )

    async def update_env_var_async(
        self,
        id: str,
        *,
        body: EnvVarUpdate,
    ) -> EnvVar:
        """Update an environment variable

        Changes an environment variable's name or value. Only users who can edit the project or
        the secret the variable belongs to can do this. Encrypted variables cannot be edited:
        the attempt is answered with 405.

        `PATCH /env_vars/{id}` (updateEnvVar, stability: development).
        Never retried (not idempotent).

        Args:
            id (str): The environment variable's ID (a UUID).
            body (EnvVarUpdate): The fields of an environment variable to change; fields that
                are left out keep their value. Whether the variable is encrypted cannot be changed.
                Fields the server does not know are refused with 422 `unpermitted_parameter`.

        Returns:
            EnvVar

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
            _update_env_var.OPERATION,
            _update_env_var._get_kwargs(
                id=id,
                body=body,
            ),
            _update_env_var._parse_response,
        )

    # -- listOrgs --

    def list_orgs(
        self,
        *,
        page: int | Unset = 1,
    ) -> list[Org]:
        """List your organizations

        Lists the organizations the authenticated user belongs to. The list is paginated (30 per
        page).

        Not in the docs: a `page` that is not a single whole number may be refused with 400
        (inferred, see the 400 response), while a `page` below 1 is served as page 1. The vendor
        specification declares no error for this route, and there is no path parameter that
        could be unknown, so it has no 404.

        `GET /orgs` (listOrgs, stability: development).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            page (int | Unset): Which page of the list to return, counting from 1. Pages hold 30
                items; the `Link` response header points to the neighbouring pages. A page below 1
                is not refused: it is served as page 1, so no minimum is set. The overview does not
                say so; it is inferred from the pagination headers (`Link`, `Total`, `Per-Page`),
                which are those of the Rails api-pagination library, and that library reads the page
                as a whole number and turns anything below 1 into 1. A page past the last one
                presumably returns an empty list. Default: 1.

        Returns:
            list[Org]

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
            _list_orgs.OPERATION,
            _list_orgs._get_kwargs(
                page=page,
            ),
            _list_orgs._parse_response,
        )

    async def list_orgs_async(
        self,
        *,
        page: int | Unset = 1,
    ) -> list[Org]:
        """List your organizations

        Lists the organizations the authenticated user belongs to. The list is paginated (30 per
        page).

        Not in the docs: a `page` that is not a single whole number may be refused with 400
        (inferred, see the 400 response), while a `page` below 1 is served as page 1. The vendor
        specification declares no error for this route, and there is no path parameter that
        could be unknown, so it has no 404.

        `GET /orgs` (listOrgs, stability: development).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            page (int | Unset): Which page of the list to return, counting from 1. Pages hold 30
                items; the `Link` response header points to the neighbouring pages. A page below 1
                is not refused: it is served as page 1, so no minimum is set. The overview does not
                say so; it is inferred from the pagination headers (`Link`, `Total`, `Per-Page`),
                which are those of the Rails api-pagination library, and that library reads the page
                as a whole number and turns anything below 1 into 1. A page past the last one
                presumably returns an empty list. Default: 1.

        Returns:
            list[Org]

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
            _list_orgs.OPERATION,
            _list_orgs._get_kwargs(
                page=page,
            ),
            _list_orgs._parse_response,
        )

    def iter_list_orgs(
        self,
        *,
        page: int | Unset = 1,
        max_items: int | None = None,
        max_pages: int | None = None,
    ) -> _Paginator[Org, list[Org]]:
        """List your organizations

        Lists the organizations the authenticated user belongs to. The list is paginated (30 per
        page).

        Not in the docs: a `page` that is not a single whole number may be refused with 400
        (inferred, see the 400 response), while a `page` below 1 is served as page 1. The vendor
        specification declares no error for this route, and there is no path parameter that
        could be unknown, so it has no 404.

        `GET /orgs` (listOrgs, stability: development).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            page (int | Unset): Which page of the list to return, counting from 1. Pages hold 30
                items; the `Link` response header points to the neighbouring pages. A page below 1
                is not refused: it is served as page 1, so no minimum is set. The overview does not
                say so; it is inferred from the pagination headers (`Link`, `Total`, `Per-Page`),
                which are those of the Rails api-pagination library, and that library reads the page
                as a whole number and turns anything below 1 into 1. A page past the last one
                presumably returns an empty list. Default: 1.
            max_items: stop after this many items (default: all).
            max_pages: stop after fetching this many pages (default: all, up to 10,000, then
                PaginationError). A walk also raises PaginationError on a page URL seen before
                and after 5 pages in a row that bring nothing new (no item, or a page sent before).

        Returns:
            Paginator[Org, list[Org]]: iterate with `for` or `async for` (link-total pagination); pages are fetched lazily, as the items are used.

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
            _list_orgs.OPERATION,
            _list_orgs._get_kwargs(
                page=page,
            ),
            _list_orgs._parse_response,
            lambda body: body,
            max_items=max_items,
            max_pages=max_pages,
        )

    # -- getOrg --

    def get_org(
        self,
        username: str,
    ) -> Org:
        """Get an organization

        Shows one organization that the authenticated user belongs to.

        `GET /orgs/{username}` (getOrg, stability: development).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            username (str): The organization's username, e.g. `renderedtext`. (The nested
                organization routes call the same value `org_username`.)

        Returns:
            Org

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
            _get_org.OPERATION,
            _get_org._get_kwargs(
                username=username,
            ),
            _get_org._parse_response,
        )

    async def get_org_async(
        self,
        username: str,
    ) -> Org:
        """Get an organization

        Shows one organization that the authenticated user belongs to.

        `GET /orgs/{username}` (getOrg, stability: development).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            username (str): The organization's username, e.g. `renderedtext`. (The nested
                organization routes call the same value `org_username`.)

        Returns:
            Org

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
            _get_org.OPERATION,
            _get_org._get_kwargs(
                username=username,
            ),
            _get_org._parse_response,
        )

    # -- listOrgProjects --

    def list_org_projects(
        self,
        org_username: str,
        *,
        page: int | Unset = 1,
        name: str | Unset = UNSET,
    ) -> list[Project]:
        """List projects in an organization

        Lists the projects of an organization. The list is paginated (30 per page). The `name`
        filter is not in the vendor documentation, but the official classic CLI uses it to look
        a project up by name. The vendor specification declares no 404 for this route, but like
        every route that names a resource it answers 404 when the organization does not exist or
        the user cannot see it (the official classic CLI relies on this).

        Not in the docs: a `page` that is not a single whole number may be refused with 400
        (inferred, see the 400 response), while a `page` below 1 is served as page 1.

        `GET /orgs/{org_username}/projects` (listOrgProjects, stability: development).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            org_username (str): The organization's username, e.g. `renderedtext` (the `username`
                field of an Org).
            page (int | Unset): Which page of the list to return, counting from 1. Pages hold 30
                items; the `Link` response header points to the neighbouring pages. A page below 1
                is not refused: it is served as page 1, so no minimum is set. The overview does not
                say so; it is inferred from the pagination headers (`Link`, `Total`, `Per-Page`),
                which are those of the Rails api-pagination library, and that library reads the page
                as a whole number and turns anything below 1 into 1. A page past the last one
                presumably returns an empty list. Default: 1.
            name (str | Unset): Only list the project with this name. The answer is still a
                list: it has the one matching project, or is empty when there is none.

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
            _list_org_projects.OPERATION,
            _list_org_projects._get_kwargs(
                org_username=org_username,
                page=page,
                name=name,
            ),
            _list_org_projects._parse_response,
        )

    async def list_org_projects_async(
        self,
        org_username: str,
        *,
        page: int | Unset = 1,
        name: str | Unset = UNSET,
    ) -> list[Project]:
        """List projects in an organization

        Lists the projects of an organization. The list is paginated (30 per page). The `name`
        filter is not in the vendor documentation, but the official classic CLI uses it to look
        a project up by name. The vendor specification declares no 404 for this route, but like
        every route that names a resource it answers 404 when the organization does not exist or
        the user cannot see it (the official classic CLI relies on this).

        Not in the docs: a `page` that is not a single whole number may be refused with 400
        (inferred, see the 400 response), while a `page` below 1 is served as page 1.

        `GET /orgs/{org_username}/projects` (listOrgProjects, stability: development).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            org_username (str): The organization's username, e.g. `renderedtext` (the `username`
                field of an Org).
            page (int | Unset): Which page of the list to return, counting from 1. Pages hold 30
                items; the `Link` response header points to the neighbouring pages. A page below 1
                is not refused: it is served as page 1, so no minimum is set. The overview does not
                say so; it is inferred from the pagination headers (`Link`, `Total`, `Per-Page`),
                which are those of the Rails api-pagination library, and that library reads the page
                as a whole number and turns anything below 1 into 1. A page past the last one
                presumably returns an empty list. Default: 1.
            name (str | Unset): Only list the project with this name. The answer is still a
                list: it has the one matching project, or is empty when there is none.

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
            _list_org_projects.OPERATION,
            _list_org_projects._get_kwargs(
                org_username=org_username,
                page=page,
                name=name,
            ),
            _list_org_projects._parse_response,
        )

    def iter_list_org_projects(
        self,
        org_username: str,
        *,
        page: int | Unset = 1,
        name: str | Unset = UNSET,
        max_items: int | None = None,
        max_pages: int | None = None,
    ) -> _Paginator[Project, list[Project]]:
        """List projects in an organization

        Lists the projects of an organization. The list is paginated (30 per page). The `name`
        filter is not in the vendor documentation, but the official classic CLI uses it to look
        a project up by name. The vendor specification declares no 404 for this route, but like
        every route that names a resource it answers 404 when the organization does not exist or
        the user cannot see it (the official classic CLI relies on this).

        Not in the docs: a `page` that is not a single whole number may be refused with 400
        (inferred, see the 400 response), while a `page` below 1 is served as page 1.

        `GET /orgs/{org_username}/projects` (listOrgProjects, stability: development).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            org_username (str): The organization's username, e.g. `renderedtext` (the `username`
                field of an Org).
            page (int | Unset): Which page of the list to return, counting from 1. Pages hold 30
                items; the `Link` response header points to the neighbouring pages. A page below 1
                is not refused: it is served as page 1, so no minimum is set. The overview does not
                say so; it is inferred from the pagination headers (`Link`, `Total`, `Per-Page`),
                which are those of the Rails api-pagination library, and that library reads the page
                as a whole number and turns anything below 1 into 1. A page past the last one
                presumably returns an empty list. Default: 1.
            name (str | Unset): Only list the project with this name. The answer is still a
                list: it has the one matching project, or is empty when there is none.
            max_items: stop after this many items (default: all).
            max_pages: stop after fetching this many pages (default: all, up to 10,000, then
                PaginationError). A walk also raises PaginationError on a page URL seen before
                and after 5 pages in a row that bring nothing new (no item, or a page sent before).

        Returns:
            Paginator[Project, list[Project]]: iterate with `for` or `async for` (link-total pagination); pages are fetched lazily, as the items are used.

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
            _list_org_projects.OPERATION,
            _list_org_projects._get_kwargs(
                org_username=org_username,
                page=page,
                name=name,
            ),
            _list_org_projects._parse_response,
            lambda body: body,
            max_items=max_items,
            max_pages=max_pages,
        )

    # -- createProject --

    def create_project(
        self,
        org_username: str,
        *,
        body: ProjectCreate,
    ) -> Project:
        """Create a project in an organization

        Creates a project in an organization from a GitHub or Bitbucket repository. Only admins
        of the organization can create projects. The created project is returned with status 200
        (not 201). A missing field or a project name that is already taken is answered with 422.

        `POST /orgs/{org_username}/projects` (createProject, stability: development).
        Never retried (not idempotent).

        Args:
            org_username (str): The organization's username, e.g. `renderedtext` (the `username`
                field of an Org).
            body (ProjectCreate): A new project and the repository it builds. Fields the server
                does not know are refused with 422 `unpermitted_parameter`.

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
                org_username=org_username,
                body=body,
            ),
            _create_project._parse_response,
        )

    async def create_project_async(
        self,
        org_username: str,
        *,
        body: ProjectCreate,
    ) -> Project:
        """Create a project in an organization

        Creates a project in an organization from a GitHub or Bitbucket repository. Only admins
        of the organization can create projects. The created project is returned with status 200
        (not 201). A missing field or a project name that is already taken is answered with 422.

        `POST /orgs/{org_username}/projects` (createProject, stability: development).
        Never retried (not idempotent).

        Args:
            org_username (str): The organization's username, e.g. `renderedtext` (the `username`
                field of an Org).
            body (ProjectCreate): A new project and the repository it builds. Fields the server
                does not know are refused with 422 `unpermitted_parameter`.

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
                org_username=org_username,
                body=body,
            ),
            _create_project._parse_response,
        )

    # -- listTeamProjects --

    def list_team_projects(
        self,
        team_id: str,
        *,
        page: int | Unset = 1,
    ) -> list[Project]:
        """List the projects of a team

        Lists the projects a team has access to. The list is paginated (30 per page).

        Not in the docs: a `page` that is not a single whole number may be refused with 400
        (inferred, see the 400 response), while a `page` below 1 is served as page 1.

        `GET /teams/{team_id}/projects` (listTeamProjects, stability: development).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            team_id (str): The team's ID (a UUID).
            page (int | Unset): Which page of the list to return, counting from 1. Pages hold 30
                items; the `Link` response header points to the neighbouring pages. A page below 1
                is not refused: it is served as page 1, so no minimum is set. The overview does not
                say so; it is inferred from the pagination headers (`Link`, `Total`, `Per-Page`),
                which are those of the Rails api-pagination library, and that library reads the page
                as a whole number and turns anything below 1 into 1. A page past the last one
                presumably returns an empty list. Default: 1.

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
            _list_team_projects.OPERATION,
            _list_team_projects._get_kwargs(
                team_id=team_id,
                page=page,
            ),
            _list_team_projects._parse_response,
        )

    async def list_team_projects_async(
        self,
        team_id: str,
        *,
        page: int | Unset = 1,
    ) -> list[Project]:
        """List the projects of a team

        Lists the projects a team has access to. The list is paginated (30 per page).

        Not in the docs: a `page` that is not a single whole number may be refused with 400
        (inferred, see the 400 response), while a `page` below 1 is served as page 1.

        `GET /teams/{team_id}/projects` (listTeamProjects, stability: development).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            team_id (str): The team's ID (a UUID).
            page (int | Unset): Which page of the list to return, counting from 1. Pages hold 30
                items; the `Link` response header points to the neighbouring pages. A page below 1
                is not refused: it is served as page 1, so no minimum is set. The overview does not
                say so; it is inferred from the pagination headers (`Link`, `Total`, `Per-Page`),
                which are those of the Rails api-pagination library, and that library reads the page
                as a whole number and turns anything below 1 into 1. A page past the last one
                presumably returns an empty list. Default: 1.

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
            _list_team_projects.OPERATION,
            _list_team_projects._get_kwargs(
                team_id=team_id,
                page=page,
            ),
            _list_team_projects._parse_response,
        )

    def iter_list_team_projects(
        self,
        team_id: str,
        *,
        page: int | Unset = 1,
        max_items: int | None = None,
        max_pages: int | None = None,
    ) -> _Paginator[Project, list[Project]]:
        """List the projects of a team

        Lists the projects a team has access to. The list is paginated (30 per page).

        Not in the docs: a `page` that is not a single whole number may be refused with 400
        (inferred, see the 400 response), while a `page` below 1 is served as page 1.

        `GET /teams/{team_id}/projects` (listTeamProjects, stability: development).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            team_id (str): The team's ID (a UUID).
            page (int | Unset): Which page of the list to return, counting from 1. Pages hold 30
                items; the `Link` response header points to the neighbouring pages. A page below 1
                is not refused: it is served as page 1, so no minimum is set. The overview does not
                say so; it is inferred from the pagination headers (`Link`, `Total`, `Per-Page`),
                which are those of the Rails api-pagination library, and that library reads the page
                as a whole number and turns anything below 1 into 1. A page past the last one
                presumably returns an empty list. Default: 1.
            max_items: stop after this many items (default: all).
            max_pages: stop after fetching this many pages (default: all, up to 10,000, then
                PaginationError). A walk also raises PaginationError on a page URL seen before
                and after 5 pages in a row that bring nothing new (no item, or a page sent before).

        Returns:
            Paginator[Project, list[Project]]: iterate with `for` or `async for` (link-total pagination); pages are fetched lazily, as the items are used.

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
            _list_team_projects.OPERATION,
            _list_team_projects._get_kwargs(
                team_id=team_id,
                page=page,
            ),
            _list_team_projects._parse_response,
            lambda body: body,
            max_items=max_items,
            max_pages=max_pages,
        )

    # -- listSecretProjects --

    def list_secret_projects(
        self,
        secret_id: str,
        *,
        page: int | Unset = 1,
    ) -> list[Project]:
        """List the projects of a secret

        Lists the projects a secret is attached to. The list is paginated (30 per page).

        Not in the docs: a `page` that is not a single whole number may be refused with 400
        (inferred, see the 400 response), while a `page` below 1 is served as page 1.

        `GET /secrets/{secret_id}/projects` (listSecretProjects, stability: development).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            secret_id (str): The secret's ID (a UUID).
            page (int | Unset): Which page of the list to return, counting from 1. Pages hold 30
                items; the `Link` response header points to the neighbouring pages. A page below 1
                is not refused: it is served as page 1, so no minimum is set. The overview does not
                say so; it is inferred from the pagination headers (`Link`, `Total`, `Per-Page`),
                which are those of the Rails api-pagination library, and that library reads the page
                as a whole number and turns anything below 1 into 1. A page past the last one
                presumably returns an empty list. Default: 1.

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
            _list_secret_projects.OPERATION,
            _list_secret_projects._get_kwargs(
                secret_id=secret_id,
                page=page,
            ),
            _list_secret_projects._parse_response,
        )

    async def list_secret_projects_async(
        self,
        secret_id: str,
        *,
        page: int | Unset = 1,
    ) -> list[Project]:
        """List the projects of a secret

        Lists the projects a secret is attached to. The list is paginated (30 per page).

        Not in the docs: a `page` that is not a single whole number may be refused with 400
        (inferred, see the 400 response), while a `page` below 1 is served as page 1.

        `GET /secrets/{secret_id}/projects` (listSecretProjects, stability: development).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            secret_id (str): The secret's ID (a UUID).
            page (int | Unset): Which page of the list to return, counting from 1. Pages hold 30
                items; the `Link` response header points to the neighbouring pages. A page below 1
                is not refused: it is served as page 1, so no minimum is set. The overview does not
                say so; it is inferred from the pagination headers (`Link`, `Total`, `Per-Page`),
                which are those of the Rails api-pagination library, and that library reads the page
                as a whole number and turns anything below 1 into 1. A page past the last one
                presumably returns an empty list. Default: 1.

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
            _list_secret_projects.OPERATION,
            _list_secret_projects._get_kwargs(
                secret_id=secret_id,
                page=page,
            ),
            _list_secret_projects._parse_response,
        )

    def iter_list_secret_projects(
        self,
        secret_id: str,
        *,
        page: int | Unset = 1,
        max_items: int | None = None,
        max_pages: int | None = None,
    ) -> _Paginator[Project, list[Project]]:
        """List the projects of a secret

        Lists the projects a secret is attached to. The list is paginated (30 per page).

        Not in the docs: a `page` that is not a single whole number may be refused with 400
        (inferred, see the 400 response), while a `page` below 1 is served as page 1.

        `GET /secrets/{secret_id}/projects` (listSecretProjects, stability: development).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            secret_id (str): The secret's ID (a UUID).
            page (int | Unset): Which page of the list to return, counting from 1. Pages hold 30
                items; the `Link` response header points to the neighbouring pages. A page below 1
                is not refused: it is served as page 1, so no minimum is set. The overview does not
                say so; it is inferred from the pagination headers (`Link`, `Total`, `Per-Page`),
                which are those of the Rails api-pagination library, and that library reads the page
                as a whole number and turns anything below 1 into 1. A page past the last one
                presumably returns an empty list. Default: 1.
            max_items: stop after this many items (default: all).
            max_pages: stop after fetching this many pages (default: all, up to 10,000, then
                PaginationError). A walk also raises PaginationError on a page URL seen before
                and after 5 pages in a row that bring nothing new (no item, or a page sent before).

        Returns:
            Paginator[Project, list[Project]]: iterate with `for` or `async for` (link-total pagination); pages are fetched lazily, as the items are used.

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
            _list_secret_projects.OPERATION,
            _list_secret_projects._get_kwargs(
                secret_id=secret_id,
                page=page,
            ),
            _list_secret_projects._parse_response,
            lambda body: body,
            max_items=max_items,
            max_pages=max_pages,
        )

    # -- addTeamProject --

    def add_team_project(
        self,
        team_id: str,
        project_id: str,
    ) -> None:
        """Add a project to a team

        Gives a team access to a project. There is no request body, and the answer has none
        either.

        `POST /teams/{team_id}/projects/{project_id}` (addTeamProject, stability: development).
        Never retried (not idempotent).

        Args:
            team_id (str): The team's ID (a UUID).
            project_id (str): The project's ID (a UUID).

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
            _add_team_project.OPERATION,
            _add_team_project._get_kwargs(
                team_id=team_id,
                project_id=project_id,
            ),
            _add_team_project._parse_response,
        )

    async def add_team_project_async(
        self,
        team_id: str,
        project_id: str,
    ) -> None:
        """Add a project to a team

        Gives a team access to a project. There is no request body, and the answer has none
        either.

        `POST /teams/{team_id}/projects/{project_id}` (addTeamProject, stability: development).
        Never retried (not idempotent).

        Args:
            team_id (str): The team's ID (a UUID).
            project_id (str): The project's ID (a UUID).

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
            _add_team_project.OPERATION,
            _add_team_project._get_kwargs(
                team_id=team_id,
                project_id=project_id,
            ),
            _add_team_project._parse_response,
        )

    # -- removeTeamProject --

    def remove_team_project(
        self,
        team_id: str,
        project_id: str,
    ) -> None:
        """Remove a project from a team

        Takes a team's access to a project away.

        `DELETE /teams/{team_id}/projects/{project_id}` (removeTeamProject, stability: development).
        Never retried (not idempotent).

        Args:
            team_id (str): The team's ID (a UUID).
            project_id (str): The project's ID (a UUID).

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
            _remove_team_project.OPERATION,
            _remove_team_project._get_kwargs(
                team_id=team_id,
                project_id=project_id,
            ),
            _remove_team_project._parse_response,
        )

    async def remove_team_project_async(
        self,
        team_id: str,
        project_id: str,
    ) -> None:
        """Remove a project from a team

        Takes a team's access to a project away.

        `DELETE /teams/{team_id}/projects/{project_id}` (removeTeamProject, stability: development).
        Never retried (not idempotent).

        Args:
            team_id (str): The team's ID (a UUID).
            project_id (str): The project's ID (a UUID).

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
            _remove_team_project.OPERATION,
            _remove_team_project._get_kwargs(
                team_id=team_id,
                project_id=project_id,
            ),
            _remove_team_project._parse_response,
        )

    # -- listOrgSecrets --

    def list_org_secrets(
        self,
        org_username: str,
        *,
        page: int | Unset = 1,
    ) -> list[Secret]:
        """List secrets in an organization

        Lists the secrets of an organization. The list is paginated (30 per page). The vendor
        specification declares no 404 for this route, but like every route that names a resource
        it answers 404 when the organization does not exist or the user cannot see it (the
        official classic CLI relies on this).

        Not in the docs: a `page` that is not a single whole number may be refused with 400
        (inferred, see the 400 response), while a `page` below 1 is served as page 1.

        `GET /orgs/{org_username}/secrets` (listOrgSecrets, stability: development).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            org_username (str): The organization's username, e.g. `renderedtext` (the `username`
                field of an Org).
            page (int | Unset): Which page of the list to return, counting from 1. Pages hold 30
                items; the `Link` response header points to the neighbouring pages. A page below 1
                is not refused: it is served as page 1, so no minimum is set. The overview does not
                say so; it is inferred from the pagination headers (`Link`, `Total`, `Per-Page`),
                which are those of the Rails api-pagination library, and that library reads the page
                as a whole number and turns anything below 1 into 1. A page past the last one
                presumably returns an empty list. Default: 1.

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
            _list_org_secrets.OPERATION,
            _list_org_secrets._get_kwargs(
                org_username=org_username,
                page=page,
            ),
            _list_org_secrets._parse_response,
        )

    async def list_org_secrets_async(
        self,
        org_username: str,
        *,
        page: int | Unset = 1,
    ) -> list[Secret]:
        """List secrets in an organization

        Lists the secrets of an organization. The list is paginated (30 per page). The vendor
        specification declares no 404 for this route, but like every route that names a resource
        it answers 404 when the organization does not exist or the user cannot see it (the
        official classic CLI relies on this).

        Not in the docs: a `page` that is not a single whole number may be refused with 400
        (inferred, see the 400 response), while a `page` below 1 is served as page 1.

        `GET /orgs/{org_username}/secrets` (listOrgSecrets, stability: development).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            org_username (str): The organization's username, e.g. `renderedtext` (the `username`
                field of an Org).
            page (int | Unset): Which page of the list to return, counting from 1. Pages hold 30
                items; the `Link` response header points to the neighbouring pages. A page below 1
                is not refused: it is served as page 1, so no minimum is set. The overview does not
                say so; it is inferred from the pagination headers (`Link`, `Total`, `Per-Page`),
                which are those of the Rails api-pagination library, and that library reads the page
                as a whole number and turns anything below 1 into 1. A page past the last one
                presumably returns an empty list. Default: 1.

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
            _list_org_secrets.OPERATION,
            _list_org_secrets._get_kwargs(
                org_username=org_username,
                page=page,
            ),
            _list_org_secrets._parse_response,
        )

    def iter_list_org_secrets(
        self,
        org_username: str,
        *,
        page: int | Unset = 1,
        max_items: int | None = None,
        max_pages: int | None = None,
    ) -> _Paginator[Secret, list[Secret]]:
        """List secrets in an organization

        Lists the secrets of an organization. The list is paginated (30 per page). The vendor
        specification declares no 404 for this route, but like every route that names a resource
        it answers 404 when the organization does not exist or the user cannot see it (the
        official classic CLI relies on this).

        Not in the docs: a `page` that is not a single whole number may be refused with 400
        (inferred, see the 400 response), while a `page` below 1 is served as page 1.

        `GET /orgs/{org_username}/secrets` (listOrgSecrets, stability: development).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            org_username (str): The organization's username, e.g. `renderedtext` (the `username`
                field of an Org).
            page (int | Unset): Which page of the list to return, counting from 1. Pages hold 30
                items; the `Link` response header points to the neighbouring pages. A page below 1
                is not refused: it is served as page 1, so no minimum is set. The overview does not
                say so; it is inferred from the pagination headers (`Link`, `Total`, `Per-Page`),
                which are those of the Rails api-pagination library, and that library reads the page
                as a whole number and turns anything below 1 into 1. A page past the last one
                presumably returns an empty list. Default: 1.
            max_items: stop after this many items (default: all).
            max_pages: stop after fetching this many pages (default: all, up to 10,000, then
                PaginationError). A walk also raises PaginationError on a page URL seen before
                and after 5 pages in a row that bring nothing new (no item, or a page sent before).

        Returns:
            Paginator[Secret, list[Secret]]: iterate with `for` or `async for` (link-total pagination); pages are fetched lazily, as the items are used.

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
            _list_org_secrets.OPERATION,
            _list_org_secrets._get_kwargs(
                org_username=org_username,
                page=page,
            ),
            _list_org_secrets._parse_response,
            lambda body: body,
            max_items=max_items,
            max_pages=max_pages,
        )

    # -- createSecret --

    def create_secret(
        self,
        org_username: str,
        *,
        body: SecretCreate,
    ) -> Secret:
        """Create a secret in an organization

        Creates an empty secret in an organization; add environment variables and configuration
        files to it afterwards. The created secret is returned with status 200 (not 201). A
        missing name or a name that is already taken is answered with 422.

        `POST /orgs/{org_username}/secrets` (createSecret, stability: development).
        Never retried (not idempotent).

        Args:
            org_username (str): The organization's username, e.g. `renderedtext` (the `username`
                field of an Org).
            body (SecretCreate): A new secret. Fields the server does not know are refused with
                422 `unpermitted_parameter`.

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
                org_username=org_username,
                body=body,
            ),
            _create_secret._parse_response,
        )

    async def create_secret_async(
        self,
        org_username: str,
        *,
        body: SecretCreate,
    ) -> Secret:
        """Create a secret in an organization

        Creates an empty secret in an organization; add environment variables and configuration
        files to it afterwards. The created secret is returned with status 200 (not 201). A
        missing name or a name that is already taken is answered with 422.

        `POST /orgs/{org_username}/secrets` (createSecret, stability: development).
        Never retried (not idempotent).

        Args:
            org_username (str): The organization's username, e.g. `renderedtext` (the `username`
                field of an Org).
            body (SecretCreate): A new secret. Fields the server does not know are refused with
                422 `unpermitted_parameter`.

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
                org_username=org_username,
                body=body,
            ),
            _create_secret._parse_response,
        )

    # -- listTeamSecrets --

    def list_team_secrets(
        self,
        team_id: str,
        *,
        page: int | Unset = 1,
    ) -> list[Secret]:
        """List the secrets of a team

        Lists the secrets a team has access to. The list is paginated (30 per page).

        Not in the docs: a `page` that is not a single whole number may be refused with 400
        (inferred, see the 400 response), while a `page` below 1 is served as page 1.

        `GET /teams/{team_id}/secrets` (listTeamSecrets, stability: development).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            team_id (str): The team's ID (a UUID).
            page (int | Unset): Which page of the list to return, counting from 1. Pages hold 30
                items; the `Link` response header points to the neighbouring pages. A page below 1
                is not refused: it is served as page 1, so no minimum is set. The overview does not
                say so; it is inferred from the pagination headers (`Link`, `Total`, `Per-Page`),
                which are those of the Rails api-pagination library, and that library reads the page
                as a whole number and turns anything below 1 into 1. A page past the last one
                presumably returns an empty list. Default: 1.

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
            _list_team_secrets.OPERATION,
            _list_team_secrets._get_kwargs(
                team_id=team_id,
                page=page,
            ),
            _list_team_secrets._parse_response,
        )

    async def list_team_secrets_async(
        self,
        team_id: str,
        *,
        page: int | Unset = 1,
    ) -> list[Secret]:
        """List the secrets of a team

        Lists the secrets a team has access to. The list is paginated (30 per page).

        Not in the docs: a `page` that is not a single whole number may be refused with 400
        (inferred, see the 400 response), while a `page` below 1 is served as page 1.

        `GET /teams/{team_id}/secrets` (listTeamSecrets, stability: development).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            team_id (str): The team's ID (a UUID).
            page (int | Unset): Which page of the list to return, counting from 1. Pages hold 30
                items; the `Link` response header points to the neighbouring pages. A page below 1
                is not refused: it is served as page 1, so no minimum is set. The overview does not
                say so; it is inferred from the pagination headers (`Link`, `Total`, `Per-Page`),
                which are those of the Rails api-pagination library, and that library reads the page
                as a whole number and turns anything below 1 into 1. A page past the last one
                presumably returns an empty list. Default: 1.

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
            _list_team_secrets.OPERATION,
            _list_team_secrets._get_kwargs(
                team_id=team_id,
                page=page,
            ),
            _list_team_secrets._parse_response,
        )

    def iter_list_team_secrets(
        self,
        team_id: str,
        *,
        page: int | Unset = 1,
        max_items: int | None = None,
        max_pages: int | None = None,
    ) -> _Paginator[Secret, list[Secret]]:
        """List the secrets of a team

        Lists the secrets a team has access to. The list is paginated (30 per page).

        Not in the docs: a `page` that is not a single whole number may be refused with 400
        (inferred, see the 400 response), while a `page` below 1 is served as page 1.

        `GET /teams/{team_id}/secrets` (listTeamSecrets, stability: development).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            team_id (str): The team's ID (a UUID).
            page (int | Unset): Which page of the list to return, counting from 1. Pages hold 30
                items; the `Link` response header points to the neighbouring pages. A page below 1
                is not refused: it is served as page 1, so no minimum is set. The overview does not
                say so; it is inferred from the pagination headers (`Link`, `Total`, `Per-Page`),
                which are those of the Rails api-pagination library, and that library reads the page
                as a whole number and turns anything below 1 into 1. A page past the last one
                presumably returns an empty list. Default: 1.
            max_items: stop after this many items (default: all).
            max_pages: stop after fetching this many pages (default: all, up to 10,000, then
                PaginationError). A walk also raises PaginationError on a page URL seen before
                and after 5 pages in a row that bring nothing new (no item, or a page sent before).

        Returns:
            Paginator[Secret, list[Secret]]: iterate with `for` or `async for` (link-total pagination); pages are fetched lazily, as the items are used.

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
            _list_team_secrets.OPERATION,
            _list_team_secrets._get_kwargs(
                team_id=team_id,
                page=page,
            ),
            _list_team_secrets._parse_response,
            lambda body: body,
            max_items=max_items,
            max_pages=max_pages,
        )

    # -- listProjectSecrets --

    def list_project_secrets(
        self,
        project_id: str,
        *,
        page: int | Unset = 1,
    ) -> list[Secret]:
        """List the secrets attached to a project

        Lists the secrets attached to a project. The list is paginated (30 per page).

        Not in the docs: a `page` that is not a single whole number may be refused with 400
        (inferred, see the 400 response), while a `page` below 1 is served as page 1.

        `GET /projects/{project_id}/secrets` (listProjectSecrets, stability: development).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project_id (str): The project's ID (a UUID).
            page (int | Unset): Which page of the list to return, counting from 1. Pages hold 30
                items; the `Link` response header points to the neighbouring pages. A page below 1
                is not refused: it is served as page 1, so no minimum is set. The overview does not
                say so; it is inferred from the pagination headers (`Link`, `Total`, `Per-Page`),
                which are those of the Rails api-pagination library, and that library reads the page
                as a whole number and turns anything below 1 into 1. A page past the last one
                presumably returns an empty list. Default: 1.

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
            _list_project_secrets.OPERATION,
            _list_project_secrets._get_kwargs(
                project_id=project_id,
                page=page,
            ),
            _list_project_secrets._parse_response,
        )

    async def list_project_secrets_async(
        self,
        project_id: str,
        *,
        page: int | Unset = 1,
    ) -> list[Secret]:
        """List the secrets attached to a project

        Lists the secrets attached to a project. The list is paginated (30 per page).

        Not in the docs: a `page` that is not a single whole number may be refused with 400
        (inferred, see the 400 response), while a `page` below 1 is served as page 1.

        `GET /projects/{project_id}/secrets` (listProjectSecrets, stability: development).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project_id (str): The project's ID (a UUID).
            page (int | Unset): Which page of the list to return, counting from 1. Pages hold 30
                items; the `Link` response header points to the neighbouring pages. A page below 1
                is not refused: it is served as page 1, so no minimum is set. The overview does not
                say so; it is inferred from the pagination headers (`Link`, `Total`, `Per-Page`),
                which are those of the Rails api-pagination library, and that library reads the page
                as a whole number and turns anything below 1 into 1. A page past the last one
                presumably returns an empty list. Default: 1.

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
            _list_project_secrets.OPERATION,
            _list_project_secrets._get_kwargs(
                project_id=project_id,
                page=page,
            ),
            _list_project_secrets._parse_response,
        )

    def iter_list_project_secrets(
        self,
        project_id: str,
        *,
        page: int | Unset = 1,
        max_items: int | None = None,
        max_pages: int | None = None,
    ) -> _Paginator[Secret, list[Secret]]:
        """List the secrets attached to a project

        Lists the secrets attached to a project. The list is paginated (30 per page).

        Not in the docs: a `page` that is not a single whole number may be refused with 400
        (inferred, see the 400 response), while a `page` below 1 is served as page 1.

        `GET /projects/{project_id}/secrets` (listProjectSecrets, stability: development).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project_id (str): The project's ID (a UUID).
            page (int | Unset): Which page of the list to return, counting from 1. Pages hold 30
                items; the `Link` response header points to the neighbouring pages. A page below 1
                is not refused: it is served as page 1, so no minimum is set. The overview does not
                say so; it is inferred from the pagination headers (`Link`, `Total`, `Per-Page`),
                which are those of the Rails api-pagination library, and that library reads the page
                as a whole number and turns anything below 1 into 1. A page past the last one
                presumably returns an empty list. Default: 1.
            max_items: stop after this many items (default: all).
            max_pages: stop after fetching this many pages (default: all, up to 10,000, then
                PaginationError). A walk also raises PaginationError on a page URL seen before
                and after 5 pages in a row that bring nothing new (no item, or a page sent before).

        Returns:
            Paginator[Secret, list[Secret]]: iterate with `for` or `async for` (link-total pagination); pages are fetched lazily, as the items are used.

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
                project_id=project_id,
                page=page,
            ),
            _list_project_secrets._parse_response,
            lambda body: body,
            max_items=max_items,
            max_pages=max_pages,
        )

    # -- getSecret --

    def get_secret(
        self,
        id: str,
    ) -> Secret:
        """Get a secret

        Shows one secret.

        `GET /secrets/{id}` (getSecret, stability: development).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            id (str): The secret's ID (a UUID). (The nested secret routes call the same value
                `secret_id`.)

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
            _get_secret.OPERATION,
            _get_secret._get_kwargs(
                id=id,
            ),
            _get_secret._parse_response,
        )

    async def get_secret_async(
        self,
        id: str,
    ) -> Secret:
        """Get a secret

        Shows one secret.

        `GET /secrets/{id}` (getSecret, stability: development).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            id (str): The secret's ID (a UUID). (The nested secret routes call the same value
                `secret_id`.)

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
            _get_secret.OPERATION,
            _get_secret._get_kwargs(
                id=id,
            ),
            _get_secret._parse_response,
        )

    # -- deleteSecret --

    def delete_secret(
        self,
        id: str,
    ) -> None:
        """Delete a secret

        Deletes a secret and detaches it from every project it was attached to. Deleting a
        secret takes at least admin permission in the organization.

        `DELETE /secrets/{id}` (deleteSecret, stability: development).
        Never retried (not idempotent).

        Args:
            id (str): The secret's ID (a UUID). (The nested secret routes call the same value
                `secret_id`.)

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
            _delete_secret.OPERATION,
            _delete_secret._get_kwargs(
                id=id,
            ),
            _delete_secret._parse_response,
        )

    async def delete_secret_async(
        self,
        id: str,
    ) -> None:
        """Delete a secret

        Deletes a secret and detaches it from every project it was attached to. Deleting a
        secret takes at least admin permission in the organization.

        `DELETE /secrets/{id}` (deleteSecret, stability: development).
        Never retried (not idempotent).

        Args:
            id (str): The secret's ID (a UUID). (The nested secret routes call the same value
                `secret_id`.)

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
            _delete_secret.OPERATION,
            _delete_secret._get_kwargs(
                id=id,
            ),
            _delete_secret._parse_response,
        )

    # -- updateSecret --

    def update_secret(
        self,
        id: str,
        *,
        body: SecretUpdate,
    ) -> Secret:
        """Update a secret

        Changes a secret's name or description. Only admins and owners of the organization can
        update secrets.

        `PATCH /secrets/{id}` (updateSecret, stability: development).
        Never retried (not idempotent).

        Args:
            id (str): The secret's ID (a UUID). (The nested secret routes call the same value
                `secret_id`.)
            body (SecretUpdate): The fields of a secret to change; fields that are left out keep
                their value. Fields the server does not know are refused with 422
                `unpermitted_parameter`.

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
                id=id,
                body=body,
            ),
            _update_secret._parse_response,
        )

    async def update_secret_async(
        self,
        id: str,
        *,
        body: SecretUpdate,
    ) -> Secret:
        """Update a secret

        Changes a secret's name or description. Only admins and owners of the organization can
        update secrets.

        `PATCH /secrets/{id}` (updateSecret, stability: development).
        Never retried (not idempotent).

        Args:
            id (str): The secret's ID (a UUID). (The nested secret routes call the same value
                `secret_id`.)
            body (SecretUpdate): The fields of a secret to change; fields that are left out keep
                their value. Fields the server does not know are refused with 422
                `unpermitted_parameter`.

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
                id=id,
                body=body,
            ),
            _update_secret._parse_response,
        )

    # -- addTeamSecret --

    def add_team_secret(
        self,
        team_id: str,
        secret_id: str,
    ) -> None:
        """Add a secret to a team

        Gives a team access to a secret. The user must be a member of the team and an admin of
        the organization. There is no request body, and the answer has none either.

        `POST /teams/{team_id}/secrets/{secret_id}` (addTeamSecret, stability: development).
        Never retried (not idempotent).

        Args:
            team_id (str): The team's ID (a UUID).
            secret_id (str): The secret's ID (a UUID).

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
            _add_team_secret.OPERATION,
            _add_team_secret._get_kwargs(
                team_id=team_id,
                secret_id=secret_id,
            ),
            _add_team_secret._parse_response,
        )

    async def add_team_secret_async(
        self,
        team_id: str,
        secret_id: str,
    ) -> None:
        """Add a secret to a team

        Gives a team access to a secret. The user must be a member of the team and an admin of
        the organization. There is no request body, and the answer has none either.

        `POST /teams/{team_id}/secrets/{secret_id}` (addTeamSecret, stability: development).
        Never retried (not idempotent).

        Args:
            team_id (str): The team's ID (a UUID).
            secret_id (str): The secret's ID (a UUID).

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
            _add_team_secret.OPERATION,
            _add_team_secret._get_kwargs(
                team_id=team_id,
                secret_id=secret_id,
            ),
            _add_team_secret._parse_response,
        )

    # -- removeTeamSecret --

    def remove_team_secret(
        self,
        team_id: str,
        secret_id: str,
    ) -> None:
        """Remove a secret from a team

        Takes a team's access to a secret away. The user must be a member of the team and an
        admin of the organization.

        `DELETE /teams/{team_id}/secrets/{secret_id}` (removeTeamSecret, stability: development).
        Never retried (not idempotent).

        Args:
            team_id (str): The team's ID (a UUID).
            secret_id (str): The secret's ID (a UUID).

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
            _remove_team_secret.OPERATION,
            _remove_team_secret._get_kwargs(
                team_id=team_id,
                secret_id=secret_id,
            ),
            _remove_team_secret._parse_response,
        )

    async def remove_team_secret_async(
        self,
        team_id: str,
        secret_id: str,
    ) -> None:
        """Remove a secret from a team

        Takes a team's access to a secret away. The user must be a member of the team and an
        admin of the organization.

        `DELETE /teams/{team_id}/secrets/{secret_id}` (removeTeamSecret, stability: development).
        Never retried (not idempotent).

        Args:
            team_id (str): The team's ID (a UUID).
            secret_id (str): The secret's ID (a UUID).

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
            _remove_team_secret.OPERATION,
            _remove_team_secret._get_kwargs(
                team_id=team_id,
                secret_id=secret_id,
            ),
            _remove_team_secret._parse_response,
        )

    # -- attachProjectSecret --

    def attach_project_secret(
        self,
        project_id: str,
        secret_id: str,
    ) -> Secret:
        """Attach a secret to a project

        Attaches a secret to a project, so that the project's jobs get its environment variables
        and configuration files. There is no request body. Unlike the other "add" operations,
        which answer 204 without a body, this one answers 200 with the attached secret.

        `POST /projects/{project_id}/secrets/{secret_id}` (attachProjectSecret, stability: development).
        Never retried (not idempotent).

        Args:
            project_id (str): The project's ID (a UUID).
            secret_id (str): The secret's ID (a UUID).

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
            _attach_project_secret.OPERATION,
            _attach_project_secret._get_kwargs(
                project_id=project_id,
                secret_id=secret_id,
            ),
            _attach_project_secret._parse_response,
        )

    async def attach_project_secret_async(
        self,
        project_id: str,
        secret_id: str,
    ) -> Secret:
        """Attach a secret to a project

        Attaches a secret to a project, so that the project's jobs get its environment variables
        and configuration files. There is no request body. Unlike the other "add" operations,
        which answer 204 without a body, this one answers 200 with the attached secret.

        `POST /projects/{project_id}/secrets/{secret_id}` (attachProjectSecret, stability: development).
        Never retried (not idempotent).

        Args:
            project_id (str): The project's ID (a UUID).
            secret_id (str): The secret's ID (a UUID).

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
            _attach_project_secret.OPERATION,
            _attach_project_secret._get_kwargs(
                project_id=project_id,
                secret_id=secret_id,
            ),
            _attach_project_secret._parse_response,
        )

    # -- detachProjectSecret --

    def detach_project_secret(
        self,
        project_id: str,
        secret_id: str,
    ) -> None:
        """Detach a secret from a project

        Detaches a secret from a project; the secret itself is kept.

        `DELETE /projects/{project_id}/secrets/{secret_id}` (detachProjectSecret, stability: development).
        Never retried (not idempotent).

        Args:
            project_id (str): The project's ID (a UUID).
            secret_id (str): The secret's ID (a UUID).

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
            _detach_project_secret.OPERATION,
            _detach_project_secret._get_kwargs(
                project_id=project_id,
                secret_id=secret_id,
            ),
            _detach_project_secret._parse_response,
        )

    async def detach_project_secret_async(
        self,
        project_id: str,
        secret_id: str,
    ) -> None:
        """Detach a secret from a project

        Detaches a secret from a project; the secret itself is kept.

        `DELETE /projects/{project_id}/secrets/{secret_id}` (detachProjectSecret, stability: development).
        Never retried (not idempotent).

        Args:
            project_id (str): The project's ID (a UUID).
            secret_id (str): The secret's ID (a UUID).

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
            _detach_project_secret.OPERATION,
            _detach_project_secret._get_kwargs(
                project_id=project_id,
                secret_id=secret_id,
            ),
            _detach_project_secret._parse_response,
        )

    # -- listOrgTeams --

    def list_org_teams(
        self,
        org_username: str,
        *,
        page: int | Unset = 1,
    ) -> list[Team]:
        """List teams in an organization

        Lists the teams of an organization. The list is paginated (30 per page). The vendor
        specification declares no 404 for this route, but like every route that names a resource
        it answers 404 when the organization does not exist or the user cannot see it (the
        official classic CLI relies on this).

        Not in the docs: a `page` that is not a single whole number may be refused with 400
        (inferred, see the 400 response), while a `page` below 1 is served as page 1.

        `GET /orgs/{org_username}/teams` (listOrgTeams, stability: development).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            org_username (str): The organization's username, e.g. `renderedtext` (the `username`
                field of an Org).
            page (int | Unset): Which page of the list to return, counting from 1. Pages hold 30
                items; the `Link` response header points to the neighbouring pages. A page below 1
                is not refused: it is served as page 1, so no minimum is set. The overview does not
                say so; it is inferred from the pagination headers (`Link`, `Total`, `Per-Page`),
                which are those of the Rails api-pagination library, and that library reads the page
                as a whole number and turns anything below 1 into 1. A page past the last one
                presumably returns an empty list. Default: 1.

        Returns:
            list[Team]

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
            _list_org_teams.OPERATION,
            _list_org_teams._get_kwargs(
                org_username=org_username,
                page=page,
            ),
            _list_org_teams._parse_response,
        )

    async def list_org_teams_async(
        self,
        org_username: str,
        *,
        page: int | Unset = 1,
    ) -> list[Team]:
        """List teams in an organization

        Lists the teams of an organization. The list is paginated (30 per page). The vendor
        specification declares no 404 for this route, but like every route that names a resource
        it answers 404 when the organization does not exist or the user cannot see it (the
        official classic CLI relies on this).

        Not in the docs: a `page` that is not a single whole number may be refused with 400
        (inferred, see the 400 response), while a `page` below 1 is served as page 1.

        `GET /orgs/{org_username}/teams` (listOrgTeams, stability: development).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            org_username (str): The organization's username, e.g. `renderedtext` (the `username`
                field of an Org).
            page (int | Unset): Which page of the list to return, counting from 1. Pages hold 30
                items; the `Link` response header points to the neighbouring pages. A page below 1
                is not refused: it is served as page 1, so no minimum is set. The overview does not
                say so; it is inferred from the pagination headers (`Link`, `Total`, `Per-Page`),
                which are those of the Rails api-pagination library, and that library reads the page
                as a whole number and turns anything below 1 into 1. A page past the last one
                presumably returns an empty list. Default: 1.

        Returns:
            list[Team]

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
            _list_org_teams.OPERATION,
            _list_org_teams._get_kwargs(
                org_username=org_username,
                page=page,
            ),
            _list_org_teams._parse_response,
        )

    def iter_list_org_teams(
        self,
        org_username: str,
        *,
        page: int | Unset = 1,
        max_items: int | None = None,
        max_pages: int | None = None,
    ) -> _Paginator[Team, list[Team]]:
        """List teams in an organization

        Lists the teams of an organization. The list is paginated (30 per page). The vendor
        specification declares no 404 for this route, but like every route that names a resource
        it answers 404 when the organization does not exist or the user cannot see it (the
        official classic CLI relies on this).

        Not in the docs: a `page` that is not a single whole number may be refused with 400
        (inferred, see the 400 response), while a `page` below 1 is served as page 1.

        `GET /orgs/{org_username}/teams` (listOrgTeams, stability: development).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            org_username (str): The organization's username, e.g. `renderedtext` (the `username`
                field of an Org).
            page (int | Unset): Which page of the list to return, counting from 1. Pages hold 30
                items; the `Link` response header points to the neighbouring pages. A page below 1
                is not refused: it is served as page 1, so no minimum is set. The overview does not
                say so; it is inferred from the pagination headers (`Link`, `Total`, `Per-Page`),
                which are those of the Rails api-pagination library, and that library reads the page
                as a whole number and turns anything below 1 into 1. A page past the last one
                presumably returns an empty list. Default: 1.
            max_items: stop after this many items (default: all).
            max_pages: stop after fetching this many pages (default: all, up to 10,000, then
                PaginationError). A walk also raises PaginationError on a page URL seen before
                and after 5 pages in a row that bring nothing new (no item, or a page sent before).

        Returns:
            Paginator[Team, list[Team]]: iterate with `for` or `async for` (link-total pagination); pages are fetched lazily, as the items are used.

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
            _list_org_teams.OPERATION,
            _list_org_teams._get_kwargs(
                org_username=org_username,
                page=page,
            ),
            _list_org_teams._parse_response,
            lambda body: body,
            max_items=max_items,
            max_pages=max_pages,
        )

    # -- createTeam --

    def create_team(
        self,
        org_username: str,
        *,
        body: TeamCreate,
    ) -> Team:
        """Create a team in an organization

        Creates a team in an organization. Only owners of the organization can create teams. The
        created team is returned with status 200 (not 201). A team name that is already taken, a
        missing field or a `permission` the server does not accept is answered with 422.

        `POST /orgs/{org_username}/teams` (createTeam, stability: development).
        Never retried (not idempotent).

        Args:
            org_username (str): The organization's username, e.g. `renderedtext` (the `username`
                field of an Org).
            body (TeamCreate): A new team. Fields the server does not know are refused with 422
                `unpermitted_parameter`.

        Returns:
            Team

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
            _create_team.OPERATION,
            _create_team._get_kwargs(
                org_username=org_username,
                body=body,
            ),
            _create_team._parse_response,
        )

    async def create_team_async(
        self,
        org_username: str,
        *,
        body: TeamCreate,
    ) -> Team:
        """Create a team in an organization

        Creates a team in an organization. Only owners of the organization can create teams. The
        created team is returned with status 200 (not 201). A team name that is already taken, a
        missing field or a `permission` the server does not accept is answered with 422.

        `POST /orgs/{org_username}/teams` (createTeam, stability: development).
        Never retried (not idempotent).

        Args:
            org_username (str): The organization's username, e.g. `renderedtext` (the `username`
                field of an Org).
            body (TeamCreate): A new team. Fields the server does not know are refused with 422
                `unpermitted_parameter`.

        Returns:
            Team

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
            _create_team.OPERATION,
            _create_team._get_kwargs(
                org_username=org_username,
                body=body,
            ),
            _create_team._parse_response,
        )

    # -- listProjectTeams --

    def list_project_teams(
        self,
        project_id: str,
        *,
        page: int | Unset = 1,
    ) -> list[Team]:
        """List the teams of a project

        Lists the teams that have access to a project. The list is paginated (30 per page).

        Not in the docs: a `page` that is not a single whole number may be refused with 400
        (inferred, see the 400 response), while a `page` below 1 is served as page 1.

        `GET /projects/{project_id}/teams` (listProjectTeams, stability: development).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project_id (str): The project's ID (a UUID).
            page (int | Unset): Which page of the list to return, counting from 1. Pages hold 30
                items; the `Link` response header points to the neighbouring pages. A page below 1
                is not refused: it is served as page 1, so no minimum is set. The overview does not
                say so; it is inferred from the pagination headers (`Link`, `Total`, `Per-Page`),
                which are those of the Rails api-pagination library, and that library reads the page
                as a whole number and turns anything below 1 into 1. A page past the last one
                presumably returns an empty list. Default: 1.

        Returns:
            list[Team]

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
            _list_project_teams.OPERATION,
            _list_project_teams._get_kwargs(
                project_id=project_id,
                page=page,
            ),
            _list_project_teams._parse_response,
        )

    async def list_project_teams_async(
        self,
        project_id: str,
        *,
        page: int | Unset = 1,
    ) -> list[Team]:
        """List the teams of a project

        Lists the teams that have access to a project. The list is paginated (30 per page).

        Not in the docs: a `page` that is not a single whole number may be refused with 400
        (inferred, see the 400 response), while a `page` below 1 is served as page 1.

        `GET /projects/{project_id}/teams` (listProjectTeams, stability: development).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project_id (str): The project's ID (a UUID).
            page (int | Unset): Which page of the list to return, counting from 1. Pages hold 30
                items; the `Link` response header points to the neighbouring pages. A page below 1
                is not refused: it is served as page 1, so no minimum is set. The overview does not
                say so; it is inferred from the pagination headers (`Link`, `Total`, `Per-Page`),
                which are those of the Rails api-pagination library, and that library reads the page
                as a whole number and turns anything below 1 into 1. A page past the last one
                presumably returns an empty list. Default: 1.

        Returns:
            list[Team]

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
            _list_project_teams.OPERATION,
            _list_project_teams._get_kwargs(
                project_id=project_id,
                page=page,
            ),
            _list_project_teams._parse_response,
        )

    def iter_list_project_teams(
        self,
        project_id: str,
        *,
        page: int | Unset = 1,
        max_items: int | None = None,
        max_pages: int | None = None,
    ) -> _Paginator[Team, list[Team]]:
        """List the teams of a project

        Lists the teams that have access to a project. The list is paginated (30 per page).

        Not in the docs: a `page` that is not a single whole number may be refused with 400
        (inferred, see the 400 response), while a `page` below 1 is served as page 1.

        `GET /projects/{project_id}/teams` (listProjectTeams, stability: development).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project_id (str): The project's ID (a UUID).
            page (int | Unset): Which page of the list to return, counting from 1. Pages hold 30
                items; the `Link` response header points to the neighbouring pages. A page below 1
                is not refused: it is served as page 1, so no minimum is set. The overview does not
                say so; it is inferred from the pagination headers (`Link`, `Total`, `Per-Page`),
                which are those of the Rails api-pagination library, and that library reads the page
                as a whole number and turns anything below 1 into 1. A page past the last one
                presumably returns an empty list. Default: 1.
            max_items: stop after this many items (default: all).
            max_pages: stop after fetching this many pages (default: all, up to 10,000, then
                PaginationError). A walk also raises PaginationError on a page URL seen before
                and after 5 pages in a row that bring nothing new (no item, or a page sent before).

        Returns:
            Paginator[Team, list[Team]]: iterate with `for` or `async for` (link-total pagination); pages are fetched lazily, as the items are used.

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
            _list_project_teams.OPERATION,
            _list_project_teams._get_kwargs(
                project_id=project_id,
                page=page,
            ),
            _list_project_teams._parse_response,
            lambda body: body,
            max_items=max_items,
            max_pages=max_pages,
        )

    # -- listSecretTeams --

    def list_secret_teams(
        self,
        secret_id: str,
        *,
        page: int | Unset = 1,
    ) -> list[Team]:
        """List the teams of a secret

        Lists the teams that have access to a secret. The list is paginated (30 per page).

        Not in the docs: a `page` that is not a single whole number may be refused with 400
        (inferred, see the 400 response), while a `page` below 1 is served as page 1.

        `GET /secrets/{secret_id}/teams` (listSecretTeams, stability: development).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            secret_id (str): The secret's ID (a UUID).
            page (int | Unset): Which page of the list to return, counting from 1. Pages hold 30
                items; the `Link` response header points to the neighbouring pages. A page below 1
                is not refused: it is served as page 1, so no minimum is set. The overview does not
                say so; it is inferred from the pagination headers (`Link`, `Total`, `Per-Page`),
                which are those of the Rails api-pagination library, and that library reads the page
                as a whole number and turns anything below 1 into 1. A page past the last one
                presumably returns an empty list. Default: 1.

        Returns:
            list[Team]

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
            _list_secret_teams.OPERATION,
            _list_secret_teams._get_kwargs(
                secret_id=secret_id,
                page=page,
            ),
            _list_secret_teams._parse_response,
        )

    async def list_secret_teams_async(
        self,
        secret_id: str,
        *,
        page: int | Unset = 1,
    ) -> list[Team]:
        """List the teams of a secret

        Lists the teams that have access to a secret. The list is paginated (30 per page).

        Not in the docs: a `page` that is not a single whole number may be refused with 400
        (inferred, see the 400 response), while a `page` below 1 is served as page 1.

        `GET /secrets/{secret_id}/teams` (listSecretTeams, stability: development).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            secret_id (str): The secret's ID (a UUID).
            page (int | Unset): Which page of the list to return, counting from 1. Pages hold 30
                items; the `Link` response header points to the neighbouring pages. A page below 1
                is not refused: it is served as page 1, so no minimum is set. The overview does not
                say so; it is inferred from the pagination headers (`Link`, `Total`, `Per-Page`),
                which are those of the Rails api-pagination library, and that library reads the page
                as a whole number and turns anything below 1 into 1. A page past the last one
                presumably returns an empty list. Default: 1.

        Returns:
            list[Team]

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
            _list_secret_teams.OPERATION,
            _list_secret_teams._get_kwargs(
                secret_id=secret_id,
                page=page,
            ),
            _list_secret_teams._parse_response,
        )

    def iter_list_secret_teams(
        self,
        secret_id: str,
        *,
        page: int | Unset = 1,
        max_items: int | None = None,
        max_pages: int | None = None,
    ) -> _Paginator[Team, list[Team]]:
        """List the teams of a secret

        Lists the teams that have access to a secret. The list is paginated (30 per page).

        Not in the docs: a `page` that is not a single whole number may be refused with 400
        (inferred, see the 400 response), while a `page` below 1 is served as page 1.

        `GET /secrets/{secret_id}/teams` (listSecretTeams, stability: development).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            secret_id (str): The secret's ID (a UUID).
            page (int | Unset): Which page of the list to return, counting from 1. Pages hold 30
                items; the `Link` response header points to the neighbouring pages. A page below 1
                is not refused: it is served as page 1, so no minimum is set. The overview does not
                say so; it is inferred from the pagination headers (`Link`, `Total`, `Per-Page`),
                which are those of the Rails api-pagination library, and that library reads the page
                as a whole number and turns anything below 1 into 1. A page past the last one
                presumably returns an empty list. Default: 1.
            max_items: stop after this many items (default: all).
            max_pages: stop after fetching this many pages (default: all, up to 10,000, then
                PaginationError). A walk also raises PaginationError on a page URL seen before
                and after 5 pages in a row that bring nothing new (no item, or a page sent before).

        Returns:
            Paginator[Team, list[Team]]: iterate with `for` or `async for` (link-total pagination); pages are fetched lazily, as the items are used.

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
            _list_secret_teams.OPERATION,
            _list_secret_teams._get_kwargs(
                secret_id=secret_id,
                page=page,
            ),
            _list_secret_teams._parse_response,
            lambda body: body,
            max_items=max_items,
            max_pages=max_pages,
        )

    # -- getTeam --

    def get_team(
        self,
        id: str,
    ) -> Team:
        """Get a team

        Shows one team.

        `GET /teams/{id}` (getTeam, stability: development).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            id (str): The team's ID (a UUID). (The nested team routes call the same value
                `team_id`.)

        Returns:
            Team

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
            _get_team.OPERATION,
            _get_team._get_kwargs(
                id=id,
            ),
            _get_team._parse_response,
        )

    async def get_team_async(
        self,
        id: str,
    ) -> Team:
        """Get a team

        Shows one team.

        `GET /teams/{id}` (getTeam, stability: development).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            id (str): The team's ID (a UUID). (The nested team routes call the same value
                `team_id`.)

        Returns:
            Team

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
            _get_team.OPERATION,
            _get_team._get_kwargs(
                id=id,
            ),
            _get_team._parse_response,
        )

    # -- deleteTeam --

    def delete_team(
        self,
        id: str,
    ) -> None:
        """Delete a team

        Deletes a team. Only owners of the organization can delete teams; for anyone else the
        team is reported as not found. The overview documents a 409 answer with a
        `documentation_url` for deleting a record that other records still depend on ("dependent
        projects"). Of the resources that can be deleted, a team is the one that can have
        projects depending on it (secrets are detached from their projects when deleted, and
        environment variables and configuration files have no dependents), so 409 is declared
        here.

        `DELETE /teams/{id}` (deleteTeam, stability: development).
        Never retried (not idempotent).

        Args:
            id (str): The team's ID (a UUID). (The nested team routes call the same value
                `team_id`.)

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
            _delete_team.OPERATION,
            _delete_team._get_kwargs(
                id=id,
            ),
            _delete_team._parse_response,
        )

    async def delete_team_async(
        self,
        id: str,
    ) -> None:
        """Delete a team

        Deletes a team. Only owners of the organization can delete teams; for anyone else the
        team is reported as not found. The overview documents a 409 answer with a
        `documentation_url` for deleting a record that other records still depend on ("dependent
        projects"). Of the resources that can be deleted, a team is the one that can have
        projects depending on it (secrets are detached from their projects when deleted, and
        environment variables and configuration files have no dependents), so 409 is declared
        here.

        `DELETE /teams/{id}` (deleteTeam, stability: development).
        Never retried (not idempotent).

        Args:
            id (str): The team's ID (a UUID). (The nested team routes call the same value
                `team_id`.)

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
            _delete_team.OPERATION,
            _delete_team._get_kwargs(
                id=id,
            ),
            _delete_team._parse_response,
        )

    # -- updateTeam --

    def update_team(
        self,
        id: str,
        *,
        body: TeamUpdate,
    ) -> Team:
        """Update a team

        Changes a team's name, permission or description. Only owners of the organization can
        update teams; for anyone else the team is reported as not found.

        `PATCH /teams/{id}` (updateTeam, stability: development).
        Never retried (not idempotent).

        Args:
            id (str): The team's ID (a UUID). (The nested team routes call the same value
                `team_id`.)
            body (TeamUpdate): The fields of a team to change; fields that are left out keep
                their value. Fields the server does not know are refused with 422
                `unpermitted_parameter`.

        Returns:
            Team

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
            _update_team.OPERATION,
            _update_team._get_kwargs(
                id=id,
                body=body,
            ),
            _update_team._parse_response,
        )

    async def update_team_async(
        self,
        id: str,
        *,
        body: TeamUpdate,
    ) -> Team:
        """Update a team

        Changes a team's name, permission or description. Only owners of the organization can
        update teams; for anyone else the team is reported as not found.

        `PATCH /teams/{id}` (updateTeam, stability: development).
        Never retried (not idempotent).

        Args:
            id (str): The team's ID (a UUID). (The nested team routes call the same value
                `team_id`.)
            body (TeamUpdate): The fields of a team to change; fields that are left out keep
                their value. Fields the server does not know are refused with 422
                `unpermitted_parameter`.

        Returns:
            Team

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
            _update_team.OPERATION,
            _update_team._get_kwargs(
                id=id,
                body=body,
            ),
            _update_team._parse_response,
        )

    # -- listOrgUsers --

    def list_org_users(
        self,
        org_username: str,
        *,
        page: int | Unset = 1,
    ) -> list[User]:
        """List the users of an organization

        Lists the members of an organization. The list is paginated (30 per page).

        Not in the docs: a `page` that is not a single whole number may be refused with 400
        (inferred, see the 400 response), while a `page` below 1 is served as page 1.

        `GET /orgs/{org_username}/users` (listOrgUsers, stability: development).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            org_username (str): The organization's username, e.g. `renderedtext` (the `username`
                field of an Org).
            page (int | Unset): Which page of the list to return, counting from 1. Pages hold 30
                items; the `Link` response header points to the neighbouring pages. A page below 1
                is not refused: it is served as page 1, so no minimum is set. The overview does not
                say so; it is inferred from the pagination headers (`Link`, `Total`, `Per-Page`),
                which are those of the Rails api-pagination library, and that library reads the page
                as a whole number and turns anything below 1 into 1. A page past the last one
                presumably returns an empty list. Default: 1.

        Returns:
            list[User]

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
            _list_org_users.OPERATION,
            _list_org_users._get_kwargs(
                org_username=org_username,
                page=page,
            ),
            _list_org_users._parse_response,
        )

    async def list_org_users_async(
        self,
        org_username: str,
        *,
        page: int | Unset = 1,
    ) -> list[User]:
        """List the users of an organization

        Lists the members of an organization. The list is paginated (30 per page).

        Not in the docs: a `page` that is not a single whole number may be refused with 400
        (inferred, see the 400 response), while a `page` below 1 is served as page 1.

        `GET /orgs/{org_username}/users` (listOrgUsers, stability: development).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            org_username (str): The organization's username, e.g. `renderedtext` (the `username`
                field of an Org).
            page (int | Unset): Which page of the list to return, counting from 1. Pages hold 30
                items; the `Link` response header points to the neighbouring pages. A page below 1
                is not refused: it is served as page 1, so no minimum is set. The overview does not
                say so; it is inferred from the pagination headers (`Link`, `Total`, `Per-Page`),
                which are those of the Rails api-pagination library, and that library reads the page
                as a whole number and turns anything below 1 into 1. A page past the last one
                presumably returns an empty list. Default: 1.

        Returns:
            list[User]

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
            _list_org_users.OPERATION,
            _list_org_users._get_kwargs(
                org_username=org_username,
                page=page,
            ),
            _list_org_users._parse_response,
        )

    def iter_list_org_users(
        self,
        org_username: str,
        *,
        page: int | Unset = 1,
        max_items: int | None = None,
        max_pages: int | None = None,
    ) -> _Paginator[User, list[User]]:
        """List the users of an organization

        Lists the members of an organization. The list is paginated (30 per page).

        Not in the docs: a `page` that is not a single whole number may be refused with 400
        (inferred, see the 400 response), while a `page` below 1 is served as page 1.

        `GET /orgs/{org_username}/users` (listOrgUsers, stability: development).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            org_username (str): The organization's username, e.g. `renderedtext` (the `username`
                field of an Org).
            page (int | Unset): Which page of the list to return, counting from 1. Pages hold 30
                items; the `Link` response header points to the neighbouring pages. A page below 1
                is not refused: it is served as page 1, so no minimum is set. The overview does not
                say so; it is inferred from the pagination headers (`Link`, `Total`, `Per-Page`),
                which are those of the Rails api-pagination library, and that library reads the page
                as a whole number and turns anything below 1 into 1. A page past the last one
                presumably returns an empty list. Default: 1.
            max_items: stop after this many items (default: all).
            max_pages: stop after fetching this many pages (default: all, up to 10,000, then
                PaginationError). A walk also raises PaginationError on a page URL seen before
                and after 5 pages in a row that bring nothing new (no item, or a page sent before).

        Returns:
            Paginator[User, list[User]]: iterate with `for` or `async for` (link-total pagination); pages are fetched lazily, as the items are used.

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
            _list_org_users.OPERATION,
            _list_org_users._get_kwargs(
                org_username=org_username,
                page=page,
            ),
            _list_org_users._parse_response,
            lambda body: body,
            max_items=max_items,
            max_pages=max_pages,
        )

    # -- listTeamUsers --

    def list_team_users(
        self,
        team_id: str,
        *,
        page: int | Unset = 1,
    ) -> list[User]:
        """List the members of a team

        Lists the members of a team. The list is paginated (30 per page).

        Not in the docs: a `page` that is not a single whole number may be refused with 400
        (inferred, see the 400 response), while a `page` below 1 is served as page 1.

        `GET /teams/{team_id}/users` (listTeamUsers, stability: development).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            team_id (str): The team's ID (a UUID).
            page (int | Unset): Which page of the list to return, counting from 1. Pages hold 30
                items; the `Link` response header points to the neighbouring pages. A page below 1
                is not refused: it is served as page 1, so no minimum is set. The overview does not
                say so; it is inferred from the pagination headers (`Link`, `Total`, `Per-Page`),
                which are those of the Rails api-pagination library, and that library reads the page
                as a whole number and turns anything below 1 into 1. A page past the last one
                presumably returns an empty list. Default: 1.

        Returns:
            list[User]

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
            _list_team_users.OPERATION,
            _list_team_users._get_kwargs(
                team_id=team_id,
                page=page,
            ),
            _list_team_users._parse_response,
        )

    async def list_team_users_async(
        self,
        team_id: str,
        *,
        page: int | Unset = 1,
    ) -> list[User]:
        """List the members of a team

        Lists the members of a team. The list is paginated (30 per page).

        Not in the docs: a `page` that is not a single whole number may be refused with 400
        (inferred, see the 400 response), while a `page` below 1 is served as page 1.

        `GET /teams/{team_id}/users` (listTeamUsers, stability: development).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            team_id (str): The team's ID (a UUID).
            page (int | Unset): Which page of the list to return, counting from 1. Pages hold 30
                items; the `Link` response header points to the neighbouring pages. A page below 1
                is not refused: it is served as page 1, so no minimum is set. The overview does not
                say so; it is inferred from the pagination headers (`Link`, `Total`, `Per-Page`),
                which are those of the Rails api-pagination library, and that library reads the page
                as a whole number and turns anything below 1 into 1. A page past the last one
                presumably returns an empty list. Default: 1.

        Returns:
            list[User]

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
            _list_team_users.OPERATION,
            _list_team_users._get_kwargs(
                team_id=team_id,
                page=page,
            ),
            _list_team_users._parse_response,
        )

    def iter_list_team_users(
        self,
        team_id: str,
        *,
        page: int | Unset = 1,
        max_items: int | None = None,
        max_pages: int | None = None,
    ) -> _Paginator[User, list[User]]:
        """List the members of a team

        Lists the members of a team. The list is paginated (30 per page).

        Not in the docs: a `page` that is not a single whole number may be refused with 400
        (inferred, see the 400 response), while a `page` below 1 is served as page 1.

        `GET /teams/{team_id}/users` (listTeamUsers, stability: development).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            team_id (str): The team's ID (a UUID).
            page (int | Unset): Which page of the list to return, counting from 1. Pages hold 30
                items; the `Link` response header points to the neighbouring pages. A page below 1
                is not refused: it is served as page 1, so no minimum is set. The overview does not
                say so; it is inferred from the pagination headers (`Link`, `Total`, `Per-Page`),
                which are those of the Rails api-pagination library, and that library reads the page
                as a whole number and turns anything below 1 into 1. A page past the last one
                presumably returns an empty list. Default: 1.
            max_items: stop after this many items (default: all).
            max_pages: stop after fetching this many pages (default: all, up to 10,000, then
                PaginationError). A walk also raises PaginationError on a page URL seen before
                and after 5 pages in a row that bring nothing new (no item, or a page sent before).

        Returns:
            Paginator[User, list[User]]: iterate with `for` or `async for` (link-total pagination); pages are fetched lazily, as the items are used.

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
            _list_team_users.OPERATION,
            _list_team_users._get_kwargs(
                team_id=team_id,
                page=page,
            ),
            _list_team_users._parse_response,
            lambda body: body,
            max_items=max_items,
            max_pages=max_pages,
        )

    # -- listProjectUsers --

    def list_project_users(
        self,
        project_id: str,
        *,
        page: int | Unset = 1,
    ) -> list[User]:
        """List the users of a project

        Lists the users who have access to a project. The list is paginated (30 per page).

        Not in the docs: a `page` that is not a single whole number may be refused with 400
        (inferred, see the 400 response), while a `page` below 1 is served as page 1.

        `GET /projects/{project_id}/users` (listProjectUsers, stability: development).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project_id (str): The project's ID (a UUID).
            page (int | Unset): Which page of the list to return, counting from 1. Pages hold 30
                items; the `Link` response header points to the neighbouring pages. A page below 1
                is not refused: it is served as page 1, so no minimum is set. The overview does not
                say so; it is inferred from the pagination headers (`Link`, `Total`, `Per-Page`),
                which are those of the Rails api-pagination library, and that library reads the page
                as a whole number and turns anything below 1 into 1. A page past the last one
                presumably returns an empty list. Default: 1.

        Returns:
            list[User]

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
            _list_project_users.OPERATION,
            _list_project_users._get_kwargs(
                project_id=project_id,
                page=page,
            ),
            _list_project_users._parse_response,
        )

    async def list_project_users_async(
        self,
        project_id: str,
        *,
        page: int | Unset = 1,
    ) -> list[User]:
        """List the users of a project

        Lists the users who have access to a project. The list is paginated (30 per page).

        Not in the docs: a `page` that is not a single whole number may be refused with 400
        (inferred, see the 400 response), while a `page` below 1 is served as page 1.

        `GET /projects/{project_id}/users` (listProjectUsers, stability: development).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project_id (str): The project's ID (a UUID).
            page (int | Unset): Which page of the list to return, counting from 1. Pages hold 30
                items; the `Link` response header points to the neighbouring pages. A page below 1
                is not refused: it is served as page 1, so no minimum is set. The overview does not
                say so; it is inferred from the pagination headers (`Link`, `Total`, `Per-Page`),
                which are those of the Rails api-pagination library, and that library reads the page
                as a whole number and turns anything below 1 into 1. A page past the last one
                presumably returns an empty list. Default: 1.

        Returns:
            list[User]

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
            _list_project_users.OPERATION,
            _list_project_users._get_kwargs(
                project_id=project_id,
                page=page,
            ),
            _list_project_users._parse_response,
        )

    def iter_list_project_users(
        self,
        project_id: str,
        *,
        page: int | Unset = 1,
        max_items: int | None = None,
        max_pages: int | None = None,
    ) -> _Paginator[User, list[User]]:
        """List the users of a project

        Lists the users who have access to a project. The list is paginated (30 per page).

        Not in the docs: a `page` that is not a single whole number may be refused with 400
        (inferred, see the 400 response), while a `page` below 1 is served as page 1.

        `GET /projects/{project_id}/users` (listProjectUsers, stability: development).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project_id (str): The project's ID (a UUID).
            page (int | Unset): Which page of the list to return, counting from 1. Pages hold 30
                items; the `Link` response header points to the neighbouring pages. A page below 1
                is not refused: it is served as page 1, so no minimum is set. The overview does not
                say so; it is inferred from the pagination headers (`Link`, `Total`, `Per-Page`),
                which are those of the Rails api-pagination library, and that library reads the page
                as a whole number and turns anything below 1 into 1. A page past the last one
                presumably returns an empty list. Default: 1.
            max_items: stop after this many items (default: all).
            max_pages: stop after fetching this many pages (default: all, up to 10,000, then
                PaginationError). A walk also raises PaginationError on a page URL seen before
                and after 5 pages in a row that bring nothing new (no item, or a page sent before).

        Returns:
            Paginator[User, list[User]]: iterate with `for` or `async for` (link-total pagination); pages are fetched lazily, as the items are used.

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
            _list_project_users.OPERATION,
            _list_project_users._get_kwargs(
                project_id=project_id,
                page=page,
            ),
            _list_project_users._parse_response,
            lambda body: body,
            max_items=max_items,
            max_pages=max_pages,
        )

    # -- addTeamUser --

    def add_team_user(
        self,
        team_id: str,
        user_username: str,
    ) -> None:
        """Add a user to a team

        Makes a user a member of a team. The user is named by username, not by `uid`. There is
        no request body, and the answer has none either.

        `POST /teams/{team_id}/users/{user_username}` (addTeamUser, stability: development).
        Never retried (not idempotent).

        Args:
            team_id (str): The team's ID (a UUID).
            user_username (str): The user's username (login name), e.g. `johndoe`; not the
                user's `uid`.

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
            _add_team_user.OPERATION,
            _add_team_user._get_kwargs(
                team_id=team_id,
                user_username=user_username,
            ),
            _add_team_user._parse_response,
        )

    async def add_team_user_async(
        self,
        team_id: str,
        user_username: str,
    ) -> None:
        """Add a user to a team

        Makes a user a member of a team. The user is named by username, not by `uid`. There is
        no request body, and the answer has none either.

        `POST /teams/{team_id}/users/{user_username}` (addTeamUser, stability: development).
        Never retried (not idempotent).

        Args:
            team_id (str): The team's ID (a UUID).
            user_username (str): The user's username (login name), e.g. `johndoe`; not the
                user's `uid`.

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
            _add_team_user.OPERATION,
            _add_team_user._get_kwargs(
                team_id=team_id,
                user_username=user_username,
            ),
            _add_team_user._parse_response,
        )

    # -- removeTeamUser --

    def remove_team_user(
        self,
        team_id: str,
        user_username: str,
    ) -> None:
        """Remove a user from a team

        Removes a user from a team. The user is named by username, not by `uid`.

        `DELETE /teams/{team_id}/users/{user_username}` (removeTeamUser, stability: development).
        Never retried (not idempotent).

        Args:
            team_id (str): The team's ID (a UUID).
            user_username (str): The user's username (login name), e.g. `johndoe`; not the
                user's `uid`.

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
            _remove_team_user.OPERATION,
            _remove_team_user._get_kwargs(
                team_id=team_id,
                user_username=user_username,
            ),
            _remove_team_user._parse_response,
        )

    async def remove_team_user_async(
        self,
        team_id: str,
        user_username: str,
    ) -> None:
        """Remove a user from a team

        Removes a user from a team. The user is named by username, not by `uid`.

        `DELETE /teams/{team_id}/users/{user_username}` (removeTeamUser, stability: development).
        Never retried (not idempotent).

        Args:
            team_id (str): The team's ID (a UUID).
            user_username (str): The user's username (login name), e.g. `johndoe`; not the
                user's `uid`.

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
            _remove_team_user.OPERATION,
            _remove_team_user._get_kwargs(
                team_id=team_id,
                user_username=user_username,
            ),
            _remove_team_user._parse_response,
        )
