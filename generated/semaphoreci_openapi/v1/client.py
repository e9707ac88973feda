"""The Semaphore Classic API v1 client: `Client`, one method per operation."""

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
    from .api.branches import get_branch_history as _get_branch_history
    from .api.branches import get_branch_status as _get_branch_status
    from .api.branches import list_branches as _list_branches
    from .api.builds import deploy_build as _deploy_build
    from .api.builds import get_build as _get_build
    from .api.builds import get_build_log as _get_build_log
    from .api.builds import launch_build as _launch_build
    from .api.builds import stop_build as _stop_build
    from .api.cctray import get_cc_tray_feed as _get_cc_tray_feed
    from .api.deploys import get_deploy as _get_deploy
    from .api.deploys import get_deploy_log as _get_deploy_log
    from .api.deploys import stop_deploy as _stop_deploy
    from .api.projects import list_projects as _list_projects
    from .api.servers import get_server_history as _get_server_history
    from .api.servers import get_server_status as _get_server_status
    from .api.servers import list_servers as _list_servers
    from .api.webhooks import create_webhook as _create_webhook
    from .api.webhooks import delete_webhook as _delete_webhook
    from .api.webhooks import list_webhooks as _list_webhooks
    from .api.webhooks import update_webhook as _update_webhook
    from .models import (
        Branch,
        BranchHistory,
        BranchHistoryBuild,
        BranchStatus,
        Build,
        BuildLog,
        Deploy,
        DeployLog,
        Project,
        Server,
        ServerHistory,
        ServerStatus,
        Webhook,
        WebhookRequest,
    )
else:
    _list_branches = _LazyModule(f"{__package__}.api.branches.list_branches")
    _get_branch_status = _LazyModule(f"{__package__}.api.branches.get_branch_status")
    _get_branch_history = _LazyModule(f"{__package__}.api.branches.get_branch_history")
    _get_build = _LazyModule(f"{__package__}.api.builds.get_build")
    _get_build_log = _LazyModule(f"{__package__}.api.builds.get_build_log")
    _launch_build = _LazyModule(f"{__package__}.api.builds.launch_build")
    _stop_build = _LazyModule(f"{__package__}.api.builds.stop_build")
    _deploy_build = _LazyModule(f"{__package__}.api.builds.deploy_build")
    _get_cc_tray_feed = _LazyModule(f"{__package__}.api.cctray.get_cc_tray_feed")
    _get_deploy = _LazyModule(f"{__package__}.api.deploys.get_deploy")
    _get_deploy_log = _LazyModule(f"{__package__}.api.deploys.get_deploy_log")
    _stop_deploy = _LazyModule(f"{__package__}.api.deploys.stop_deploy")
    _list_projects = _LazyModule(f"{__package__}.api.projects.list_projects")
    _list_servers = _LazyModule(f"{__package__}.api.servers.list_servers")
    _get_server_status = _LazyModule(f"{__package__}.api.servers.get_server_status")
    _get_server_history = _LazyModule(f"{__package__}.api.servers.get_server_history")
    _list_webhooks = _LazyModule(f"{__package__}.api.webhooks.list_webhooks")
    _create_webhook = _LazyModule(f"{__package__}.api.webhooks.create_webhook")
    _update_webhook = _LazyModule(f"{__package__}.api.webhooks.update_webhook")
    _delete_webhook = _LazyModule(f"{__package__}.api.webhooks.delete_webhook")

