"""The machinery behind every generated surface `Client`: sending, retrying, errors.

A generated `Client` subclasses `BaseClient`, names its `Surface`, and has one method
per operation (plus `..._async` and, for paginated operations, `iter_...`) that builds
the request with the endpoint module and hands it to `_call`/`_acall` here.
"""

from __future__ import annotations

import asyncio
import copy
import ipaddress
import logging
import math
import platform
import time
from collections.abc import Callable, Mapping
from contextvars import ContextVar
from types import TracebackType
from typing import Any, ClassVar, Self, TypeVar

import httpx

from .._version import __version__
from .attempt import Attempts, ShownURL, Within
from .auth import Credentials
from .connections import AnyTransport, Connections, env_proxy
from .deadline import Budget
from .errors import (
    RequestTimeoutError,
    ResponseParseError,
    TransportError,
    UndocumentedStatus,
    error_from_response,
)
from .redact import Redactor, redact_logs
from .retry import RetryPolicy, carries_token
from .surface import Operation, Surface

T = TypeVar("T")

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
DEFAULT_DEADLINE = 120.0
"""Seconds a request may take from connecting to its body's last byte (each attempt)."""
DEFAULT_MAX_RESPONSE_BYTES = 128 * 1024 * 1024
"""The largest response body accepted, counted decoded (a gzip body as inflated)."""
DEFAULT_MAX_CONCURRENCY = 10
OPERATION_EXTENSION = "semaphoreci_openapi.operation"
SERVER_EXTENSION = "semaphoreci_openapi.server"
# The surface's registry name, so that test transports can tell apart surfaces whose
# operations share an operationId, a method and a path (e.g. `listProjects`).
SURFACE_EXTENSION = "semaphoreci_openapi.surface"
logger = logging.getLogger("semaphoreci_openapi")

# Set by semaphoreci_openapi.testing.use_transport: the transport of clients built without one.
default_transport: ContextVar[AnyTransport | None] = ContextVar(
    "semaphoreci_openapi_default_transport", default=None
)
_LOOPBACK_NAMES = {"localhost"}
# Failures worth another attempt (for requests safe to repeat): the network, a timeout,
# a peer that hung up mid-answer. A bad URL or an unsupported scheme is not retried.
_TRANSIENT = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)


def _spent(budget: Budget | None) -> bool:
    """Whether a failed attempt used up its whole deadline: not worth repeating, since a
    server that drips its answer would only take as long again."""
    return budget is not None and budget.left() <= 0


def _is_loopback(host: str) -> bool:
    if host.lower() in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _checked_url(url: str, what: str) -> str:
    """`url` without a trailing slash; https only, except for loopback test servers."""
    parsed = httpx.URL(url)
    if parsed.scheme not in {"http", "https"} or not parsed.host:
        raise ValueError(f"{what} must be an absolute http(s) URL, not {url!r}")
    if parsed.scheme == "http" and not _is_loopback(parsed.host):
        raise ValueError(f"{what} must use https (the token must not travel in clear): {url!r}")
    return url.rstrip("/")


def _deadline(value: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"deadline must be a number of seconds, not {value!r}")
    if not (math.isfinite(value) and value > 0):
        raise ValueError("deadline must be a finite number of seconds above 0")
    return float(value)


def _max_bytes(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"max_response_bytes must be a positive integer, not {value!r}")
    return value


def _timeout(value: float | httpx.Timeout) -> httpx.Timeout:
    """A finite timeout: `None` (wait forever) is refused, a number applies to every phase."""
    timeout = value if isinstance(value, httpx.Timeout) else httpx.Timeout(value)
    if None in (timeout.connect, timeout.read, timeout.write, timeout.pool):
        raise ValueError("timeouts must be finite (a hung connection would block forever)")
    return timeout


