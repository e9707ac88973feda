"""Testing helpers: answer the client from recorded exchanges, record new ones.

`FixtureTransport` replays recorded exchanges (the YAML files of this project's
`tests/fixtures/<surface>/`, or your own) so code that uses the client can be tested
without a network; `RecordingTransport` writes such files from real traffic, with the
token replaced by `TOKEN`; `use_transport` makes every client built inside a `with`
block use a given transport.

    transport = FixtureTransport.from_path("tests/fixtures/v1alpha")
    client = Client("TOKEN", org_name="myorg", transport=transport)
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
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
from .redact import Redactor

PLACEHOLDER = "TOKEN"  # what recorded exchanges hold where the token was
_FIXTURE_SUFFIXES = (".yaml", ".yml", ".json")
# Response headers not worth recording: they change on every call or describe the
# connection, not the answer.
_UNRECORDED = {
    "connection",
    "content-encoding",
    "content-length",
    "date",
    "keep-alive",
    "set-cookie",
    "transfer-encoding",
}


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

    def score(self, request: httpx.Request) -> int | None:
        """How well the fixture fits `request` (matching query parameters), None: not at all.

        The operation (when the client names it) and the method must be the same; the
        path must be the fixture's path under the operation's server URL (or, for a
        request that does not say its server, end with the fixture's path); every
        recorded query parameter must be sent with the same value, except credentials
        (recorded as `TOKEN`).
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
    client sent, with the token redacted, for assertions.
    """

    def __init__(self, fixtures: Iterable[Fixture]) -> None:
        self.fixtures = list(fixtures)
        self.requests: list[httpx.Request] = []

    @classmethod
    def from_path(cls, *paths: str | os.PathLike[str]) -> FixtureTransport:
        """Load fixture files, and every fixture file in the given directories."""
        files: list[Path] = []
        for path in map(Path, paths):
            if path.is_dir():
                files.extend(sorted(p for p in path.iterdir() if p.suffix in _FIXTURE_SUFFIXES))
            else:
                files.append(path)
        return cls(Fixture.load(file) for file in files)

    def only(self, *names: str) -> FixtureTransport:
        """A transport with just the named fixtures (file names or operation ids)."""
        chosen = [f for f in self.fixtures if f.name in names or f.operation in names]
        missing = set(names) - {f.name for f in chosen} - {f.operation for f in chosen}
        if missing:
            raise FixtureNotFound(f"no fixture named {', '.join(sorted(missing))}")
        return FixtureTransport(chosen)

    def match(self, request: httpx.Request) -> Fixture:
        """The fixture that answers `request`; `FixtureNotFound` if none fits."""
        scored = [(f, s) for f in self.fixtures if (s := f.score(request)) is not None]
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


def _secrets(request: httpx.Request) -> tuple[str, ...]:
    secrets = request.extensions.get(SECRETS_EXTENSION, ())
    return tuple(s for s in secrets if isinstance(s, str))


class RecordingTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """A transport that sends requests for real and saves each exchange as a fixture.

    Files are named `<operationId>.<status>.yaml` (then `.recorded-2`, ...) in
    `directory`; the token is replaced by `TOKEN` wherever it appears (query, headers,
    bodies), so the files can be committed.
    """

    def __init__(
        self,
        directory: str | os.PathLike[str],
        *,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.directory = Path(directory)
        self._transport = transport
        self._async_transport = async_transport
        self.recorded: list[Path] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self._transport is None:
            self._transport = httpx.HTTPTransport()
        response = self._transport.handle_request(request)
        try:
            response.read()
        finally:
            response.close()
        return self._record(request, response)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._async_transport is None:
            self._async_transport = httpx.AsyncHTTPTransport()
        response = await self._async_transport.handle_async_request(request)
        try:
            await response.aread()
        finally:
            await response.aclose()
        return self._record(request, response)

    def close(self) -> None:
        if self._transport is not None:
            self._transport.close()

    async def aclose(self) -> None:
        if self._async_transport is not None:
            await self._async_transport.aclose()

    def _record(self, request: httpx.Request, response: httpx.Response) -> httpx.Response:
        self._write(request, response)
        # The body is decoded now: hand it on without the encoding headers it came with.
        headers = [
            (k, v)
            for k, v in response.headers.multi_items()
            if k.lower() not in {"content-encoding", "content-length", "transfer-encoding"}
        ]
        return httpx.Response(
            response.status_code,
            headers=headers,
            content=response.content,
            extensions=response.extensions,
        )

    def _write(self, request: httpx.Request, response: httpx.Response) -> None:
        import yaml

        redactor = Redactor(_secrets(request), placeholder=PLACEHOLDER)
        operation = str(request.extensions.get(OPERATION_EXTENSION, "unknown"))
        base = httpx.URL(str(request.extensions.get(SERVER_EXTENSION, ""))).path.rstrip("/")
        path = request.url.path
        exchange: dict[str, Any] = {
            "operation": operation,
            "summary": "Recorded by semaphoreci_openapi.testing.RecordingTransport",
            "source": "real-server",
            "request": {
                "method": request.method,
                "path": path[len(base) :] if base and path.startswith(base) else path,
            },
            "response": {"status": response.status_code},
        }
        query: dict[str, Any] = {}
        for name, value in request.url.params.multi_items():
            query.setdefault(name, []).append(redactor.text(value))
        if query:
            exchange["request"]["query"] = {k: v[0] if len(v) == 1 else v for k, v in query.items()}
        try:
            sent = request.content
        except httpx.RequestNotRead:  # a streamed upload: not kept
            sent = b""
        exchange["request"].update(_body(sent, request.headers, redactor))
        headers = {
            k: redactor.text(v) for k, v in response.headers.items() if k.lower() not in _UNRECORDED
        }
        if headers:
            exchange["response"]["headers"] = headers
        exchange["response"].update(_body(response.content, response.headers, redactor, "text"))
        self.directory.mkdir(parents=True, exist_ok=True)
        target = self.directory / f"{operation}.{response.status_code}.yaml"
        number = 1
        while target.exists():
            number += 1
            target = self.directory / f"{operation}.{response.status_code}.recorded-{number}.yaml"
        dumped = yaml.safe_dump(exchange, sort_keys=False, allow_unicode=True)
        target.write_text(dumped, encoding="utf-8")
        self.recorded.append(target)


def _body(
    content: bytes, headers: httpx.Headers, redactor: Redactor, text_key: str = "text"
) -> dict[str, Any]:
    """A body as the fixture format has it: `body` (JSON), `form`, or text."""
    if not content:
        return {}
    text = content.decode("utf-8", "replace")
    if "application/x-www-form-urlencoded" in headers.get("content-type", ""):
        return {"form": {k: redactor.text(v) for k, v in parse_qsl(text)}}
    try:
        return {"body": redactor.data(json.loads(text))}
    except ValueError:
        return {text_key: redactor.text(text)}


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
    "FixtureNotFound",
    "FixtureTransport",
    "RecordingTransport",
    "use_transport",
]
