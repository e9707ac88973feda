"""A request as the mock sees it, and what became of it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from .validation import Problem


@dataclass(frozen=True)
class HttpRequest:
    """A request as the mock sees it, independent of how it arrived."""

    method: str
    scheme: str
    host: str  # `host[:port]` for absolute links back to the mock (`hosts.safe_host`)
    raw_path: str  # percent-encoded, as sent
    query_string: str
    headers: Mapping[str, str]  # lower-case names
    body: bytes = b""


@dataclass(frozen=True)
class Exchange:
    """What happened to one request; handed to the response hook and logged."""

    request: HttpRequest
    surface: str | None
    operation_id: str | None
    # fixture | generated | rejected (invalid request) | unauthenticated | unanswered (no
    # operation at that path and method) | refused (a `Prefer` the mock cannot honour)
    outcome: str
    fixture: str | None = None
    problems: tuple[Problem, ...] = ()
