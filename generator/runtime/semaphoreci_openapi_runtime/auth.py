"""Putting the token on requests, at the transport, and only for the API's own hosts.

The token is added below httpx's client layer, on a copy of each request: the request
httpx logs, hands to event hooks and attaches to responses and exceptions never holds
it. It is added only when the request goes to the scheme, host and port of one of the
surface's servers (so a redirect or a link elsewhere, or a downgrade to http, gets no
token), with exactly one scheme (never a header and a query parameter together).
"""

from __future__ import annotations

from collections.abc import Iterable

import httpx

from .surface import AuthScheme

# Request extension listing the secrets on a request, so a testing or recording
# transport below can redact them (see semaphoreci_openapi.testing).
SECRETS_EXTENSION = "semaphoreci_openapi.secrets"
_DEFAULT_PORTS = {"http": 80, "https": 443}


def origin(url: httpx.URL) -> tuple[str, str, int | None]:
    """(scheme, host, port) with the default port spelled out."""
    return url.scheme, url.host.lower(), url.port or _DEFAULT_PORTS.get(url.scheme)


class Credentials:
    """A token, the scheme that sends it, and the origins allowed to receive it."""

    def __init__(
        self,
        token: str,
        scheme: AuthScheme,
        *,
        origins: Iterable[str],
        other_params: Iterable[str] = (),
        other_headers: Iterable[str] = (),
    ) -> None:
        self._token = token
        self.scheme = scheme
        self._origins = frozenset(origin(httpx.URL(url)) for url in origins)
        # Every carrier a token could use on this surface: stripped before ours is set.
        self._params = frozenset(other_params)
        self._headers = frozenset(other_headers)
        self._value = scheme.prefix + token  # what the scheme's header or parameter carries

    def __repr__(self) -> str:
        return f"Credentials(scheme={self.scheme.name!r}, token=***)"

    @property
    def secrets(self) -> tuple[str, ...]:
        """The secret values (for redaction)."""
        return (self._token,)

    def apply(self, request: httpx.Request) -> httpx.Request:
        """A copy of `request` carrying the token if it goes to an allowed origin."""
        url = request.url
        if self._params and url.query:
            params = url.params  # parsed once: each read of `url.params` parses the query
            for name in self._params:
                if name in params:
                    url = url.copy_remove_param(name)
        headers = request.headers.copy()
        for name in self._headers:
            if name in headers:
                del headers[name]
        extensions = dict(request.extensions)
        if origin(url) in self._origins:
            if self.scheme.location == "query":
                url = url.copy_set_param(self.scheme.param, self._token)
            else:
                headers[self.scheme.param] = self._value
            extensions[SECRETS_EXTENSION] = self.secrets
        copied = httpx.Request(request.method, url, stream=request.stream, extensions=extensions)
        # Set, not passed: `Request(headers=...)` would copy the fresh copy once more.
        copied.headers = headers
        return copied


class AuthTransport(httpx.BaseTransport):
    """A sync transport that adds the credentials, then delegates."""

    def __init__(self, inner: httpx.BaseTransport, credentials: Credentials) -> None:
        self._inner = inner
        self._credentials = credentials

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._inner.handle_request(self._credentials.apply(request))

    def close(self) -> None:
        self._inner.close()


class AsyncAuthTransport(httpx.AsyncBaseTransport):
    """An async transport that adds the credentials, then delegates."""

    def __init__(self, inner: httpx.AsyncBaseTransport, credentials: Credentials) -> None:
        self._inner = inner
        self._credentials = credentials

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._inner.handle_async_request(self._credentials.apply(request))

    async def aclose(self) -> None:
        await self._inner.aclose()


__all__ = ["SECRETS_EXTENSION", "AsyncAuthTransport", "AuthTransport", "Credentials", "origin"]
