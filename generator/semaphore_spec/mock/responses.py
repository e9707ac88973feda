"""The responses the mock sends: built from a fixture, a canned answer or the schema."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from ..fixtures import Fixture
from .conventions import Canned
from .document import Document, Located
from .examples import Generator

# Set by whatever transports the response, never copied from a recording.
_TRANSPORT_HEADERS = frozenset({"content-length", "transfer-encoding", "connection", "keep-alive"})


@dataclass
class MockResponse:
    """Status, headers (in order, as spelled) and body of one answer."""

    status: int
    headers: list[tuple[str, str]] = field(default_factory=list)
    content: bytes = b""

    def header(self, name: str) -> str | None:
        """The value of header `name` (case-insensitive), if present."""
        lowered = name.lower()
        return next((value for key, value in self.headers if key.lower() == lowered), None)

    def set_header(self, name: str, value: str) -> None:
        """Set header `name`, replacing any value it had."""
        self.remove_header(name)
        self.headers.append((name, value))

    def remove_header(self, name: str) -> None:
        """Drop header `name` (case-insensitive)."""
        lowered = name.lower()
        self.headers = [(key, value) for key, value in self.headers if key.lower() != lowered]

    @property
    def media_type(self) -> str | None:
        """The Content-Type without parameters, lower case."""
        value = self.header("content-type")
        return value.split(";")[0].strip().lower() if value else None

    def json(self) -> Any:
        """The body parsed as JSON."""
        return json.loads(self.content)


def encode_json(value: Any) -> bytes:
    """JSON as the servers send it: UTF-8, no ASCII escaping."""
    return json.dumps(value, ensure_ascii=False).encode("utf-8")


def content_type(media_type: str) -> str:
    """A Content-Type value for `media_type`; text and JSON say they are UTF-8."""
    if media_type.startswith("text/") or media_type.endswith("json"):
        return f"{media_type}; charset=utf-8"
    return media_type


# id(fixture) -> (fixture, rendered answer): a fixture's body is encoded once, not per
# request; the entry is used only for the very fixture it was made from.
_RENDERED: dict[int, tuple[Fixture, MockResponse]] = {}
_RENDERED_MAX = 4096


def from_fixture(fixture: Fixture) -> MockResponse:
    """The fixture's recorded response (a fresh copy: callers add headers to it)."""
    found = _RENDERED.get(id(fixture))
    if found is None or found[0] is not fixture:
        if len(_RENDERED) >= _RENDERED_MAX:
            _RENDERED.clear()
        found = _RENDERED[id(fixture)] = (fixture, _render(fixture))
    rendered = found[1]
    return MockResponse(rendered.status, list(rendered.headers), rendered.content)


def _render(fixture: Fixture) -> MockResponse:
    recorded = fixture.response
    response = MockResponse(status=int(recorded["status"]))
    for name, value in (recorded.get("headers") or {}).items():
        if str(name).lower() not in _TRANSPORT_HEADERS:
            response.headers.append((str(name), str(value)))
    if "body" in recorded:
        response.content = encode_json(recorded["body"])
    elif "text" in recorded:
        response.content = str(recorded["text"]).encode("utf-8")
    if response.content and response.header("content-type") is None and fixture.content_type:
        response.set_header("Content-Type", content_type(fixture.content_type))
    return response


def from_canned(canned: Canned) -> MockResponse:
    """A fixed answer (see `Canned`)."""
    response = MockResponse(status=canned.status, content=canned.content)
    if canned.media_type:
        response.set_header("Content-Type", content_type(canned.media_type))
    return response


def generated(document: Document, generator: Generator, status: int, spec: Located) -> MockResponse:
    """An answer built from the documented response `spec`: its first media type's
    schema gives the body."""
    response = MockResponse(status=status)
    media = document.response_media(spec)
    if media:
        first = media[0]
        value = generator.example(first.schema) if first.schema is not None else ""
        if "json" in first.name:
            response.content = encode_json(value)
        else:
            response.content = (value if isinstance(value, str) else json.dumps(value)).encode()
        response.set_header("Content-Type", content_type(first.name))
    return response


def complete_headers(
    document: Document, generator: Generator, spec: Located | None, response: MockResponse
) -> None:
    """Add every header `spec` requires that the response lacks, from the header's schema."""
    if spec is None:
        return
    for name, (required, schema) in document.response_headers(spec).items():
        if not required or response.header(name) is not None:
            continue
        value = generator.example(schema)
        if document.header_is_json(spec, name):
            text = json.dumps(value, separators=(",", ":"))
        elif isinstance(value, bool):
            text = "true" if value else "false"
        else:
            text = value if isinstance(value, str) else json.dumps(value)
        response.headers.append((name, text))
