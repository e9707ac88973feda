"""Testing helpers: answer the client from recorded exchanges, record new ones.

`FixtureTransport` replays recorded exchanges so code that uses the client can be
tested without a network: the ones this distribution ships for each surface
(`for_surface`), or files of your own (`from_path`: YAML or JSON fixture files, folders
of them, or a published `fixtures.json`). `RecordingTransport` writes such files from
real traffic, with the token replaced by `TOKEN`; `use_transport` makes every client
built inside a `with` block use a given transport.

    transport = FixtureTransport.for_surface("v1alpha")
    client = Client("TOKEN", org_name="myorg", transport=transport)
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote

import httpx

from .auth import SECRETS_EXTENSION
from .client import (
    OPERATION_EXTENSION,
    SERVER_EXTENSION,
    SURFACE_EXTENSION,
    AnyTransport,
    default_transport,
)
from .recording import PLACEHOLDER, RecordingTransport
from .redact import Redactor

# The distribution's own recorded exchanges: <package>/_fixtures/<surface>.json, in the
# form of the published fixtures.json (written by `semaphore-spec build`).
_DISTRIBUTION = __name__.split(".")[0]
_SHIPPED = "_fixtures"
_FIXTURE_SUFFIXES = (".yaml", ".yml", ".json")


def _load_document(path: Path) -> Any:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        return json.loads(text)
    try:
        import yaml
    except ImportError as exc:  # pragma: no cover - PyYAML is the `testing` extra
        raise ImportError(
            "reading YAML fixtures needs PyYAML: pip install 'semaphoreci-openapi[testing]'"
        ) from exc
    return yaml.safe_load(text)


class FixtureNotFound(LookupError):
    """No recorded exchange matches a request the client sent."""


class FixtureFileNotFound(FileNotFoundError):
    """A fixture path (file or folder) or a surface's shipped exchanges do not exist."""


@dataclass(frozen=True)
class Fixture:
    """One recorded exchange: `request` (method, path, query, body) and `response`."""

    name: str
    operation: str
    request: Mapping[str, Any]
    response: Mapping[str, Any]
    folder: str = ""  # the name of the directory it was loaded from, e.g. `v1alpha`

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Fixture:
        """Read a fixture file (YAML or JSON)."""
        file = Path(path)
        data = _load_document(file)
        if not isinstance(data, dict) or not {"request", "response"} <= data.keys():
            raise ValueError(f"{file}: not a recorded exchange (needs request and response)")
        name = file.name
        for suffix in _FIXTURE_SUFFIXES:
            name = name.removesuffix(suffix)
        return cls(
            name,
            str(data.get("operation", "")),
            data["request"],
            data["response"],
            folder=file.parent.name,
        )

    @property
    def status(self) -> int:
        """The recorded response status."""
        return int(self.response["status"])

    def score(self, request: httpx.Request, *, match_body: bool = False) -> int | None:
        """How well the fixture fits `request` (matching query parameters), None: not at all.

        The operation (when the client names it) and the method must be the same; the
        path must be the fixture's path under the operation's server URL (or, for a
        request that does not say its server, end with the fixture's path); every
        recorded query parameter must be sent with the same value, except credentials
        (recorded as `TOKEN`). The request body is ignored unless `match_body`: then a
        recorded body (JSON `body`, `form` or `text`) must equal what was sent, with
        `TOKEN` standing for any value; a fixture that recorded no body fits any body.
        """
        operation = request.extensions.get(OPERATION_EXTENSION)
        if operation and self.operation and operation != self.operation:
            return None
        if request.method.upper() != str(self.request["method"]).upper():
            return None
        path, wanted = unquote(request.url.path), unquote(str(self.request["path"]))
        server = request.extensions.get(SERVER_EXTENSION)
        if server:
            if path != unquote(httpx.URL(str(server)).path).rstrip("/") + wanted:
                return None
        elif not (path == wanted or (wanted.startswith("/") and path.endswith(wanted))):
            return None
        score = 0
        for name, value in (self.request.get("query") or {}).items():
            values = [str(v) for v in value] if isinstance(value, list) else [str(value)]
            if values == [PLACEHOLDER]:
                continue
            if request.url.params.get_list(name) != values:
                return None
            score += 1
        if match_body and any(k in self.request for k in ("body", "form", "text")):
            if not _same_body(self.request, _content(request)):
                return None
            score += 1
        return score

    def to_response(self) -> httpx.Response:
        """The recorded response."""
        headers = {str(k): str(v) for k, v in (self.response.get("headers") or {}).items()}
        if "body" in self.response:
            content = json.dumps(self.response["body"]).encode()
        elif "text" in self.response:
            content = str(self.response["text"]).encode()
        else:
            content = b""
        return httpx.Response(self.status, headers=headers, content=content)