SURFACE = _Surface(
    name="v1",
    title="Semaphore Classic API v1",
    servers={
        "default": _Server(name="default", url="https://semaphoreci.com/api/v1"),
    },
    auth=(
        _AuthScheme(
            name="authToken",
            location="query",
            param="auth_token",
            prefix="",
        ),
    ),
    pagination={
        "json-header": _PaginationStyle(
            name="json-header",
            kind="json-page-header",
            header="Pagination",
            total_header=None,
            next_field="next_page",
            page_param="page",
            total_field="total_entries",
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
    """Semaphore Classic API v1.

    The classic Semaphore API: projects, branches, builds, servers and deploys, webhooks and
    the CCTray feed. Every call authenticates with the user's API token in the `auth_token`
    query parameter.

    Every operation is a method (`client.list_projects(...)`), with
    an async twin (`..._async`); paginated operations also have `iter_...`, a lazy
    iterator (`for` or `async for`). Use the client as a context manager, or call
    `close()` / `await aclose()`, to release its connections.

    Args:
        token: The API token; it is sent only to this API's own hosts over https and
            never shown in a repr, a log line or an exception.
        auth: How the token is sent:
            `authToken` (default): The user's API token (Account settings), sent as the `auth_token` query
                parameter on every request.
        base_url: Another URL for the default server (https://semaphoreci.com/api/v1),
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
        auth: Literal["authToken"] = "authToken",
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

    # -- listBranches --

    def list_branches(
        self,
        hash_id: str,
    ) -> list[Branch]:
        """List a project's branches

        Lists the branches of a project with their numeric ids, which the branch and build calls
        take as `branch_id`. Each item's `branch_url` is the API URL of the branch's status, not
        its HTML page.

        This path and the branch history path `/projects/{hash_id}/{branch_id}` both have three
        segments; as OpenAPI prescribes, the concrete segment `branches` wins over the template,
        and a branch id is always an integer.

        Not in the docs: an unknown project hash id is answered with 404 and an `{"error":
        "..."}` body. This follows the API's Rails conventions and its documented not-found
        errors; the message wording is not confirmed.

        `GET /projects/{hash_id}/branches` (listBranches).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            hash_id (str): The project's hash id (Project Settings > Admin, or `hash_id` in the
                project list). Both 40-hex strings and UUIDs occur.

        Returns:
            list[Branch]

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
            _list_branches.OPERATION,
            _list_branches._get_kwargs(
                hash_id=hash_id,
            ),
            _list_branches._parse_response,
        )

    async def list_branches_async(
        self,
        hash_id: str,
    ) -> list[Branch]:
        """List a project's branches

        Lists the branches of a project with their numeric ids, which the branch and build calls
        take as `branch_id`. Each item's `branch_url` is the API URL of the branch's status, not
        its HTML page.

        This path and the branch history path `/projects/{hash_id}/{branch_id}` both have three
        segments; as OpenAPI prescribes, the concrete segment `branches` wins over the template,
        and a branch id is always an integer.

        Not in the docs: an unknown project hash id is answered with 404 and an `{"error":
        "..."}` body. This follows the API's Rails conventions and its documented not-found
        errors; the message wording is not confirmed.

        `GET /projects/{hash_id}/branches` (listBranches).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            hash_id (str): The project's hash id (Project Settings > Admin, or `hash_id` in the
                project list). Both 40-hex strings and UUIDs occur.

        Returns:
            list[Branch]

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
            _list_branches.OPERATION,
            _list_branches._get_kwargs(
                hash_id=hash_id,
            ),
            _list_branches._parse_response,
        )

    # -- getBranchStatus --

    def get_branch_status(
        self,
        hash_id: str,
        branch_id: int,
    ) -> BranchStatus:
        """Get a branch's status

        Returns a branch with its latest build and the commit that build ran on. While that
        build runs, `result`, `started_at` and `finished_at` are null; a branch that was never
        built comes back with only its branch fields.

        The branch id is a bare path segment right after the project's hash id. The build number
        is named `build_number` here and `number` in build information.

        Not in the docs: an unknown project hash id, or a branch id that is unknown or not a
        number is answered with 404 and an `{"error": "..."}` body. This follows the API's Rails
        conventions and its documented not-found errors; the message wording is not confirmed.

        `GET /projects/{hash_id}/{branch_id}/status` (getBranchStatus).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            hash_id (str): The project's hash id (Project Settings > Admin, or `hash_id` in the
                project list). Both 40-hex strings and UUIDs occur.
            branch_id (int): Numeric branch id (`id` in the branch list; the docs call it `id`
                or `branch_id`). It is a bare path segment right after the project's hash id.

        Returns:
            BranchStatus

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
            _get_branch_status.OPERATION,
            _get_branch_status._get_kwargs(
                hash_id=hash_id,
                branch_id=branch_id,
            ),
            _get_branch_status._parse_response,
        )

    async def get_branch_status_async(
        self,
        hash_id: str,
        branch_id: int,
    ) -> BranchStatus:
        """Get a branch's status

        Returns a branch with its latest build and the commit that build ran on. While that
        build runs, `result`, `started_at` and `finished_at` are null; a branch that was never
        built comes back with only its branch fields.

        The branch id is a bare path segment right after the project's hash id. The build number
        is named `build_number` here and `number` in build information.

        Not in the docs: an unknown project hash id, or a branch id that is unknown or not a
        number is answered with 404 and an `{"error": "..."}` body. This follows the API's Rails
        conventions and its documented not-found errors; the message wording is not confirmed.

        `GET /projects/{hash_id}/{branch_id}/status` (getBranchStatus).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            hash_id (str): The project's hash id (Project Settings > Admin, or `hash_id` in the
                project list). Both 40-hex strings and UUIDs occur.
            branch_id (int): Numeric branch id (`id` in the branch list; the docs call it `id`
                or `branch_id`). It is a bare path segment right after the project's hash id.

        Returns:
            BranchStatus

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
            _get_branch_status.OPERATION,
            _get_branch_status._get_kwargs(
                hash_id=hash_id,
                branch_id=branch_id,
            ),
            _get_branch_status._parse_response,
        )

    # -- getBranchHistory --

    def get_branch_history(
        self,
        hash_id: str,
        branch_id: int,
        *,
        page: int | Unset = UNSET,
    ) -> BranchHistory:
        """Get a branch's build history

        Returns a branch with one page of its builds, newest first. Ask for another page with
        `page`; the `Pagination` response header holds a JSON object that says where this page
        stands. The docs promise 10 builds a page, but the server has been observed to return
        20, so rely on `per_page` in the header.

        What the server sends beyond the docs: every build also carries `build_log_url`, and a
        build may lack `commit`.

        The branch id is a bare path segment, so this template also matches
        `/projects/{hash_id}/branches`, `/projects/{hash_id}/hooks`,
        `/projects/{hash_id}/servers` and `/projects/{hash_id}/cc.xml`. Those concrete paths
        take precedence, as OpenAPI prescribes, and `branch_id` is always an integer.

        Not in the docs: an unknown project hash id, a branch id that is unknown or not a
        number, or a `page` below 1 or not a number is answered with 404 and an `{"error":
        "..."}` body. This follows the API's Rails conventions and its documented not-found
        errors; the message wording is not confirmed.

        `GET /projects/{hash_id}/{branch_id}` (getBranchHistory).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            hash_id (str): The project's hash id (Project Settings > Admin, or `hash_id` in the
                project list). Both 40-hex strings and UUIDs occur.
            branch_id (int): Numeric branch id (`id` in the branch list; the docs call it `id`
                or `branch_id`). It is a bare path segment right after the project's hash id.
            page (int | Unset): The page to return, starting at 1 (the default). Not in the
                docs: a page below 1, or a value that is not a whole number, is answered with 404
                like an unknown id. The `Pagination` header's field names (`total_entries`,
                `previous_page`, ...) are those of the will_paginate library, which refuses such a
                page with an invalid-page error that Rails turns into 404; this is inferred, not
                confirmed by a capture. A page past the last one is not refused by that library and
                presumably returns an empty list.

        Returns:
            BranchHistory

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
            _get_branch_history.OPERATION,
            _get_branch_history._get_kwargs(
                hash_id=hash_id,
                branch_id=branch_id,
                page=page,
            ),
            _get_branch_history._parse_response,
        )

    async def get_branch_history_async(
        self,
        hash_id: str,
        branch_id: int,
        *,
        page: int | Unset = UNSET,
    ) -> BranchHistory:
        """Get a branch's build history

        Returns a branch with one page of its builds, newest first. Ask for another page with
        `page`; the `Pagination` response header holds a JSON object that says where this page
        stands. The docs promise 10 builds a page, but the server has been observed to return
        20, so rely on `per_page` in the header.

        What the server sends beyond the docs: every build also carries `build_log_url`, and a
        build may lack `commit`.

        The branch id is a bare path segment, so this template also matches
        `/projects/{hash_id}/branches`, `/projects/{hash_id}/hooks`,
        `/projects/{hash_id}/servers` and `/projects/{hash_id}/cc.xml`. Those concrete paths
        take precedence, as OpenAPI prescribes, and `branch_id` is always an integer.

        Not in the docs: an unknown project hash id, a branch id that is unknown or not a
        number, or a `page` below 1 or not a number is answered with 404 and an `{"error":
        "..."}` body. This follows the API's Rails conventions and its documented not-found
        errors; the message wording is not confirmed.

        `GET /projects/{hash_id}/{branch_id}` (getBranchHistory).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            hash_id (str): The project's hash id (Project Settings > Admin, or `hash_id` in the
                project list). Both 40-hex strings and UUIDs occur.
            branch_id (int): Numeric branch id (`id` in the branch list; the docs call it `id`
                or `branch_id`). It is a bare path segment right after the project's hash id.
            page (int | Unset): The page to return, starting at 1 (the default). Not in the
                docs: a page below 1, or a value that is not a whole number, is answered with 404
                like an unknown id. The `Pagination` header's field names (`total_entries`,
                `previous_page`, ...) are those of the will_paginate library, which refuses such a
                page with an invalid-page error that Rails turns into 404; this is inferred, not
                confirmed by a capture. A page past the last one is not refused by that library and
                presumably returns an empty list.

        Returns:
            BranchHistory

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
            _get_branch_history.OPERATION,
            _get_branch_history._get_kwargs(
                hash_id=hash_id,
                branch_id=branch_id,
                page=page,
            ),
            _get_branch_history._parse_response,
        )

    def iter_get_branch_history(
        self,
        hash_id: str,
        branch_id: int,
        *,
        page: int | Unset = UNSET,
        max_items: int | None = None,
        max_pages: int | None = None,
    ) -> _Paginator[BranchHistoryBuild, BranchHistory]:
        """Get a branch's build history

        Returns a branch with one page of its builds, newest first. Ask for another page with
        `page`; the `Pagination` response header holds a JSON object that says where this page
        stands. The docs promise 10 builds a page, but the server has been observed to return
        20, so rely on `per_page` in the header.

        What the server sends beyond the docs: every build also carries `build_log_url`, and a
        build may lack `commit`.

        The branch id is a bare path segment, so this template also matches
        `/projects/{hash_id}/branches`, `/projects/{hash_id}/hooks`,
        `/projects/{hash_id}/servers` and `/projects/{hash_id}/cc.xml`. Those concrete paths
        take precedence, as OpenAPI prescribes, and `branch_id` is always an integer.

        Not in the docs: an unknown project hash id, a branch id that is unknown or not a
        number, or a `page` below 1 or not a number is answered with 404 and an `{"error":
        "..."}` body. This follows the API's Rails conventions and its documented not-found
        errors; the message wording is not confirmed.

        `GET /projects/{hash_id}/{branch_id}` (getBranchHistory).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            hash_id (str): The project's hash id (Project Settings > Admin, or `hash_id` in the
                project list). Both 40-hex strings and UUIDs occur.
            branch_id (int): Numeric branch id (`id` in the branch list; the docs call it `id`
                or `branch_id`). It is a bare path segment right after the project's hash id.
            page (int | Unset): The page to return, starting at 1 (the default). Not in the
                docs: a page below 1, or a value that is not a whole number, is answered with 404
                like an unknown id. The `Pagination` header's field names (`total_entries`,
                `previous_page`, ...) are those of the will_paginate library, which refuses such a
                page with an invalid-page error that Rails turns into 404; this is inferred, not
                confirmed by a capture. A page past the last one is not refused by that library and
                presumably returns an empty list.
            max_items: stop after this many items (default: all).
            max_pages: stop after fetching this many pages (default: all, up to 10,000, then
                PaginationError). A walk also raises PaginationError on a page URL seen before
                and after 5 pages in a row that bring nothing new (no item, or a page sent before).

        Returns:
            Paginator[BranchHistoryBuild, BranchHistory]: iterate with `for` or `async for` (json-header pagination); pages are fetched lazily, as the items are used.

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
            _get_branch_history.OPERATION,
            _get_branch_history._get_kwargs(
                hash_id=hash_id,
                branch_id=branch_id,
                page=page,
            ),
            _get_branch_history._parse_response,
            lambda body: body.builds,
            max_items=max_items,
            max_pages=max_pages,
        )

    # -- getBuild --

    def get_build(
        self,
        hash_id: str,
        branch_id: int,
        build_number: int,
    ) -> Build:
        """Get build information

        Returns one build of a branch: the commits it covers, its result and its timing. While
        the build runs, `result`, `started_at` and `finished_at` are null.

        Deviations from the docs: the documented example is not valid JSON (a trailing comma
        follows `build_log_url`) and has no `build_info_url`, which the rebuild and stop
        responses carry; the server may indeed leave `build_info_url` out here. An older edition
        of the example also lacked `build_log_url`, so both are optional.

        Not in the docs: an unknown project hash id, or a branch id or build number that is
        unknown or not a number is answered with 404 and an `{"error": "..."}` body. This
        follows the API's Rails conventions and its documented not-found errors; the message
        wording is not confirmed.

        `GET /projects/{hash_id}/{branch_id}/builds/{build_number}` (getBuild).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            hash_id (str): The project's hash id (Project Settings > Admin, or `hash_id` in the
                project list). Both 40-hex strings and UUIDs occur.
            branch_id (int): Numeric branch id (`id` in the branch list; the docs call it `id`
                or `branch_id`). It is a bare path segment right after the project's hash id.
            build_number (int): Number of the build within the branch (`build_number` in branch
                status and history, `number` in build information).

        Returns:
            Build

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
            _get_build.OPERATION,
            _get_build._get_kwargs(
                hash_id=hash_id,
                branch_id=branch_id,
                build_number=build_number,
            ),
            _get_build._parse_response,
        )

    async def get_build_async(
        self,
        hash_id: str,
        branch_id: int,
        build_number: int,
    ) -> Build:
        """Get build information

        Returns one build of a branch: the commits it covers, its result and its timing. While
        the build runs, `result`, `started_at` and `finished_at` are null.

        Deviations from the docs: the documented example is not valid JSON (a trailing comma
        follows `build_log_url`) and has no `build_info_url`, which the rebuild and stop
        responses carry; the server may indeed leave `build_info_url` out here. An older edition
        of the example also lacked `build_log_url`, so both are optional.

        Not in the docs: an unknown project hash id, or a branch id or build number that is
        unknown or not a number is answered with 404 and an `{"error": "..."}` body. This
        follows the API's Rails conventions and its documented not-found errors; the message
        wording is not confirmed.

        `GET /projects/{hash_id}/{branch_id}/builds/{build_number}` (getBuild).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            hash_id (str): The project's hash id (Project Settings > Admin, or `hash_id` in the
                project list). Both 40-hex strings and UUIDs occur.
            branch_id (int): Numeric branch id (`id` in the branch list; the docs call it `id`
                or `branch_id`). It is a bare path segment right after the project's hash id.
            build_number (int): Number of the build within the branch (`build_number` in branch
                status and history, `number` in build information).

        Returns:
            Build

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
            _get_build.OPERATION,
            _get_build._get_kwargs(
                hash_id=hash_id,
                branch_id=branch_id,
                build_number=build_number,
            ),
            _get_build._parse_response,
        )

    # -- getBuildLog --

    def get_build_log(
        self,
        hash_id: str,
        branch_id: int,
        build_number: int,
    ) -> BuildLog:
        """Get a build's log

        Returns the log of a build, grouped by parallel thread. Each command's `result` is its
        exit status as a string (`"0"`), `duration` is `mm:ss`, and `output` is HTML-escaped
        text that may contain `<span>` colour markup and `\\r\\n` line ends. When a command's
        output is too long, the server replaces it with an HTML snippet that links to the full
        log.

        Not in the docs: an unknown project hash id, or a branch id or build number that is
        unknown or not a number is answered with 404 and an `{"error": "..."}` body. This
        follows the API's Rails conventions and its documented not-found errors; the message
        wording is not confirmed.

        `GET /projects/{hash_id}/{branch_id}/builds/{build_number}/log` (getBuildLog).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            hash_id (str): The project's hash id (Project Settings > Admin, or `hash_id` in the
                project list). Both 40-hex strings and UUIDs occur.
            branch_id (int): Numeric branch id (`id` in the branch list; the docs call it `id`
                or `branch_id`). It is a bare path segment right after the project's hash id.
            build_number (int): Number of the build within the branch (`build_number` in branch
                status and history, `number` in build information).

        Returns:
            BuildLog

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
            _get_build_log.OPERATION,
            _get_build_log._get_kwargs(
                hash_id=hash_id,
                branch_id=branch_id,
                build_number=build_number,
            ),
            _get_build_log._parse_response,
        )

    async def get_build_log_async(
        self,
        hash_id: str,
        branch_id: int,
        build_number: int,
    ) -> BuildLog:
        """Get a build's log

        Returns the log of a build, grouped by parallel thread. Each command's `result` is its
        exit status as a string (`"0"`), `duration` is `mm:ss`, and `output` is HTML-escaped
        text that may contain `<span>` colour markup and `\\r\\n` line ends. When a command's
        output is too long, the server replaces it with an HTML snippet that links to the full
        log.

        Not in the docs: an unknown project hash id, or a branch id or build number that is
        unknown or not a number is answered with 404 and an `{"error": "..."}` body. This
        follows the API's Rails conventions and its documented not-found errors; the message
        wording is not confirmed.

        `GET /projects/{hash_id}/{branch_id}/builds/{build_number}/log` (getBuildLog).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            hash_id (str): The project's hash id (Project Settings > Admin, or `hash_id` in the
                project list). Both 40-hex strings and UUIDs occur.
            branch_id (int): Numeric branch id (`id` in the branch list; the docs call it `id`
                or `branch_id`). It is a bare path segment right after the project's hash id.
            build_number (int): Number of the build within the branch (`build_number` in branch
                status and history, `number` in build information).

        Returns:
            BuildLog

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
            _get_build_log.OPERATION,
            _get_build_log._get_kwargs(
                hash_id=hash_id,
                branch_id=branch_id,
                build_number=build_number,
            ),
            _get_build_log._parse_response,
        )

    # -- launchBuild --

    def launch_build(
        self,
        project_hash_id: str,
        branch_id: int,
        *,
        commit_sha: str | Unset = UNSET,
    ) -> Build:
        """Rebuild the last revision or launch a build of a commit

        Starts a new build of a branch. Without `commit_sha` it rebuilds the branch's last
        revision; with `commit_sha` it builds that commit. The docs describe these as two calls
        ("Rebuild last revision" and "Launch build"), but they share this method and path. The
        docs list `commit_sha` among the arguments next to the path parameters; their examples
        send it in the query string. There is no request body.

        The new build has not started yet, so the returned `result`, `started_at` and
        `finished_at` are null.

        Not in the docs: beyond the documented `Commit not found.`, the same 404 presumably
        answers an unknown project hash id and a branch id that is unknown or not a number, with
        a message that is not confirmed.

        `POST /projects/{project_hash_id}/{branch_id}/build` (launchBuild).
        Never retried (not idempotent).

        Args:
            project_hash_id (str): The project's hash id, the same value as `hash_id` elsewhere;
                the docs name it `project_hash_id` on the build actions.
            branch_id (int): Numeric branch id (`id` in the branch list; the docs call it `id`
                or `branch_id`). It is a bare path segment right after the project's hash id.
            commit_sha (str | Unset): SHA of the commit to build. Leave it out to rebuild the
                branch's last revision.

        Returns:
            Build

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
            _launch_build.OPERATION,
            _launch_build._get_kwargs(
                project_hash_id=project_hash_id,
                branch_id=branch_id,
                commit_sha=commit_sha,
            ),
            _launch_build._parse_response,
        )

    async def launch_build_async(
        self,
        project_hash_id: str,
        branch_id: int,
        *,
        commit_sha: str | Unset = UNSET,
    ) -> Build:
        """Rebuild the last revision or launch a build of a commit

        Starts a new build of a branch. Without `commit_sha` it rebuilds the branch's last
        revision; with `commit_sha` it builds that commit. The docs describe these as two calls
        ("Rebuild last revision" and "Launch build"), but they share this method and path. The
        docs list `commit_sha` among the arguments next to the path parameters; their examples
        send it in the query string. There is no request body.

        The new build has not started yet, so the returned `result`, `started_at` and
        `finished_at` are null.

        Not in the docs: beyond the documented `Commit not found.`, the same 404 presumably
        answers an unknown project hash id and a branch id that is unknown or not a number, with
        a message that is not confirmed.

        `POST /projects/{project_hash_id}/{branch_id}/build` (launchBuild).
        Never retried (not idempotent).

        Args:
            project_hash_id (str): The project's hash id, the same value as `hash_id` elsewhere;
                the docs name it `project_hash_id` on the build actions.
            branch_id (int): Numeric branch id (`id` in the branch list; the docs call it `id`
                or `branch_id`). It is a bare path segment right after the project's hash id.
            commit_sha (str | Unset): SHA of the commit to build. Leave it out to rebuild the
                branch's last revision.

        Returns:
            Build

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
            _launch_build.OPERATION,
            _launch_build._get_kwargs(
                project_hash_id=project_hash_id,
                branch_id=branch_id,
                commit_sha=commit_sha,
            ),
            _launch_build._parse_response,
        )

    # -- stopBuild --

    def stop_build(
        self,
        project_hash_id: str,
        branch_id: int,
        build_number: int,
    ) -> Build:
        """Stop a build

        Stops a running build and returns it with `result` `stopped`. `finished_at` may still be
        null in the response.

        Not in the docs: an unknown project hash id, or a branch id or build number that is
        unknown or not a number is answered with 404 and an `{"error": "..."}` body. This
        follows the API's Rails conventions and its documented not-found errors; the message
        wording is not confirmed.

        `POST /projects/{project_hash_id}/{branch_id}/builds/{build_number}/stop` (stopBuild).
        Never retried (not idempotent).

        Args:
            project_hash_id (str): The project's hash id, the same value as `hash_id` elsewhere;
                the docs name it `project_hash_id` on the build actions.
            branch_id (int): Numeric branch id (`id` in the branch list; the docs call it `id`
                or `branch_id`). It is a bare path segment right after the project's hash id.
            build_number (int): Number of the build within the branch (`build_number` in branch
                status and history, `number` in build information).

        Returns:
            Build

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
            _stop_build.OPERATION,
            _stop_build._get_kwargs(
                project_hash_id=project_hash_id,
                branch_id=branch_id,
                build_number=build_number,
            ),
            _stop_build._parse_response,
        )

    async def stop_build_async(
        self,
        project_hash_id: str,
        branch_id: int,
        build_number: int,
    ) -> Build:
        """Stop a build

        Stops a running build and returns it with `result` `stopped`. `finished_at` may still be
        null in the response.

        Not in the docs: an unknown project hash id, or a branch id or build number that is
        unknown or not a number is answered with 404 and an `{"error": "..."}` body. This
        follows the API's Rails conventions and its documented not-found errors; the message
        wording is not confirmed.

        `POST /projects/{project_hash_id}/{branch_id}/builds/{build_number}/stop` (stopBuild).
        Never retried (not idempotent).

        Args:
            project_hash_id (str): The project's hash id, the same value as `hash_id` elsewhere;
                the docs name it `project_hash_id` on the build actions.
            branch_id (int): Numeric branch id (`id` in the branch list; the docs call it `id`
                or `branch_id`). It is a bare path segment right after the project's hash id.
            build_number (int): Number of the build within the branch (`build_number` in branch
                status and history, `number` in build information).

        Returns:
            Build

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
            _stop_build.OPERATION,
            _stop_build._get_kwargs(
                project_hash_id=project_hash_id,
                branch_id=branch_id,
                build_number=build_number,
            ),
            _stop_build._parse_response,
        )

    # -- deployBuild --

    def deploy_build(
        self,
        project_hash_id: str,
        branch_id: int,
        build_number: int,
        server_id: int,
    ) -> Deploy:
        """Deploy a build to a server

        Starts a deploy of a build to one of the project's servers and returns the new deploy.
        Unlike deploy information, this response has no `result`, `started_at` or `finished_at`.

        The docs show the not-found body `{"error": "Build not found."}` without its status
        code; it is described here as 404, the status the docs give for the other documented
        not-found error (`Commit not found.`).

        Not in the docs: beyond `Build not found.`, the same 404 presumably answers an unknown
        project hash id and a branch id, build number or server id that is unknown or not a
        number, with a message that is not confirmed.

        `POST /projects/{project_hash_id}/{branch_id}/builds/{build_number}/deploy/{server_id}` (deployBuild).
        Never retried (not idempotent).

        Args:
            project_hash_id (str): The project's hash id, the same value as `hash_id` elsewhere;
                the docs name it `project_hash_id` on the build actions.
            branch_id (int): Numeric branch id (`id` in the branch list; the docs call it `id`
                or `branch_id`). It is a bare path segment right after the project's hash id.
            build_number (int): Number of the build within the branch (`build_number` in branch
                status and history, `number` in build information).
            server_id (int): Numeric server id (`id` in the server list; the docs call it `id`).

        Returns:
            Deploy

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
            _deploy_build.OPERATION,
            _deploy_build._get_kwargs(
                project_hash_id=project_hash_id,
                branch_id=branch_id,
                build_number=build_number,
                server_id=server_id,
            ),
            _deploy_build._parse_response,
        )

    async def deploy_build_async(
        self,
        project_hash_id: str,
        branch_id: int,
        build_number: int,
        server_id: int,
    ) -> Deploy:
        """Deploy a build to a server

        Starts a deploy of a build to one of the project's servers and returns the new deploy.
        Unlike deploy information, this response has no `result`, `started_at` or `finished_at`.

        The docs show the not-found body `{"error": "Build not found."}` without its status
        code; it is described here as 404, the status the docs give for the other documented
        not-found error (`Commit not found.`).

        Not in the docs: beyond `Build not found.`, the same 404 presumably answers an unknown
        project hash id and a branch id, build number or server id that is unknown or not a
        number, with a message that is not confirmed.

        `POST /projects/{project_hash_id}/{branch_id}/builds/{build_number}/deploy/{server_id}` (deployBuild).
        Never retried (not idempotent).

        Args:
            project_hash_id (str): The project's hash id, the same value as `hash_id` elsewhere;
                the docs name it `project_hash_id` on the build actions.
            branch_id (int): Numeric branch id (`id` in the branch list; the docs call it `id`
                or `branch_id`). It is a bare path segment right after the project's hash id.
            build_number (int): Number of the build within the branch (`build_number` in branch
                status and history, `number` in build information).
            server_id (int): Numeric server id (`id` in the server list; the docs call it `id`).

        Returns:
            Deploy

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
            _deploy_build.OPERATION,
            _deploy_build._get_kwargs(
                project_hash_id=project_hash_id,
                branch_id=branch_id,
                build_number=build_number,
                server_id=server_id,
            ),
            _deploy_build._parse_response,
        )

    # -- getCcTrayFeed --

    def get_cc_tray_feed(
        self,
        hash_id: str,
        *,
        ccmenu: str | Unset = UNSET,
    ) -> str:
        """Get the CCTray feed of a project

        Returns the CruiseControl status of a project's branches as XML, for CCTray, CCMenu and
        similar build monitors: a `<Projects>` element with one `<Project>` per branch. Each
        `<Project>` has the attributes `name` (`<project> - <branch>`), `activity` (e.g.
        `Sleeping`), `lastBuildStatus` (e.g. `Success`), `lastBuildLabel` (the build number),
        `lastBuildTime` and `webUrl`.

        The documented URL adds `ccmenu=cc.xml` to the query string. Like every v1 call, it
        takes the token in `auth_token`, so the feed URL can be pasted into a monitor as it is.

        Not in the docs: an unknown project hash id is answered with 404 and an `{"error":
        "..."}` body. This follows the API's Rails conventions and its documented not-found
        errors; the message wording is not confirmed. Whether this feed's 404 body is that JSON
        object, like the other v1 errors, or something else is not confirmed either.

        `GET /projects/{hash_id}/cc.xml` (getCcTrayFeed).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            hash_id (str): The project's hash id (Project Settings > Admin, or `hash_id` in the
                project list). Both 40-hex strings and UUIDs occur.
            ccmenu (str | Unset): The documented feed URL passes `cc.xml`.

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
            _get_cc_tray_feed.OPERATION,
            _get_cc_tray_feed._get_kwargs(
                hash_id=hash_id,
                ccmenu=ccmenu,
            ),
            _get_cc_tray_feed._parse_response,
        )

    async def get_cc_tray_feed_async(
        self,
        hash_id: str,
        *,
        ccmenu: str | Unset = UNSET,
    ) -> str:
        """Get the CCTray feed of a project

        Returns the CruiseControl status of a project's branches as XML, for CCTray, CCMenu and
        similar build monitors: a `<Projects>` element with one `<Project>` per branch. Each
        `<Project>` has the attributes `name` (`<project> - <branch>`), `activity` (e.g.
        `Sleeping`), `lastBuildStatus` (e.g. `Success`), `lastBuildLabel` (the build number),
        `lastBuildTime` and `webUrl`.

        The documented URL adds `ccmenu=cc.xml` to the query string. Like every v1 call, it
        takes the token in `auth_token`, so the feed URL can be pasted into a monitor as it is.

        Not in the docs: an unknown project hash id is answered with 404 and an `{"error":
        "..."}` body. This follows the API's Rails conventions and its documented not-found
        errors; the message wording is not confirmed. Whether this feed's 404 body is that JSON
        object, like the other v1 errors, or something else is not confirmed either.

        `GET /projects/{hash_id}/cc.xml` (getCcTrayFeed).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            hash_id (str): The project's hash id (Project Settings > Admin, or `hash_id` in the
                project list). Both 40-hex strings and UUIDs occur.
            ccmenu (str | Unset): The documented feed URL passes `cc.xml`.

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
            _get_cc_tray_feed.OPERATION,
            _get_cc_tray_feed._get_kwargs(
                hash_id=hash_id,
                ccmenu=ccmenu,
            ),
            _get_cc_tray_feed._parse_response,
        )

    # -- getDeploy --

    def get_deploy(
        self,
        hash_id: str,
        server_id: int,
        deploy_number: int,
    ) -> Deploy:
        """Get deploy information

        Returns one deploy to a server: the deployed build and commit, the result and the
        timing. While the deploy runs, `result`, `started_at` and `finished_at` are null.

        Not in the docs: an unknown project hash id, or a server id or deploy number that is
        unknown or not a number is answered with 404 and an `{"error": "..."}` body. This
        follows the API's Rails conventions and its documented not-found errors; the message
        wording is not confirmed.

        `GET /projects/{hash_id}/servers/{server_id}/deploys/{deploy_number}` (getDeploy).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            hash_id (str): The project's hash id (Project Settings > Admin, or `hash_id` in the
                project list). Both 40-hex strings and UUIDs occur.
            server_id (int): Numeric server id (`id` in the server list; the docs call it `id`).
            deploy_number (int): Number of the deploy within the server (`number` in deploy
                information; the docs call the parameter `number`).

        Returns:
            Deploy

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
            _get_deploy.OPERATION,
            _get_deploy._get_kwargs(
                hash_id=hash_id,
                server_id=server_id,
                deploy_number=deploy_number,
            ),
            _get_deploy._parse_response,
        )

    async def get_deploy_async(
        self,
        hash_id: str,
        server_id: int,
        deploy_number: int,
    ) -> Deploy:
        """Get deploy information

        Returns one deploy to a server: the deployed build and commit, the result and the
        timing. While the deploy runs, `result`, `started_at` and `finished_at` are null.

        Not in the docs: an unknown project hash id, or a server id or deploy number that is
        unknown or not a number is answered with 404 and an `{"error": "..."}` body. This
        follows the API's Rails conventions and its documented not-found errors; the message
        wording is not confirmed.

        `GET /projects/{hash_id}/servers/{server_id}/deploys/{deploy_number}` (getDeploy).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            hash_id (str): The project's hash id (Project Settings > Admin, or `hash_id` in the
                project list). Both 40-hex strings and UUIDs occur.
            server_id (int): Numeric server id (`id` in the server list; the docs call it `id`).
            deploy_number (int): Number of the deploy within the server (`number` in deploy
                information; the docs call the parameter `number`).

        Returns:
            Deploy

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
            _get_deploy.OPERATION,
            _get_deploy._get_kwargs(
                hash_id=hash_id,
                server_id=server_id,
                deploy_number=deploy_number,
            ),
            _get_deploy._parse_response,
        )

    # -- getDeployLog --

    def get_deploy_log(
        self,
        hash_id: str,
        server_id: int,
        deploy_number: int,
    ) -> DeployLog:
        """Get a deploy's log

        Returns the log of a deploy, grouped by thread, in the same shape as a build log:
        `result` is the exit status as a string, `duration` is `mm:ss`, and `output` is HTML-
        escaped and may contain `<span>` markup and `\\r\\n` line ends.

        Not in the docs: an unknown project hash id, or a server id or deploy number that is
        unknown or not a number is answered with 404 and an `{"error": "..."}` body. This
        follows the API's Rails conventions and its documented not-found errors; the message
        wording is not confirmed.

        `GET /projects/{hash_id}/servers/{server_id}/deploys/{deploy_number}/log` (getDeployLog).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            hash_id (str): The project's hash id (Project Settings > Admin, or `hash_id` in the
                project list). Both 40-hex strings and UUIDs occur.
            server_id (int): Numeric server id (`id` in the server list; the docs call it `id`).
            deploy_number (int): Number of the deploy within the server (`number` in deploy
                information; the docs call the parameter `number`).

        Returns:
            DeployLog

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
            _get_deploy_log.OPERATION,
            _get_deploy_log._get_kwargs(
                hash_id=hash_id,
                server_id=server_id,
                deploy_number=deploy_number,
            ),
            _get_deploy_log._parse_response,
        )

    async def get_deploy_log_async(
        self,
        hash_id: str,
        server_id: int,
        deploy_number: int,
    ) -> DeployLog:
        """Get a deploy's log

        Returns the log of a deploy, grouped by thread, in the same shape as a build log:
        `result` is the exit status as a string, `duration` is `mm:ss`, and `output` is HTML-
        escaped and may contain `<span>` markup and `\\r\\n` line ends.

        Not in the docs: an unknown project hash id, or a server id or deploy number that is
        unknown or not a number is answered with 404 and an `{"error": "..."}` body. This
        follows the API's Rails conventions and its documented not-found errors; the message
        wording is not confirmed.

        `GET /projects/{hash_id}/servers/{server_id}/deploys/{deploy_number}/log` (getDeployLog).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            hash_id (str): The project's hash id (Project Settings > Admin, or `hash_id` in the
                project list). Both 40-hex strings and UUIDs occur.
            server_id (int): Numeric server id (`id` in the server list; the docs call it `id`).
            deploy_number (int): Number of the deploy within the server (`number` in deploy
                information; the docs call the parameter `number`).

        Returns:
            DeployLog

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
            _get_deploy_log.OPERATION,
            _get_deploy_log._get_kwargs(
                hash_id=hash_id,
                server_id=server_id,
                deploy_number=deploy_number,
            ),
            _get_deploy_log._parse_response,
        )

    # -- stopDeploy --

    def stop_deploy(
        self,
        hash_id: str,
        server_id: int,
        deploy_number: int,
    ) -> Deploy:
        """Stop a deploy

        Stops a running deploy and returns it. The docs give this state-changing call the GET
        method, and every known client calls it with GET, so it is described as GET; a POST is
        not documented. The documented response example is a copy of the deploy information
        example, `result` `passed` included.

        Not in the docs: an unknown project hash id, or a server id or deploy number that is
        unknown or not a number is answered with 404 and an `{"error": "..."}` body. This
        follows the API's Rails conventions and its documented not-found errors; the message
        wording is not confirmed.

        `GET /projects/{hash_id}/servers/{server_id}/deploys/{deploy_number}/stop` (stopDeploy).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            hash_id (str): The project's hash id (Project Settings > Admin, or `hash_id` in the
                project list). Both 40-hex strings and UUIDs occur.
            server_id (int): Numeric server id (`id` in the server list; the docs call it `id`).
            deploy_number (int): Number of the deploy within the server (`number` in deploy
                information; the docs call the parameter `number`).

        Returns:
            Deploy

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
            _stop_deploy.OPERATION,
            _stop_deploy._get_kwargs(
                hash_id=hash_id,
                server_id=server_id,
                deploy_number=deploy_number,
            ),
            _stop_deploy._parse_response,
        )

    async def stop_deploy_async(
        self,
        hash_id: str,
        server_id: int,
        deploy_number: int,
    ) -> Deploy:
        """Stop a deploy

        Stops a running deploy and returns it. The docs give this state-changing call the GET
        method, and every known client calls it with GET, so it is described as GET; a POST is
        not documented. The documented response example is a copy of the deploy information
        example, `result` `passed` included.

        Not in the docs: an unknown project hash id, or a server id or deploy number that is
        unknown or not a number is answered with 404 and an `{"error": "..."}` body. This
        follows the API's Rails conventions and its documented not-found errors; the message
        wording is not confirmed.

        `GET /projects/{hash_id}/servers/{server_id}/deploys/{deploy_number}/stop` (stopDeploy).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            hash_id (str): The project's hash id (Project Settings > Admin, or `hash_id` in the
                project list). Both 40-hex strings and UUIDs occur.
            server_id (int): Numeric server id (`id` in the server list; the docs call it `id`).
            deploy_number (int): Number of the deploy within the server (`number` in deploy
                information; the docs call the parameter `number`).

        Returns:
            Deploy

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
            _stop_deploy.OPERATION,
            _stop_deploy._get_kwargs(
                hash_id=hash_id,
                server_id=server_id,
                deploy_number=deploy_number,
            ),
            _stop_deploy._parse_response,
        )

    # -- listProjects --

    def list_projects(
        self,
    ) -> list[Project]:
        """List projects

        Lists every project the token's owner can access, each with the latest build of every
        branch and the latest deploy to every server. The list is not paginated.

        What the server sends beyond the docs: branch entries also carry `build_log_url` and the
        latest build's `commit`; a branch that was never built carries only its five branch
        fields; and a project without servers may have no `servers` key at all instead of an
        empty list.

        `GET /projects` (listProjects).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

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
            _list_projects._get_kwargs(),
            _list_projects._parse_response,
        )

    async def list_projects_async(
        self,
    ) -> list[Project]:
        """List projects

        Lists every project the token's owner can access, each with the latest build of every
        branch and the latest deploy to every server. The list is not paginated.

        What the server sends beyond the docs: branch entries also carry `build_log_url` and the
        latest build's `commit`; a branch that was never built carries only its five branch
        fields; and a project without servers may have no `servers` key at all instead of an
        empty list.

        `GET /projects` (listProjects).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

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
            _list_projects._get_kwargs(),
            _list_projects._parse_response,
        )

    # -- listServers --

    def list_servers(
        self,
        hash_id: str,
    ) -> list[Server]:
        """List a project's servers

        Lists the deployment servers of a project with their numeric ids, which the server and
        deploy calls take as `server_id`. Each item's `server_url` is the API URL of the
        server's status. (A third-party Go client requests `/projects/{hash_id}/server`,
        singular; the documented path is plural.)

        Not in the docs: an unknown project hash id is answered with 404 and an `{"error":
        "..."}` body. This follows the API's Rails conventions and its documented not-found
        errors; the message wording is not confirmed.

        `GET /projects/{hash_id}/servers` (listServers).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            hash_id (str): The project's hash id (Project Settings > Admin, or `hash_id` in the
                project list). Both 40-hex strings and UUIDs occur.

        Returns:
            list[Server]

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
            _list_servers.OPERATION,
            _list_servers._get_kwargs(
                hash_id=hash_id,
            ),
            _list_servers._parse_response,
        )

    async def list_servers_async(
        self,
        hash_id: str,
    ) -> list[Server]:
        """List a project's servers

        Lists the deployment servers of a project with their numeric ids, which the server and
        deploy calls take as `server_id`. Each item's `server_url` is the API URL of the
        server's status. (A third-party Go client requests `/projects/{hash_id}/server`,
        singular; the documented path is plural.)

        Not in the docs: an unknown project hash id is answered with 404 and an `{"error":
        "..."}` body. This follows the API's Rails conventions and its documented not-found
        errors; the message wording is not confirmed.

        `GET /projects/{hash_id}/servers` (listServers).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            hash_id (str): The project's hash id (Project Settings > Admin, or `hash_id` in the
                project list). Both 40-hex strings and UUIDs occur.

        Returns:
            list[Server]

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
            _list_servers.OPERATION,
            _list_servers._get_kwargs(
                hash_id=hash_id,
            ),
            _list_servers._parse_response,
        )

    # -- getServerStatus --

    def get_server_status(
        self,
        hash_id: str,
        server_id: int,
    ) -> ServerStatus:
        """Get a server's status

        Returns a server with its latest deploy. `branch_name` may be null, the deploy's
        `result`, `started_at` and `finished_at` are null while it runs, and the server has been
        seen to leave out `commit`.

        Not in the docs: an unknown project hash id, or a server id that is unknown or not a
        number is answered with 404 and an `{"error": "..."}` body. This follows the API's Rails
        conventions and its documented not-found errors; the message wording is not confirmed.

        `GET /projects/{hash_id}/servers/{server_id}/status` (getServerStatus).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            hash_id (str): The project's hash id (Project Settings > Admin, or `hash_id` in the
                project list). Both 40-hex strings and UUIDs occur.
            server_id (int): Numeric server id (`id` in the server list; the docs call it `id`).

        Returns:
            ServerStatus

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
            _get_server_status.OPERATION,
            _get_server_status._get_kwargs(
                hash_id=hash_id,
                server_id=server_id,
            ),
            _get_server_status._parse_response,
        )

    async def get_server_status_async(
        self,
        hash_id: str,
        server_id: int,
    ) -> ServerStatus:
        """Get a server's status

        Returns a server with its latest deploy. `branch_name` may be null, the deploy's
        `result`, `started_at` and `finished_at` are null while it runs, and the server has been
        seen to leave out `commit`.

        Not in the docs: an unknown project hash id, or a server id that is unknown or not a
        number is answered with 404 and an `{"error": "..."}` body. This follows the API's Rails
        conventions and its documented not-found errors; the message wording is not confirmed.

        `GET /projects/{hash_id}/servers/{server_id}/status` (getServerStatus).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            hash_id (str): The project's hash id (Project Settings > Admin, or `hash_id` in the
                project list). Both 40-hex strings and UUIDs occur.
            server_id (int): Numeric server id (`id` in the server list; the docs call it `id`).

        Returns:
            ServerStatus

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
            _get_server_status.OPERATION,
            _get_server_status._get_kwargs(
                hash_id=hash_id,
                server_id=server_id,
            ),
            _get_server_status._parse_response,
        )

    # -- getServerHistory --

    def get_server_history(
        self,
        hash_id: str,
        server_id: int,
        *,
        page: int | Unset = UNSET,
    ) -> ServerHistory:
        """Get a server's deploy history

        Returns a server with one page of its deploys, newest first. Ask for another page with
        `page`; the `Pagination` response header holds a JSON object that says where this page
        stands (the server-history docs print it without the header name). The docs promise 10
        deploys a page, but branch history has been observed to page by 20, so rely on
        `per_page`.

        The documented example is not valid JSON: the second deploy lacks its closing brace.
        Deploys may lack `commit`.

        Not in the docs: an unknown project hash id, a server id that is unknown or not a
        number, or a `page` below 1 or not a number is answered with 404 and an `{"error":
        "..."}` body. This follows the API's Rails conventions and its documented not-found
        errors; the message wording is not confirmed.

        `GET /projects/{hash_id}/servers/{server_id}` (getServerHistory).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            hash_id (str): The project's hash id (Project Settings > Admin, or `hash_id` in the
                project list). Both 40-hex strings and UUIDs occur.
            server_id (int): Numeric server id (`id` in the server list; the docs call it `id`).
            page (int | Unset): The page to return, starting at 1 (the default). Not in the
                docs: a page below 1, or a value that is not a whole number, is answered with 404
                like an unknown id. The `Pagination` header's field names (`total_entries`,
                `previous_page`, ...) are those of the will_paginate library, which refuses such a
                page with an invalid-page error that Rails turns into 404; this is inferred, not
                confirmed by a capture. A page past the last one is not refused by that library and
                presumably returns an empty list.

        Returns:
            ServerHistory

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
            _get_server_history.OPERATION,
            _get_server_history._get_kwargs(
                hash_id=hash_id,
                server_id=server_id,
                page=page,
            ),
            _get_server_history._parse_response,
        )

    async def get_server_history_async(
        self,
        hash_id: str,
        server_id: int,
        *,
        page: int | Unset = UNSET,
    ) -> ServerHistory:
        """Get a server's deploy history

        Returns a server with one page of its deploys, newest first. Ask for another page with
        `page`; the `Pagination` response header holds a JSON object that says where this page
        stands (the server-history docs print it without the header name). The docs promise 10
        deploys a page, but branch history has been observed to page by 20, so rely on
        `per_page`.

        The documented example is not valid JSON: the second deploy lacks its closing brace.
        Deploys may lack `commit`.

        Not in the docs: an unknown project hash id, a server id that is unknown or not a
        number, or a `page` below 1 or not a number is answered with 404 and an `{"error":
        "..."}` body. This follows the API's Rails conventions and its documented not-found
        errors; the message wording is not confirmed.

        `GET /projects/{hash_id}/servers/{server_id}` (getServerHistory).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            hash_id (str): The project's hash id (Project Settings > Admin, or `hash_id` in the
                project list). Both 40-hex strings and UUIDs occur.
            server_id (int): Numeric server id (`id` in the server list; the docs call it `id`).
            page (int | Unset): The page to return, starting at 1 (the default). Not in the
                docs: a page below 1, or a value that is not a whole number, is answered with 404
                like an unknown id. The `Pagination` header's field names (`total_entries`,
                `previous_page`, ...) are those of the will_paginate library, which refuses such a
                page with an invalid-page error that Rails turns into 404; this is inferred, not
                confirmed by a capture. A page past the last one is not refused by that library and
                presumably returns an empty list.

        Returns:
            ServerHistory

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
            _get_server_history.OPERATION,
            _get_server_history._get_kwargs(
                hash_id=hash_id,
                server_id=server_id,
                page=page,
            ),
            _get_server_history._parse_response,
        )

    def iter_get_server_history(
        self,
        hash_id: str,
        server_id: int,
        *,
        page: int | Unset = UNSET,
        max_items: int | None = None,
        max_pages: int | None = None,
    ) -> _Paginator[Deploy, ServerHistory]:
        """Get a server's deploy history

        Returns a server with one page of its deploys, newest first. Ask for another page with
        `page`; the `Pagination` response header holds a JSON object that says where this page
        stands (the server-history docs print it without the header name). The docs promise 10
        deploys a page, but branch history has been observed to page by 20, so rely on
        `per_page`.

        The documented example is not valid JSON: the second deploy lacks its closing brace.
        Deploys may lack `commit`.

        Not in the docs: an unknown project hash id, a server id that is unknown or not a
        number, or a `page` below 1 or not a number is answered with 404 and an `{"error":
        "..."}` body. This follows the API's Rails conventions and its documented not-found
        errors; the message wording is not confirmed.

        `GET /projects/{hash_id}/servers/{server_id}` (getServerHistory).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            hash_id (str): The project's hash id (Project Settings > Admin, or `hash_id` in the
                project list). Both 40-hex strings and UUIDs occur.
            server_id (int): Numeric server id (`id` in the server list; the docs call it `id`).
            page (int | Unset): The page to return, starting at 1 (the default). Not in the
                docs: a page below 1, or a value that is not a whole number, is answered with 404
                like an unknown id. The `Pagination` header's field names (`total_entries`,
                `previous_page`, ...) are those of the will_paginate library, which refuses such a
                page with an invalid-page error that Rails turns into 404; this is inferred, not
                confirmed by a capture. A page past the last one is not refused by that library and
                presumably returns an empty list.
            max_items: stop after this many items (default: all).
            max_pages: stop after fetching this many pages (default: all, up to 10,000, then
                PaginationError). A walk also raises PaginationError on a page URL seen before
                and after 5 pages in a row that bring nothing new (no item, or a page sent before).

        Returns:
            Paginator[Deploy, ServerHistory]: iterate with `for` or `async for` (json-header pagination); pages are fetched lazily, as the items are used.

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
            _get_server_history.OPERATION,
            _get_server_history._get_kwargs(
                hash_id=hash_id,
                server_id=server_id,
                page=page,
            ),
            _get_server_history._parse_response,
            lambda body: body.deploys,
            max_items=max_items,
            max_pages=max_pages,
        )

    # -- listWebhooks --

    def list_webhooks(
        self,
        hash_id: str,
    ) -> list[Webhook]:
        """List a project's webhooks

        Lists the webhooks of a project.

        Not in the docs: an unknown project hash id is answered with 404 and an `{"error":
        "..."}` body. This follows the API's Rails conventions and its documented not-found
        errors; the message wording is not confirmed.

        `GET /projects/{hash_id}/hooks` (listWebhooks).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            hash_id (str): The project's hash id (Project Settings > Admin, or `hash_id` in the
                project list). Both 40-hex strings and UUIDs occur.

        Returns:
            list[Webhook]

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
            _list_webhooks.OPERATION,
            _list_webhooks._get_kwargs(
                hash_id=hash_id,
            ),
            _list_webhooks._parse_response,
        )

    async def list_webhooks_async(
        self,
        hash_id: str,
    ) -> list[Webhook]:
        """List a project's webhooks

        Lists the webhooks of a project.

        Not in the docs: an unknown project hash id is answered with 404 and an `{"error":
        "..."}` body. This follows the API's Rails conventions and its documented not-found
        errors; the message wording is not confirmed.

        `GET /projects/{hash_id}/hooks` (listWebhooks).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            hash_id (str): The project's hash id (Project Settings > Admin, or `hash_id` in the
                project list). Both 40-hex strings and UUIDs occur.

        Returns:
            list[Webhook]

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
            _list_webhooks.OPERATION,
            _list_webhooks._get_kwargs(
                hash_id=hash_id,
            ),
            _list_webhooks._parse_response,
        )

    # -- createWebhook --

    def create_webhook(
        self,
        hash_id: str,
        *,
        body: WebhookRequest,
    ) -> Webhook:
        """Create a webhook

        Adds a webhook to a project. Both `url` and `hook_type` are required. The server answers
        200 (not 201) with the new webhook.

        Not in the docs: an unknown project hash id is answered with 404 and an `{"error":
        "..."}` body. This follows the API's Rails conventions and its documented not-found
        errors; the message wording is not confirmed. A body that is empty or not valid JSON is
        answered with 400, and a body whose webhook is not acceptable (a missing field, or a
        `hook_type` other than the three values) with 422, both with an `{"error": "..."}` body;
        the docs mention neither, so the statuses follow Rails' conventions and the messages are
        not confirmed.

        `POST /projects/{hash_id}/hooks` (createWebhook).
        Never retried (not idempotent).

        Args:
            hash_id (str): The project's hash id (Project Settings > Admin, or `hash_id` in the
                project list). Both 40-hex strings and UUIDs occur.
            body (WebhookRequest): The fields of a webhook to create, or the new fields of one
                to update.

        Returns:
            Webhook

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
            _create_webhook.OPERATION,
            _create_webhook._get_kwargs(
                hash_id=hash_id,
                body=body,
            ),
            _create_webhook._parse_response,
        )

    async def create_webhook_async(
        self,
        hash_id: str,
        *,
        body: WebhookRequest,
    ) -> Webhook:
        """Create a webhook

        Adds a webhook to a project. Both `url` and `hook_type` are required. The server answers
        200 (not 201) with the new webhook.

        Not in the docs: an unknown project hash id is answered with 404 and an `{"error":
        "..."}` body. This follows the API's Rails conventions and its documented not-found
        errors; the message wording is not confirmed. A body that is empty or not valid JSON is
        answered with 400, and a body whose webhook is not acceptable (a missing field, or a
        `hook_type` other than the three values) with 422, both with an `{"error": "..."}` body;
        the docs mention neither, so the statuses follow Rails' conventions and the messages are
        not confirmed.

        `POST /projects/{hash_id}/hooks` (createWebhook).
        Never retried (not idempotent).

        Args:
            hash_id (str): The project's hash id (Project Settings > Admin, or `hash_id` in the
                project list). Both 40-hex strings and UUIDs occur.
            body (WebhookRequest): The fields of a webhook to create, or the new fields of one
                to update.

        Returns:
            Webhook

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
            _create_webhook.OPERATION,
            _create_webhook._get_kwargs(
                hash_id=hash_id,
                body=body,
            ),
            _create_webhook._parse_response,
        )

    # -- updateWebhook --

    def update_webhook(
        self,
        hash_id: str,
        webhook_id: int,
        *,
        body: WebhookRequest,
    ) -> Webhook:
        """Update a webhook

        Replaces the URL and type of a webhook; both `url` and `hook_type` are required.

        Not in the docs: an unknown project hash id, or a webhook id that is unknown or not a
        number is answered with 404 and an `{"error": "..."}` body. This follows the API's Rails
        conventions and its documented not-found errors; the message wording is not confirmed. A
        body that is empty or not valid JSON is answered with 400, and a body whose webhook is
        not acceptable (a missing field, or a `hook_type` other than the three values) with 422,
        both with an `{"error": "..."}` body; the docs mention neither, so the statuses follow
        Rails' conventions and the messages are not confirmed.

        `PUT /projects/{hash_id}/hooks/{webhook_id}` (updateWebhook).
        Never retried (not idempotent).

        Args:
            hash_id (str): The project's hash id (Project Settings > Admin, or `hash_id` in the
                project list). Both 40-hex strings and UUIDs occur.
            webhook_id (int): Numeric webhook id (`id` in the webhook list).
            body (WebhookRequest): The fields of a webhook to create, or the new fields of one
                to update.

        Returns:
            Webhook

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
            _update_webhook.OPERATION,
            _update_webhook._get_kwargs(
                hash_id=hash_id,
                webhook_id=webhook_id,
                body=body,
            ),
            _update_webhook._parse_response,
        )

    async def update_webhook_async(
        self,
        hash_id: str,
        webhook_id: int,
        *,
        body: WebhookRequest,
    ) -> Webhook:
        """Update a webhook

        Replaces the URL and type of a webhook; both `url` and `hook_type` are required.

        Not in the docs: an unknown project hash id, or a webhook id that is unknown or not a
        number is answered with 404 and an `{"error": "..."}` body. This follows the API's Rails
        conventions and its documented not-found errors; the message wording is not confirmed. A
        body that is empty or not valid JSON is answered with 400, and a body whose webhook is
        not acceptable (a missing field, or a `hook_type` other than the three values) with 422,
        both with an `{"error": "..."}` body; the docs mention neither, so the statuses follow
        Rails' conventions and the messages are not confirmed.

        `PUT /projects/{hash_id}/hooks/{webhook_id}` (updateWebhook).
        Never retried (not idempotent).

        Args:
            hash_id (str): The project's hash id (Project Settings > Admin, or `hash_id` in the
                project list). Both 40-hex strings and UUIDs occur.
            webhook_id (int): Numeric webhook id (`id` in the webhook list).
            body (WebhookRequest): The fields of a webhook to create, or the new fields of one
                to update.

        Returns:
            Webhook

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
            _update_webhook.OPERATION,
            _update_webhook._get_kwargs(
                hash_id=hash_id,
                webhook_id=webhook_id,
                body=body,
            ),
            _update_webhook._parse_response,
        )

    # -- deleteWebhook --

    def delete_webhook(
        self,
        hash_id: str,
        webhook_id: int,
    ) -> None:
        """Delete a webhook

        Removes a webhook from a project. The response has no body.

        Not in the docs: an unknown project hash id, or a webhook id that is unknown or not a
        number is answered with 404 and an `{"error": "..."}` body. This follows the API's Rails
        conventions and its documented not-found errors; the message wording is not confirmed.

        `DELETE /projects/{hash_id}/hooks/{webhook_id}` (deleteWebhook).
        Never retried (not idempotent).

        Args:
            hash_id (str): The project's hash id (Project Settings > Admin, or `hash_id` in the
                project list). Both 40-hex strings and UUIDs occur.
            webhook_id (int): Numeric webhook id (`id` in the webhook list).

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
            _delete_webhook.OPERATION,
            _delete_webhook._get_kwargs(
                hash_id=hash_id,
                webhook_id=webhook_id,
            ),
            _delete_webhook._parse_response,
        )

    async def delete_webhook_async(
        self,
        hash_id: str,
        webhook_id: int,
    ) -> None:
        """Delete a webhook

        Removes a webhook from a project. The response has no body.

        Not in the docs: an unknown project hash id, or a webhook id that is unknown or not a
        number is answered with 404 and an `{"error": "..."}` body. This follows the API's Rails
        conventions and its documented not-found errors; the message wording is not confirmed.

        `DELETE /projects/{hash_id}/hooks/{webhook_id}` (deleteWebhook).
        Never retried (not idempotent).

        Args:
            hash_id (str): The project's hash id (Project Settings > Admin, or `hash_id` in the
                project list). Both 40-hex strings and UUIDs occur.
            webhook_id (int): Numeric webhook id (`id` in the webhook list).

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
            _delete_webhook.OPERATION,
            _delete_webhook._get_kwargs(
                hash_id=hash_id,
                webhook_id=webhook_id,
            ),
            _delete_webhook._parse_response,
        )
