"""What a generated surface package tells the runtime about its API.

The generated `client.py` of each surface builds one `Surface` from the registry
(`spec/surfaces.yaml`: servers, auth schemes, pagination styles) and each endpoint
module one `Operation` from the spec (method, path, `x-semaphore-*` extensions).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from .retry import SAFE_METHODS

_VARIABLE = re.compile(r"\{([^{}]+)\}")
# Server variables name a host label (the organization): nothing that could change
# which host the URL points at.
_VARIABLE_VALUE = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9_-]*[A-Za-z0-9])?")


@dataclass(frozen=True)
class Server:
    """A named server of the registry; `url` may hold `{variables}`."""

    name: str
    url: str

    @property
    def variables(self) -> tuple[str, ...]:
        """The names of the URL's variables, in order."""
        return tuple(_VARIABLE.findall(self.url))

    def resolve(self, values: Mapping[str, str]) -> str:
        """The URL with every variable filled in (values are checked to be host labels)."""

        def fill(match: re.Match[str]) -> str:
            name = match.group(1)
            value = values.get(name)
            if value is None:
                raise ValueError(f"server {self.name!r} needs a value for {name!r}")
            if not _VARIABLE_VALUE.fullmatch(value):
                raise ValueError(f"{name}={value!r} is not a valid name for the server URL")
            return value

        return _VARIABLE.sub(fill, self.url).rstrip("/")


@dataclass(frozen=True)
class AuthScheme:
    """How a token is sent: in a header (with a prefix such as `Token `) or a query parameter."""

    name: str
    location: Literal["header", "query"]
    param: str
    prefix: str = ""


@dataclass(frozen=True)
class PaginationStyle:
    """How the client walks one pagination style of the registry.

    kind `link-relation`: follow the `rel="next"` URL of the `header` link header; `total_header`
    gives the number of items over all pages.
    kind `json-page-header`: `header` holds a JSON object whose `next_field` is the next page
    number (null on the last page), sent as query parameter `page_param`, and whose
    `total_field` counts the items over all pages.
    kind `body-cursor`: the next request sets the query parameters `cursor_params` (a value
    `{field}` is copied from the response body); the list ends when the body's
    `stop_field` is empty, zero or missing.
    kind `more-flag-header`: the next request sets query parameter `page_param` to the page
    after the one the `page_header` response header names, while the `more_header`
    response header says `true`.
    kind `body-page-count`: pages are numbered by query parameter `page_param` from
    `first_page`; the next request asks for the next number while the body's
    `total_pages_field` counts more pages than have been asked for.
    """

    name: str
    kind: Literal[
        "link-relation", "json-page-header", "body-cursor", "more-flag-header", "body-page-count"
    ]
    header: str | None = None
    total_header: str | None = None
    next_field: str | None = None
    page_param: str | None = None
    total_field: str | None = None
    cursor_params: Mapping[str, str] = field(default_factory=dict)
    stop_field: str | None = None
    page_header: str | None = None
    more_header: str | None = None
    first_page: int = 0
    total_pages_field: str | None = None


@dataclass(frozen=True)
class Operation:
    """One operation of the spec, as the runtime needs it."""

    id: str
    method: str
    path: str
    server: str = "default"
    pagination: str | None = None
    items: str | None = None  # body property holding a page's items; None: the body is the list
    idempotency_token: str | None = None

    @property
    def is_safe(self) -> bool:
        """Whether the method is safe (GET, HEAD, OPTIONS)."""
        return self.method.upper() in SAFE_METHODS


@dataclass(frozen=True)
class Surface:
    """One API surface: its servers, auth schemes (the first is the default) and pagination."""

    name: str
    title: str
    servers: Mapping[str, Server]
    auth: tuple[AuthScheme, ...]
    pagination: Mapping[str, PaginationStyle]

    def scheme(self, name: str | None) -> AuthScheme:
        """The auth scheme called `name`, or the default one."""
        if name is None:
            return self.auth[0]
        for scheme in self.auth:
            if scheme.name == name:
                return scheme
        known = ", ".join(s.name for s in self.auth)
        raise ValueError(f"unknown auth scheme {name!r} for {self.name} (known: {known})")

    @property
    def credential_params(self) -> frozenset[str]:
        """Query parameters that carry a token in some scheme of this surface."""
        return frozenset(s.param for s in self.auth if s.location == "query")

    @property
    def credential_headers(self) -> frozenset[str]:
        """Headers that carry a token in some scheme of this surface (lower case)."""
        return frozenset(s.param.lower() for s in self.auth if s.location == "header")


__all__ = ["AuthScheme", "Operation", "PaginationStyle", "Server", "Surface"]