def _preference(fixture: Fixture, score: int) -> tuple[int, int, int, str]:
    # Most matching parameters first, then a success, then the plain recording
    # (`op.200`) before its variants (`op.200.running`), then by name.
    variant = fixture.name.count(".") > 1
    return (-score, 0 if 200 <= fixture.status < 300 else 1, int(variant), fixture.name)


class FixtureTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """A transport (sync and async) that answers each request with a recorded exchange.

    Requests that no fixture fits raise `FixtureNotFound`. `requests` keeps what the
    client sent, with the token redacted, for assertions. With `match_body=True` a
    fixture that recorded a request body answers only a request with the same body
    (see `Fixture.score`); by default bodies are not compared.
    """

    def __init__(self, fixtures: Iterable[Fixture], *, match_body: bool = False) -> None:
        self.fixtures = list(fixtures)
        self.match_body = match_body
        self.requests: list[httpx.Request] = []

    @classmethod
    def from_path(
        cls, *paths: str | os.PathLike[str], match_body: bool = False
    ) -> FixtureTransport:
        """Load fixture files, every fixture file of the given folders, and published
        `fixtures.json` files (every exchange of every operation in them).

        Relative paths are read from the current working directory; a path that does
        not exist raises `FixtureFileNotFound` naming it.
        """
        fixtures: list[Fixture] = []
        for path in map(Path, paths):
            if path.is_dir():
                files = sorted(p for p in path.iterdir() if p.suffix in _FIXTURE_SUFFIXES)
            elif path.is_file():
                files = [path]
            else:
                raise FixtureFileNotFound(
                    f"{path}: no such fixture file or folder (looked for {path.absolute()})"
                )
            for file in files:
                data = _load_document(file)
                if _is_bundle(data):
                    fixtures.extend(_bundle_fixtures(data, str(file)))
                else:
                    fixtures.append(Fixture.load(file))
        return cls(fixtures, match_body=match_body)

    @classmethod
    def for_surface(cls, surface: str, *, match_body: bool = False) -> FixtureTransport:
        """The recorded exchanges this distribution ships for `surface` (its subpackage
        name, e.g. the `v1alpha` of `semaphoreci_openapi.v1alpha`)."""
        shipped = resources.files(_DISTRIBUTION).joinpath(_SHIPPED)
        source = shipped.joinpath(f"{surface}.json")
        if not source.is_file():
            known = (
                sorted(
                    p.name.removesuffix(".json")
                    for p in shipped.iterdir()
                    if p.name.endswith(".json")
                )
                if shipped.is_dir()
                else []
            )
            raise FixtureFileNotFound(
                f"no recorded exchanges shipped for surface {surface!r} "
                f"(shipped: {', '.join(known) or 'none'})"
            )
        data = json.loads(source.read_text(encoding="utf-8"))
        return cls(
            _bundle_fixtures(data, f"{_DISTRIBUTION}/{_SHIPPED}/{surface}.json"),
            match_body=match_body,
        )

    def only(self, *names: str) -> FixtureTransport:
        """A transport with just the named fixtures (file names or operation ids)."""
        chosen = [f for f in self.fixtures if f.name in names or f.operation in names]
        missing = set(names) - {f.name for f in chosen} - {f.operation for f in chosen}
        if missing:
            raise FixtureNotFound(f"no fixture named {', '.join(sorted(missing))}")
        return FixtureTransport(chosen, match_body=self.match_body)

    def match(self, request: httpx.Request) -> Fixture:
        """The fixture that answers `request`; `FixtureNotFound` if none fits."""
        scored = [
            (f, s)
            for f in self.fixtures
            if (s := f.score(request, match_body=self.match_body)) is not None
        ]
        # Fixtures of several surfaces in one transport: when some were loaded from a
        # folder named after the client's surface, those answer (folders named
        # otherwise, e.g. a user's own, take part as before).
        surface = request.extensions.get(SURFACE_EXTENSION)
        own = [(f, s) for f, s in scored if surface and f.folder == surface]
        scored = own or scored
        if not scored:
            shown = Redactor(_secrets(request)).url(request.url)
            raise FixtureNotFound(f"no recorded exchange for {request.method} {shown}")
        return min(scored, key=lambda pair: _preference(*pair))[0]

    def _answer(self, request: httpx.Request, content: bytes) -> httpx.Response:
        redactor = Redactor(_secrets(request))
        self.requests.append(
            httpx.Request(
                request.method,
                redactor.url(request.url),
                headers={k: redactor.text(v) for k, v in request.headers.items()},
                content=redactor.text(content.decode("utf-8", "replace")).encode(),
            )
        )
        response = self.match(request).to_response()
        return response

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._answer(request, request.read())

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return self._answer(request, await request.aread())


