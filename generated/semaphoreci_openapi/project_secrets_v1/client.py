"""The Semaphore 2.0 project secrets API v1 client: `Client`, one method per operation."""

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
    from .api.project_secrets import create_project_secret as _create_project_secret
    from .api.project_secrets import delete_project_secret as _delete_project_secret
    from .api.project_secrets import describe_project_secret as _describe_project_secret
    from .api.project_secrets import list_project_secrets as _list_project_secrets
    from .api.project_secrets import update_project_secret as _update_project_secret
    from .models import (
        Empty,
        ProjectSecret,
        ProjectSecretInput,
        ProjectSecretList,
    )
else:
    _list_project_secrets = _LazyModule(f"{__package__}.api.project_secrets.list_project_secrets")
    _create_project_secret = _LazyModule(f"{__package__}.api.project_secrets.create_project_secret")
    _describe_project_secret = _LazyModule(
        f"{__package__}.api.project_secrets.describe_project_secret"
    )
    _delete_project_secret = _LazyModule(f"{__package__}.api.project_secrets.delete_project_secret")
    _update_project_secret = _LazyModule(f"{__package__}.api.project_secrets.update_project_secret")

SURFACE = _Surface(
    name="project-secrets-v1",
    title="Semaphore 2.0 project secrets API v1",
    servers={
        "default": _Server(name="default", url="https://{org_name}.semaphoreci.com/api/v1"),
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
    """Semaphore 2.0 project secrets API v1.

    The project-level secrets of one Semaphore 2.0 organization's projects: list, create,
    describe, update and delete, the project and the secret each named by name or by ID. Not
    the classic Semaphore API v1: this one lives on the organization's host. Served by the
    vendor's gRPC gateway: every field is sent (empty strings, `"0"`, `[]` and enum defaults
    included), 64-bit integers are JSON strings and errors are gRPC status objects `{code,
    message, details}`. Authenticate with `Authorization: Token <token>` (the server also
    accepts `Bearer`).

    Every operation is a method (`client.list_project_secrets(...)`), with
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
        base_url: Another URL for the default server (https://{org_name}.semaphoreci.com/api/v1),
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

    # -- listProjectSecrets --

    def list_project_secrets(
        self,
        project_id_or_name: str,
        *,
        page_size: int | Unset = 0,
        page_token: str | Unset = UNSET,
    ) -> ProjectSecretList:
        """List a project's secrets

        One page of the project's secrets, by name. Walk the pages with `page_token` until
        `next_page_token` is empty. The `order` parameter of the API definition is accepted but
        has no effect. A `page_size` above 100 is answered with 400.

        `GET /projects/{project_id_or_name}/secrets` (listProjectSecrets).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project_id_or_name (str): The project's name or its ID (a UUID). A name that matches
                no project makes the secrets service fail (500: the failed lookup is not handled);
                an ID of a project the user may not manage, or of none, is answered with 403.
            page_size (int | Unset): Secrets per page, at most 100; 0 or absent means 100. A
                larger value is answered with 400 `Page size can't exceed 100`. Default: 0.
            page_token (str | Unset): Where the page starts: the `next_page_token` of the
                previous page; empty or absent for the first page.

        Returns:
            ProjectSecretList

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
                page_size=page_size,
                page_token=page_token,
            ),
            _list_project_secrets._parse_response,
        )

    async def list_project_secrets_async(
        self,
        project_id_or_name: str,
        *,
        page_size: int | Unset = 0,
        page_token: str | Unset = UNSET,
    ) -> ProjectSecretList:
        """List a project's secrets

        One page of the project's secrets, by name. Walk the pages with `page_token` until
        `next_page_token` is empty. The `order` parameter of the API definition is accepted but
        has no effect. A `page_size` above 100 is answered with 400.

        `GET /projects/{project_id_or_name}/secrets` (listProjectSecrets).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project_id_or_name (str): The project's name or its ID (a UUID). A name that matches
                no project makes the secrets service fail (500: the failed lookup is not handled);
                an ID of a project the user may not manage, or of none, is answered with 403.
            page_size (int | Unset): Secrets per page, at most 100; 0 or absent means 100. A
                larger value is answered with 400 `Page size can't exceed 100`. Default: 0.
            page_token (str | Unset): Where the page starts: the `next_page_token` of the
                previous page; empty or absent for the first page.

        Returns:
            ProjectSecretList

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
                page_size=page_size,
                page_token=page_token,
            ),
            _list_project_secrets._parse_response,
        )

    def iter_list_project_secrets(
        self,
        project_id_or_name: str,
        *,
        page_size: int | Unset = 0,
        page_token: str | Unset = UNSET,
        max_items: int | None = None,
        max_pages: int | None = None,
    ) -> _Paginator[ProjectSecret, ProjectSecretList]:
        """List a project's secrets

        One page of the project's secrets, by name. Walk the pages with `page_token` until
        `next_page_token` is empty. The `order` parameter of the API definition is accepted but
        has no effect. A `page_size` above 100 is answered with 400.

        `GET /projects/{project_id_or_name}/secrets` (listProjectSecrets).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project_id_or_name (str): The project's name or its ID (a UUID). A name that matches
                no project makes the secrets service fail (500: the failed lookup is not handled);
                an ID of a project the user may not manage, or of none, is answered with 403.
            page_size (int | Unset): Secrets per page, at most 100; 0 or absent means 100. A
                larger value is answered with 400 `Page size can't exceed 100`. Default: 0.
            page_token (str | Unset): Where the page starts: the `next_page_token` of the
                previous page; empty or absent for the first page.
            max_items: stop after this many items (default: all).
            max_pages: stop after fetching this many pages (default: all, up to 10,000, then
                PaginationError). A walk also raises PaginationError on a page URL seen before
                and after 5 pages in a row that bring nothing new (no item, or a page sent before).

        Returns:
            Paginator[ProjectSecret, ProjectSecretList]: iterate with `for` or `async for` (page-token pagination); pages are fetched lazily, as the items are used.

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
                page_size=page_size,
                page_token=page_token,
            ),
            _list_project_secrets._parse_response,
            lambda body: body.secrets,
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

        Creates a secret in the project named by the path (a project in the body is overridden)
        and returns it. A name that is taken or invalid is answered with 400 naming the field
        (e.g. `name: has already been taken`). A body that is not JSON is answered with 400;
        unknown fields are ignored. Success is 200, not 201.

        `POST /projects/{project_id_or_name}/secrets` (createProjectSecret).
        Never retried (not idempotent).

        Args:
            project_id_or_name (str): The project's name or its ID (a UUID). A name that matches
                no project makes the secrets service fail (500: the failed lookup is not handled);
                an ID of a project the user may not manage, or of none, is answered with 403.
            body (ProjectSecretInput): A secret to create, or the new state of one (an update
                replaces the name and the whole content). The project comes from the path; fields
                the server sets (`id`, the times, `content_included`) are ignored, as are unknown
                fields.

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

        Creates a secret in the project named by the path (a project in the body is overridden)
        and returns it. A name that is taken or invalid is answered with 400 naming the field
        (e.g. `name: has already been taken`). A body that is not JSON is answered with 400;
        unknown fields are ignored. Success is 200, not 201.

        `POST /projects/{project_id_or_name}/secrets` (createProjectSecret).
        Never retried (not idempotent).

        Args:
            project_id_or_name (str): The project's name or its ID (a UUID). A name that matches
                no project makes the secrets service fail (500: the failed lookup is not handled);
                an ID of a project the user may not manage, or of none, is answered with 403.
            body (ProjectSecretInput): A secret to create, or the new state of one (an update
                replaces the name and the whole content). The project comes from the path; fields
                the server sets (`id`, the times, `content_included`) are ignored, as are unknown
                fields.

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
        secret_id_or_name: str,
    ) -> ProjectSecret:
        """Describe a project secret

        One secret of the project, named by name or ID. An unknown secret is answered with 404
        `secret not found`.

        `GET /projects/{project_id_or_name}/secrets/{secret_id_or_name}` (describeProjectSecret).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project_id_or_name (str): The project's name or its ID (a UUID). A name that matches
                no project makes the secrets service fail (500: the failed lookup is not handled);
                an ID of a project the user may not manage, or of none, is answered with 403.
            secret_id_or_name (str): The secret's name or its ID (a UUID), within the project.
                An unknown secret is answered with 404 `secret not found`.

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
                secret_id_or_name=secret_id_or_name,
            ),
            _describe_project_secret._parse_response,
        )

    async def describe_project_secret_async(
        self,
        project_id_or_name: str,
        secret_id_or_name: str,
    ) -> ProjectSecret:
        """Describe a project secret

        One secret of the project, named by name or ID. An unknown secret is answered with 404
        `secret not found`.

        `GET /projects/{project_id_or_name}/secrets/{secret_id_or_name}` (describeProjectSecret).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            project_id_or_name (str): The project's name or its ID (a UUID). A name that matches
                no project makes the secrets service fail (500: the failed lookup is not handled);
                an ID of a project the user may not manage, or of none, is answered with 403.
            secret_id_or_name (str): The secret's name or its ID (a UUID), within the project.
                An unknown secret is answered with 404 `secret not found`.

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
                secret_id_or_name=secret_id_or_name,
            ),
            _describe_project_secret._parse_response,
        )

    # -- deleteProjectSecret --

    def delete_project_secret(
        self,
        project_id_or_name: str,
        secret_id_or_name: str,
    ) -> Empty:
        """Delete a project secret

        Deletes the secret, named by name or ID; the answer is `{}` with 200. An unknown secret
        is answered with 404 `secret not found`.

        `DELETE /projects/{project_id_or_name}/secrets/{secret_id_or_name}` (deleteProjectSecret).
        Never retried (not idempotent).

        Args:
            project_id_or_name (str): The project's name or its ID (a UUID). A name that matches
                no project makes the secrets service fail (500: the failed lookup is not handled);
                an ID of a project the user may not manage, or of none, is answered with 403.
            secret_id_or_name (str): The secret's name or its ID (a UUID), within the project.
                An unknown secret is answered with 404 `secret not found`.

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
            _delete_project_secret.OPERATION,
            _delete_project_secret._get_kwargs(
                project_id_or_name=project_id_or_name,
                secret_id_or_name=secret_id_or_name,
            ),
            _delete_project_secret._parse_response,
        )

    async def delete_project_secret_async(
        self,
        project_id_or_name: str,
        secret_id_or_name: str,
    ) -> Empty:
        """Delete a project secret

        Deletes the secret, named by name or ID; the answer is `{}` with 200. An unknown secret
        is answered with 404 `secret not found`.

        `DELETE /projects/{project_id_or_name}/secrets/{secret_id_or_name}` (deleteProjectSecret).
        Never retried (not idempotent).

        Args:
            project_id_or_name (str): The project's name or its ID (a UUID). A name that matches
                no project makes the secrets service fail (500: the failed lookup is not handled);
                an ID of a project the user may not manage, or of none, is answered with 403.
            secret_id_or_name (str): The secret's name or its ID (a UUID), within the project.
                An unknown secret is answered with 404 `secret not found`.

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
            _delete_project_secret.OPERATION,
            _delete_project_secret._get_kwargs(
                project_id_or_name=project_id_or_name,
                secret_id_or_name=secret_id_or_name,
            ),
            _delete_project_secret._parse_response,
        )

    # -- updateProjectSecret --

    def update_project_secret(
        self,
        project_id_or_name: str,
        secret_id_or_name: str,
        *,
        body: ProjectSecretInput,
    ) -> ProjectSecret:
        """Update a project secret

        Replaces the secret's name and its whole content with the body's; despite the method
        this is not a partial update, so send the complete secret. Where the organization does
        not expose secret contents through the API the answer is 400 `Secret can not be updated
        with API` (gRPC code 9); an invalid name is 400 with code 3. An unknown secret is
        answered with 404.

        `PATCH /projects/{project_id_or_name}/secrets/{secret_id_or_name}` (updateProjectSecret).
        Never retried (not idempotent).

        Args:
            project_id_or_name (str): The project's name or its ID (a UUID). A name that matches
                no project makes the secrets service fail (500: the failed lookup is not handled);
                an ID of a project the user may not manage, or of none, is answered with 403.
            secret_id_or_name (str): The secret's name or its ID (a UUID), within the project.
                An unknown secret is answered with 404 `secret not found`.
            body (ProjectSecretInput): A secret to create, or the new state of one (an update
                replaces the name and the whole content). The project comes from the path; fields
                the server sets (`id`, the times, `content_included`) are ignored, as are unknown
                fields.

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
                secret_id_or_name=secret_id_or_name,
                body=body,
            ),
            _update_project_secret._parse_response,
        )

    async def update_project_secret_async(
        self,
        project_id_or_name: str,
        secret_id_or_name: str,
        *,
        body: ProjectSecretInput,
    ) -> ProjectSecret:
        """Update a project secret

        Replaces the secret's name and its whole content with the body's; despite the method
        this is not a partial update, so send the complete secret. Where the organization does
        not expose secret contents through the API the answer is 400 `Secret can not be updated
        with API` (gRPC code 9); an invalid name is 400 with code 3. An unknown secret is
        answered with 404.

        `PATCH /projects/{project_id_or_name}/secrets/{secret_id_or_name}` (updateProjectSecret).
        Never retried (not idempotent).

        Args:
            project_id_or_name (str): The project's name or its ID (a UUID). A name that matches
                no project makes the secrets service fail (500: the failed lookup is not handled);
                an ID of a project the user may not manage, or of none, is answered with 403.
            secret_id_or_name (str): The secret's name or its ID (a UUID), within the project.
                An unknown secret is answered with 404 `secret not found`.
            body (ProjectSecretInput): A secret to create, or the new state of one (an update
                replaces the name and the whole content). The project comes from the path; fields
                the server sets (`id`, the times, `content_included`) are ignored, as are unknown
                fields.

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
                secret_id_or_name=secret_id_or_name,
                body=body,
            ),
            _update_project_secret._parse_response,
        )
