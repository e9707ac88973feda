"""The typed model of one API surface, as `spec/surfaces.yaml` describes it.

pydantic (already pinned through Schemathesis) validates the registry once, with
discriminated unions for the auth schemes and pagination kinds, `extra="forbid"` so a
misspelt key is an error rather than a silently ignored fact, and error locations that
`load.py` turns into `spec/surfaces.yaml:LINE`. Chosen over msgspec for those error
locations and validators, over plain dataclasses because the checks would be ours to
write; the registry is read once per command, so speed does not matter here.

Every consumer (overlays, generator, mock, contract suite, tests) reads these typed
facts; nothing else names a surface, a pagination style or a page parameter.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field, model_validator

from .base import FrozenModel as _Model
from .pagination import PaginationStyle


class ServerVariable(_Model):
    """One `{variable}` of a server URL."""

    default: str
    description: str = ""
    enum: list[str] | None = None


class Server(_Model):
    """A base URL the surface is served from."""

    url: str
    description: str | None = None
    variables: dict[str, ServerVariable] | None = None

    def url_with_defaults(self) -> str:
        """The URL with every variable at its default."""
        url = self.url
        for name, variable in (self.variables or {}).items():
            url = url.replace("{" + name + "}", variable.default)
        return url


# -- auth -------------------------------------------------------------------------------


class ApiKeyAuth(_Model):
    """The token in a header or query parameter, optionally after a prefix (`Token `)."""

    type: Literal["apiKey"]
    name: str
    in_: Literal["header", "query"] = Field(alias="in")
    param: str
    prefix: str = ""
    description: str = ""

    @property
    def location(self) -> str:
        """`header` or `query`."""
        return self.in_

    @property
    def token_prefix(self) -> str:
        """What precedes the token in the header's value."""
        return self.prefix


_HTTP_PREFIXES = {"bearer": "Bearer "}


class HttpAuth(_Model):
    """An HTTP authentication scheme (`Authorization: Bearer <token>`)."""

    type: Literal["http"]
    name: str
    scheme: Literal["bearer"]
    description: str = ""

    @property
    def location(self) -> str:
        """Always a header."""
        return "header"

    @property
    def param(self) -> str:
        """The header that carries the token."""
        return "Authorization"

    @property
    def token_prefix(self) -> str:
        """The scheme word and a space."""
        return _HTTP_PREFIXES[self.scheme]


AuthScheme = Annotated[ApiKeyAuth | HttpAuth, Field(discriminator="type")]
AUTH_TYPES = ("apiKey", "http")


# -- how the real servers answer what no operation pins down --------------------------------


class CannedResponse(_Model):
    """A fixed answer: a JSON body, a text body, or none."""

    status: int
    json_: Any = Field(default=None, alias="json")
    text: str | None = None

    @model_validator(mode="after")
    def _one_body(self) -> CannedResponse:
        if self.json_ is not None and self.text is not None:
            raise ValueError("give `json` or `text`, not both")
        return self


class RouteRule(_Model):
    """What a path under some prefixes (relative to the base path) gets when no
    operation answers it; no prefixes: every path."""

    prefixes: list[str] = Field(default_factory=list)
    not_found: CannedResponse
    wrong_method: CannedResponse | None = None


class ServerConventions(_Model):
    """Surface-wide behaviour of the real servers (the mock imitates it, the contract
    suite expects it): the 401 for a missing token, the refusal of two credentials,
    unknown routes and wrong methods, and how rejected requests are answered."""

    unauthenticated: CannedResponse
    multiple_credentials: CannedResponse | None = None
    routes: list[RouteRule] = Field(min_length=1)
    # problem location (path, query, header, body, malformed, media) -> statuses to try
    statuses: dict[str, list[int]] = Field(default_factory=dict)
    media_types: list[str] = Field(default_factory=lambda: ["application/json"])
    messages: dict[str, str] = Field(default_factory=dict)
    error_codes: dict[str, str] = Field(default_factory=dict)
    # operationId -> statuses a conforming request may get because of the resource's
    # state, which no schema can express (e.g. a target still syncing answers 400)
    state_refusals: dict[str, list[str]] = Field(default_factory=dict)


class Contact(_Model):
    """Who answers questions about the API: the published document's `info.contact`."""

    name: str
    email: str | None = None
    url: str | None = None

    @model_validator(mode="after")
    def _reachable(self) -> Contact:
        if self.email is None and self.url is None:
            raise ValueError("a contact needs an `email` or a `url`")
        return self


class ClientFacts(_Model):
    """Where the generated Python client of the surface lives."""

    package: str


class Surface(_Model):
    """One API surface."""

    name: str
    title: str
    version: str
    description: str
    contact: Contact
    servers: dict[str, Server]
    auth: list[AuthScheme] = Field(min_length=1)
    pagination: dict[str, PaginationStyle] = Field(default_factory=dict)
    standard_responses: dict[str, str] = Field(default_factory=dict)
    standard_body_responses: dict[str, str] = Field(default_factory=dict)
    common_response_headers: list[str] = Field(default_factory=list)
    conventions: ServerConventions
    spec_dir: str = ""  # default: spec/<name>
    fixtures_dir: str = ""  # default: tests/fixtures/<name>
    client: ClientFacts

    @model_validator(mode="after")
    def _defaults(self) -> Surface:
        if "default" not in self.servers:
            raise ValueError("`servers` needs a `default` server")
        if not self.spec_dir:
            object.__setattr__(self, "spec_dir", f"spec/{self.name}")
        if not self.fixtures_dir:
            object.__setattr__(self, "fixtures_dir", f"tests/fixtures/{self.name}")
        return self

    @property
    def client_package(self) -> str:
        """Dotted import path of the generated client, e.g. `semaphoreci_openapi.v1`."""
        return self.client.package

    @property
    def client_path(self) -> str:
        """The client subpackage's folder inside the distribution."""
        return self.client_package.replace(".", "/")

    @property
    def published_dir(self) -> str:
        """Where the build publishes this surface."""
        return f"published/{self.name}"

    def template_context(self) -> dict[str, Any]:
        """What overlay and package templates see: every fact (defaults included) under
        its YAML name; facts that are absent (None) are left out."""
        return self.model_dump(by_alias=True, exclude_none=True, mode="json")
