"""The Semaphore 2.0 organization secrets API v1beta client: `Client`, one method per operation."""

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
    from .api.secrets import create_secret as _create_secret
    from .api.secrets import delete_secret as _delete_secret
    from .api.secrets import describe_secret as _describe_secret
    from .api.secrets import list_secrets as _list_secrets
    from .api.secrets import update_secret as _update_secret
    from .models import (
        Empty,
        ListSecretsOrder,
        Secret,
        SecretInput,
        SecretList,
    )
else:
    _list_secrets = _LazyModule(f"{__package__}.api.secrets.list_secrets")
    _create_secret = _LazyModule(f"{__package__}.api.secrets.create_secret")
    _describe_secret = _LazyModule(f"{__package__}.api.secrets.describe_secret")
    _delete_secret = _LazyModule(f"{__package__}.api.secrets.delete_secret")
    _update_secret = _LazyModule(f"{__package__}.api.secrets.update_secret")
# Enum members are parameter defaults, evaluated when the methods are defined.
from .models import (  # noqa: E402
    ListSecretsOrder,
)

SURFACE = _Surface(
    name="org-secrets-v1beta",
    title="Semaphore 2.0 organization secrets API v1beta",
    servers={
        "default": _Server(name="default", url="https://{org_name}.semaphoreci.com/api/v1beta"),
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
    """Semaphore 2.0 organization secrets API v1beta.

    The organization-level secrets of one Semaphore 2.0 organization: list, create,
    describe, update and delete, by name or by ID. Served by the vendor's gRPC gateway:
    every field is sent (empty strings, `"0"`, `[]` and enum defaults included), 64-bit
    integers are JSON strings and errors are gRPC status objects `{code, message, details}`.
    Authenticate with `Authorization: Token <token>` (the server also accepts `Bearer`).

    Every operation is a method (`client.list_secrets(...)`), with
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
        base_url: Another URL for the default server (https://{org_name}.semaphoreci.com/api/v1beta),
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

    # -- listSecrets --

    def list_secrets(
        self,
        *,
        page_size: int | Unset = 0,
        page_token: str | Unset = UNSET,
        order: ListSecretsOrder | Unset = ListSecretsOrder.BY_NAME_ASC,
    ) -> SecretList:
        """List the organization's secrets

        One page of the organization's secrets, by name unless `order` says otherwise. Walk the
        pages with `page_token` until `next_page_token` is empty. Needs permission to manage
        secrets: without it the answer is 403. A `page_size` above 100 is answered with 400.

        `GET /secrets` (listSecrets).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            page_size (int | Unset): Secrets per page, at most 100; 0 or absent means 100. A
                larger value is answered with 400 `Page size can't exceed 100`. Default: 0.
            page_token (str | Unset): Where the page starts: the `next_page_token` of the
                previous page; empty or absent for the first page.
            order (ListSecretsOrder | Unset): The order of the list: by name (the default) or by
                creation time, both ascending. The gateway also accepts the enum's numbers (`0`,
                `1`). Default: ListSecretsOrder.BY_NAME_ASC.

        Returns:
            SecretList

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
                page_size=page_size,
                page_token=page_token,
                order=order,
            ),
            _list_secrets._parse_response,
        )

    async def list_secrets_async(
        self,
        *,
        page_size: int | Unset = 0,
        page_token: str | Unset = UNSET,
        order: ListSecretsOrder | Unset = ListSecretsOrder.BY_NAME_ASC,
    ) -> SecretList:
        """List the organization's secrets

        One page of the organization's secrets, by name unless `order` says otherwise. Walk the
        pages with `page_token` until `next_page_token` is empty. Needs permission to manage
        secrets: without it the answer is 403. A `page_size` above 100 is answered with 400.

        `GET /secrets` (listSecrets).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            page_size (int | Unset): Secrets per page, at most 100; 0 or absent means 100. A
                larger value is answered with 400 `Page size can't exceed 100`. Default: 0.
            page_token (str | Unset): Where the page starts: the `next_page_token` of the
                previous page; empty or absent for the first page.
            order (ListSecretsOrder | Unset): The order of the list: by name (the default) or by
                creation time, both ascending. The gateway also accepts the enum's numbers (`0`,
                `1`). Default: ListSecretsOrder.BY_NAME_ASC.

        Returns:
            SecretList

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
                page_size=page_size,
                page_token=page_token,
                order=order,
            ),
            _list_secrets._parse_response,
        )

    def iter_list_secrets(
        self,
        *,
        page_size: int | Unset = 0,
        page_token: str | Unset = UNSET,
        order: ListSecretsOrder | Unset = ListSecretsOrder.BY_NAME_ASC,
        max_items: int | None = None,
        max_pages: int | None = None,
    ) -> _Paginator[Secret, SecretList]:
        """List the organization's secrets

        One page of the organization's secrets, by name unless `order` says otherwise. Walk the
        pages with `page_token` until `next_page_token` is empty. Needs permission to manage
        secrets: without it the answer is 403. A `page_size` above 100 is answered with 400.

        `GET /secrets` (listSecrets).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            page_size (int | Unset): Secrets per page, at most 100; 0 or absent means 100. A
                larger value is answered with 400 `Page size can't exceed 100`. Default: 0.
            page_token (str | Unset): Where the page starts: the `next_page_token` of the
                previous page; empty or absent for the first page.
            order (ListSecretsOrder | Unset): The order of the list: by name (the default) or by
                creation time, both ascending. The gateway also accepts the enum's numbers (`0`,
                `1`). Default: ListSecretsOrder.BY_NAME_ASC.
            max_items: stop after this many items (default: all).
            max_pages: stop after fetching this many pages (default: all, up to 10,000, then
                PaginationError). A walk also raises PaginationError on a page URL seen before
                and after 5 pages in a row that bring nothing new (no item, or a page sent before).

        Returns:
            Paginator[Secret, SecretList]: iterate with `for` or `async for` (page-token pagination); pages are fetched lazily, as the items are used.

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
                page_size=page_size,
                page_token=page_token,
                order=order,
            ),
            _list_secrets._parse_response,
            lambda body: body.secrets,
            max_items=max_items,
            max_pages=max_pages,
        )

    # -- createSecret --

    def create_secret(
        self,
        *,
        body: SecretInput,
    ) -> Secret:
        """Create a secret

        Creates an organization secret and returns it. The access policy in `org_config` is
        applied only where the organization has the feature and the user may manage its
        settings. A name that is taken or invalid, or content the server refuses, is answered
        with 400 (INVALID_ARGUMENT); a user who may not manage secrets gets 403. A body that is
        not JSON is answered with 400; unknown fields are ignored. Success is 200, not 201.

        `POST /secrets` (createSecret).
        Never retried (not idempotent).

        Args:
            body (SecretInput): A secret to create, or the new state of one (an update replaces
                the name and the whole content). Fields the server sets (`id`, the times,
                `content_included`) are ignored, as are unknown fields.

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
        """Create a secret

        Creates an organization secret and returns it. The access policy in `org_config` is
        applied only where the organization has the feature and the user may manage its
        settings. A name that is taken or invalid, or content the server refuses, is answered
        with 400 (INVALID_ARGUMENT); a user who may not manage secrets gets 403. A body that is
        not JSON is answered with 400; unknown fields are ignored. Success is 200, not 201.

        `POST /secrets` (createSecret).
        Never retried (not idempotent).

        Args:
            body (SecretInput): A secret to create, or the new state of one (an update replaces
                the name and the whole content). Fields the server sets (`id`, the times,
                `content_included`) are ignored, as are unknown fields.

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
        secret_id_or_name: str,
    ) -> Secret:
        """Describe a secret

        One secret, named by name or ID. An unknown secret, and one the user may not manage, are
        answered with 404 `Secret <name> not found`.

        `GET /secrets/{secret_id_or_name}` (describeSecret).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            secret_id_or_name (str): The secret's name or its ID (a UUID). An unknown secret,
                and one the user may not manage, are both answered with 404.

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
                secret_id_or_name=secret_id_or_name,
            ),
            _describe_secret._parse_response,
        )

    async def describe_secret_async(
        self,
        secret_id_or_name: str,
    ) -> Secret:
        """Describe a secret

        One secret, named by name or ID. An unknown secret, and one the user may not manage, are
        answered with 404 `Secret <name> not found`.

        `GET /secrets/{secret_id_or_name}` (describeSecret).
        Retried on connection errors, 429, 502, 503 and 504 as the retry policy allows.

        Args:
            secret_id_or_name (str): The secret's name or its ID (a UUID). An unknown secret,
                and one the user may not manage, are both answered with 404.

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
                secret_id_or_name=secret_id_or_name,
            ),
            _describe_secret._parse_response,
        )

    # -- deleteSecret --

    def delete_secret(
        self,
        secret_id_or_name: str,
    ) -> Empty:
        """Delete a secret

        Deletes the secret, named by name or ID; the answer is `{}` with 200. An unknown secret,
        and one the user may not manage, are answered with 404.

        `DELETE /secrets/{secret_id_or_name}` (deleteSecret).
        Never retried (not idempotent).

        Args:
            secret_id_or_name (str): The secret's name or its ID (a UUID). An unknown secret,
                and one the user may not manage, are both answered with 404.

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
            _delete_secret.OPERATION,
            _delete_secret._get_kwargs(
                secret_id_or_name=secret_id_or_name,
            ),
            _delete_secret._parse_response,
        )

    async def delete_secret_async(
        self,
        secret_id_or_name: str,
    ) -> Empty:
        """Delete a secret

        Deletes the secret, named by name or ID; the answer is `{}` with 200. An unknown secret,
        and one the user may not manage, are answered with 404.

        `DELETE /secrets/{secret_id_or_name}` (deleteSecret).
        Never retried (not idempotent).

        Args:
            secret_id_or_name (str): The secret's name or its ID (a UUID). An unknown secret,
                and one the user may not manage, are both answered with 404.

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
            _delete_secret.OPERATION,
            _delete_secret._get_kwargs(
                secret_id_or_name=secret_id_or_name,
            ),
            _delete_secret._parse_response,
        )

    # -- updateSecret --

    def update_secret(
        self,
        secret_id_or_name: str,
        *,
        body: SecretInput,
    ) -> Secret:
        """Update a secret

        Replaces the secret's name and its whole content (environment variables and files) with
        the body's; despite the method this is not a partial update, so send the complete
        secret. The access policy is merged as on create. Where the organization does not expose
        secret contents through the API the answer is 400 `Secret can not be updated with API`
        (gRPC code 9, FAILED_PRECONDITION); an invalid name or content is 400 with code 3. An
        unknown secret, and one the user may not manage, are answered with 404.

        `PATCH /secrets/{secret_id_or_name}` (updateSecret).
        Never retried (not idempotent).

        Args:
            secret_id_or_name (str): The secret's name or its ID (a UUID). An unknown secret,
                and one the user may not manage, are both answered with 404.
            body (SecretInput): A secret to create, or the new state of one (an update replaces
                the name and the whole content). Fields the server sets (`id`, the times,
                `content_included`) are ignored, as are unknown fields.

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
                secret_id_or_name=secret_id_or_name,
                body=body,
            ),
            _update_secret._parse_response,
        )

    async def update_secret_async(
        self,
        secret_id_or_name: str,
        *,
        body: SecretInput,
    ) -> Secret:
        """Update a secret

        Replaces the secret's name and its whole content (environment variables and files) with
        the body's; despite the method this is not a partial update, so send the complete
        secret. The access policy is merged as on create. Where the organization does not expose
        secret contents through the API the answer is 400 `Secret can not be updated with API`
        (gRPC code 9, FAILED_PRECONDITION); an invalid name or content is 400 with code 3. An
        unknown secret, and one the user may not manage, are answered with 404.

        `PATCH /secrets/{secret_id_or_name}` (updateSecret).
        Never retried (not idempotent).

        Args:
            secret_id_or_name (str): The secret's name or its ID (a UUID). An unknown secret,
                and one the user may not manage, are both answered with 404.
            body (SecretInput): A secret to create, or the new state of one (an update replaces
                the name and the whole content). Fields the server sets (`id`, the times,
                `content_included`) are ignored, as are unknown fields.

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
                secret_id_or_name=secret_id_or_name,
                body=body,
            ),
            _update_secret._parse_response,
        )