def _is_bundle(data: Any) -> bool:
    return isinstance(data, dict) and isinstance(data.get("operations"), dict)


def _bundle_fixtures(data: Any, origin: str) -> list[Fixture]:
    """The exchanges of a published `fixtures.json`, named `<operationId>.<name>` like
    the fixture files they came from."""
    fixtures = []
    for operation, entry in data["operations"].items():
        exchanges = entry.get("exchanges") if isinstance(entry, dict) else None
        if not isinstance(exchanges, list):
            raise ValueError(f"{origin}: operation {operation} has no list of exchanges")
        for exchange in exchanges:
            if not isinstance(exchange, dict) or not {"request", "response"} <= exchange.keys():
                raise ValueError(f"{origin}: an exchange of {operation} lacks request or response")
            name = f"{operation}.{exchange.get('name', exchange['response'].get('status'))}"
            fixtures.append(Fixture(name, operation, exchange["request"], exchange["response"]))
    return fixtures


def _content(request: httpx.Request) -> bytes:
    try:
        return request.content
    except httpx.RequestNotRead:  # a streamed upload: compared as empty
        return b""


def _same(recorded: Any, sent: Any) -> bool:
    """Equal, with the token placeholder standing for any value."""
    if recorded == PLACEHOLDER:
        return True
    if isinstance(recorded, dict) and isinstance(sent, dict):
        return recorded.keys() == sent.keys() and all(
            _same(v, sent[k]) for k, v in recorded.items()
        )
    if isinstance(recorded, list) and isinstance(sent, list):
        return len(recorded) == len(sent) and all(map(_same, recorded, sent))
    return bool(recorded == sent)


def _same_body(recorded: Mapping[str, Any], content: bytes) -> bool:
    text = content.decode("utf-8", "replace")
    if "form" in recorded:
        sent_form = dict(parse_qsl(text, keep_blank_values=True))
        return _same({k: str(v) for k, v in recorded["form"].items()}, sent_form)
    if "body" in recorded:
        try:
            return _same(recorded["body"], json.loads(text))
        except ValueError:
            return False
    return _same(str(recorded["text"]), text)


def _secrets(request: httpx.Request) -> tuple[str, ...]:
    secrets = request.extensions.get(SECRETS_EXTENSION, ())
    return tuple(s for s in secrets if isinstance(s, str))


@contextmanager
def use_transport(transport: AnyTransport) -> Iterator[AnyTransport]:
    """Inside the block, clients built without a `transport` use this one."""
    previous = default_transport.set(transport)
    try:
        yield transport
    finally:
        default_transport.reset(previous)


__all__ = [
    "PLACEHOLDER",
    "Fixture",
    "FixtureFileNotFound",
    "FixtureNotFound",
    "FixtureTransport",
    "RecordingTransport",
    "use_transport",
]