class BaseClient:
    """Sends the requests of one API surface with auth, retries, limits and typed errors.

    Generated subclasses set `surface` and add one method per operation.
    """

    surface: ClassVar[Surface]

    def __init__(
        self,
        token: str,
        *,
        server_variables: Mapping[str, str],
        auth: str | None = None,
        base_url: str | None = None,
        server_urls: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
        max_concurrency: int = DEFAULT_MAX_CONCURRENCY,
        user_agent: str | None = None,
        headers: Mapping[str, str] | None = None,
        transport: AnyTransport | None = None,
        follow_redirects: bool = True,
        deadline: float = DEFAULT_DEADLINE,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        if not isinstance(token, str) or not token.strip():
            raise ValueError("a Semaphore API token is required")
        if max_concurrency < 1:
            raise ValueError("max_concurrency must be at least 1")
        token = token.strip()  # tokens pasted from files often end in a newline
        surface = self.surface
        self._servers = self._resolve_servers(server_variables, base_url, server_urls)
        scheme = surface.scheme(auth)
        credentials = Credentials(
            token,
            scheme,
            origins=self._servers.values(),
            other_params=surface.credential_params,
            other_headers=surface.credential_headers,
        )
        self._redactor = Redactor(credentials.secrets, params=surface.credential_params)
        redact_logs(credentials.secrets)  # httpcore logs response headers, echoes included
        self._timeout = _timeout(timeout)
        self._deadline = _deadline(deadline)
        self._max_response_bytes = _max_bytes(max_response_bytes)
        self._retry = retry or RetryPolicy()
        self._headers: dict[str, str] = dict(headers or {})
        ours = (
            f"semaphoreci-openapi/{__version__} ({surface.name}; "
            f"python {platform.python_version()}; httpx {httpx.__version__})"
        )
        self._connections = Connections(
            transport=transport if transport is not None else default_transport.get(),
            credentials=credentials,
            follow_redirects=follow_redirects,
            max_concurrency=max_concurrency,
            headers={"User-Agent": f"{user_agent} {ours}" if user_agent else ours},
            proxy=env_proxy(self._servers["default"]),
        )
        self._auth_name = scheme.name

    def _resolve_servers(
        self,
        variables: Mapping[str, str],
        base_url: str | None,
        overrides: Mapping[str, str] | None,
    ) -> dict[str, str]:
        servers = self.surface.servers
        urls = {name: server.resolve(variables) for name, server in servers.items()}
        if base_url is not None:
            default = urls["default"] = _checked_url(base_url, "base_url")
            # Another server whose URL is a prefix of the default's (v1alpha's org root)
            # moves along with it; one that cannot be derived needs `server_urls`.
            template = servers["default"].url
            for name, server in servers.items():
                if name == "default":
                    continue
                del urls[name]
                suffix = template[len(server.url) :].rstrip("/")
                if template.startswith(server.url) and default.endswith(suffix):
                    urls[name] = default[: len(default) - len(suffix)]
        for name, url in (overrides or {}).items():
            if name not in servers:
                raise ValueError(f"unknown server {name!r} (known: {', '.join(servers)})")
            urls[name] = _checked_url(url, f"server_urls[{name!r}]")
        return urls

    # -- public API ---------------------------------------------------------------

    @property
    def base_url(self) -> str:
        """The URL of the surface's default server, as this client uses it."""
        return self._servers["default"]

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        headers: Mapping[str, str] | None = None,
        deadline: float | None = None,
        max_response_bytes: int | None = None,
    ) -> Self:
        """A client like this one with other settings, sharing its connections and limits.

        Use it per call: `client.with_options(retry=RetryPolicy.never()).list_...(...)`.
        """
        other = copy.copy(self)
        if timeout is not None:
            other._timeout = _timeout(timeout)
        if deadline is not None:
            other._deadline = _deadline(deadline)
        if max_response_bytes is not None:
            other._max_response_bytes = _max_bytes(max_response_bytes)
        if retry is not None:
            other._retry = retry
        if headers is not None:
            other._headers = {**self._headers, **headers}
        return other

    def close(self) -> None:
        """Close the connections of sync calls."""
        self._connections.close()

    async def aclose(self) -> None:
        """Close the connections of async calls (and of sync calls, if any)."""
        await self._connections.aclose()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        name = f"{type(self).__module__}.{type(self).__name__}"
        return f"<{name} {self.base_url} auth={self._auth_name}>"

    # -- machinery used by the generated methods and the paginators ----------------

    def _call(
        self,
        operation: Operation,
        request: Mapping[str, Any],
        parse: Callable[[httpx.Response], T],
    ) -> T:
        return self._parse(operation, self._send(operation, request), parse)

    async def _acall(
        self,
        operation: Operation,
        request: Mapping[str, Any],
        parse: Callable[[httpx.Response], T],
    ) -> T:
        return self._parse(operation, await self._asend(operation, request), parse)

    def _prepare(self, operation: Operation, request: Mapping[str, Any]) -> dict[str, Any]:
        server = self._servers.get(operation.server)
        if server is None:
            raise ValueError(
                f"{operation.id} is served by server {operation.server!r}, which has no URL "
                f"with this base_url: pass server_urls={{{operation.server!r}: ...}}"
            )
        url = str(request["url"])
        if not url.startswith(("http://", "https://")):
            url = server + url
        prepared: dict[str, Any] = {
            "method": str(request["method"]).upper(),
            "url": url,
            "headers": {**self._headers, **(request.get("headers") or {})},
            "extensions": {
                # httpx would build a Timeout and its dict on every request otherwise.
                "timeout": self._timeout.as_dict(),
                OPERATION_EXTENSION: operation.id,
                SERVER_EXTENSION: server,
                SURFACE_EXTENSION: self.surface.name,
            },
        }
        params = request.get("params")
        if params and "?" not in url and "#" not in url:
            # The query in the URL string: httpx parses the URL once, where `params=`
            # costs a second parse to merge them in (a sixth of a describe's time in
            # memory; bench/README.md, client overhead). The same encoding as httpx's.
            prepared["url"] = f"{url}?{httpx.QueryParams(params)}"
        elif params is not None:
            prepared["params"] = params
        for key in ("json", "data", "content", "files", "cookies"):
            if key in request:
                prepared[key] = request[key]
        return prepared

    def _attempts(
        self, operation: Operation, request: Mapping[str, Any], url: ShownURL
    ) -> Attempts:
        token = operation.idempotency_token
        retryable = operation.is_safe or (token is not None and carries_token(dict(request), token))
        return Attempts(self._retry, retryable, operation.method.upper(), url)

    def _failure(
        self, exc: httpx.RequestError, method: str, shown: ShownURL, budget: Budget | None = None
    ) -> TransportError:
        url = str(shown)
        if budget is not None and _spent(budget):
            # The socket's own "timed out" would hide that the deadline cut the request.
            reason = budget.expired_message()
            return RequestTimeoutError(f"{type(exc).__name__}: {reason}", method=method, url=url)
        cls = RequestTimeoutError if isinstance(exc, httpx.TimeoutException) else TransportError
        reason = self._redactor.text(str(exc)) or type(exc).__name__
        return cls(f"{type(exc).__name__}: {reason}", method=method, url=url)

    def _outcome(self, response: httpx.Response, method: str, url: ShownURL) -> httpx.Response:
        logger.debug("%s %s -> %d", method, url, response.status_code)
        if 200 <= response.status_code < 300:
            return response
        raise error_from_response(response, method=method, url=str(url), redactor=self._redactor)

    def _budget(self) -> Budget:
        return Budget.starting_now(self._deadline, self._max_response_bytes)

    def _within(self, budget: Budget, method: str, url: ShownURL) -> Within:
        """Hold the request made inside to `budget` (deadline and body size cap)."""
        return Within(budget, method, url)

    def _send(self, operation: Operation, request: Mapping[str, Any]) -> httpx.Response:
        prepared = self._prepare(operation, request)
        method, url = prepared["method"], ShownURL(self._redactor, prepared)
        attempts = self._attempts(operation, request, url)
        client = self._connections.sync_client()
        while True:
            budget: Budget | None = None
            try:
                with self._connections.sync_slot():
                    budget = self._budget()
                    with self._within(budget, method, url):
                        response = client.request(**prepared)
            except _TRANSIENT as exc:
                delay = None if _spent(budget) else attempts.after_error(exc)
                if delay is None:
                    raise self._failure(exc, method, url, budget) from exc
            except httpx.RequestError as exc:
                raise self._failure(exc, method, url) from exc
            else:
                delay = attempts.after_response(response)
                if delay is None:
                    return self._outcome(response, method, url)
            time.sleep(delay)

    async def _asend(self, operation: Operation, request: Mapping[str, Any]) -> httpx.Response:
        prepared = self._prepare(operation, request)
        method, url = prepared["method"], ShownURL(self._redactor, prepared)
        attempts = self._attempts(operation, request, url)
        client = self._connections.async_client()
        while True:
            budget: Budget | None = None
            try:
                async with self._connections.async_slot():
                    budget = self._budget()
                    with self._within(budget, method, url):
                        response = await client.request(**prepared)
            except _TRANSIENT as exc:
                delay = None if _spent(budget) else attempts.after_error(exc)
                if delay is None:
                    raise self._failure(exc, method, url, budget) from exc
            except httpx.RequestError as exc:
                raise self._failure(exc, method, url) from exc
            else:
                delay = attempts.after_response(response)
                if delay is None:
                    return self._outcome(response, method, url)
            await asyncio.sleep(delay)

    def _parse(
        self, operation: Operation, response: httpx.Response, parse: Callable[[httpx.Response], T]
    ) -> T:
        try:
            return parse(response)
        except UndocumentedStatus:
            # The redacted URL is built only here: on every successful call it was a
            # second parse of the URL per request (bench/README.md, client overhead).
            method, url = operation.method.upper(), self._redactor.url(response.request.url)
            raise error_from_response(
                response, method=method, url=url, redactor=self._redactor, undocumented=True
            ) from None
        except (ValueError, TypeError, KeyError, AttributeError, IndexError, RecursionError) as exc:
            method, url = operation.method.upper(), self._redactor.url(response.request.url)
            raise ResponseParseError(
                self._redactor.text(
                    f"the {operation.id} response does not fit the spec "
                    f"({type(exc).__name__}: {exc})"
                ),
                status_code=response.status_code,
                text=self._redactor.text(response.text),
                method=method,
                url=url,
            ) from exc

    def _redacted_headers(self, headers: httpx.Headers) -> httpx.Headers:
        """`headers` with every secret replaced (a server may echo the token in one)."""
        return httpx.Headers([(k, self._redactor.text(v)) for k, v in headers.multi_items()])

    def _strip_credentials(self, url: httpx.URL) -> httpx.URL:
        """`url` without any credential query parameter (the transport adds ours)."""
        for name in self.surface.credential_params:
            if name in url.params:
                url = url.copy_remove_param(name)
        return url


__all__ = [
    "DEFAULT_DEADLINE",
    "DEFAULT_MAX_CONCURRENCY",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_TIMEOUT",
    "OPERATION_EXTENSION",
    "SERVER_EXTENSION",
    "SURFACE_EXTENSION",
    "AnyTransport",
    "BaseClient",
    "default_transport",
]
