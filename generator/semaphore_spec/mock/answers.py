"""The mock's answers remembered per distinct request.

Once a mock is loaded, its answer is a function of the request alone: routing,
credentials, validation, the fixture chosen, pagination and headers read nothing else
(no clock, no randomness, no state kept between requests). Clients send the same
requests again and again (pages, polling, test suites, a load generator), so the whole
answer is remembered, keyed by every part of the request, and handed out as a fresh
copy (callers and the response hook may change the headers list in place).

Bounded for a mock left running for days: at most `size` answers and `max_bytes` of
bodies, emptied when either is passed; requests whose body is larger than
`MAX_KEY_BODY` are answered anew each time rather than kept as keys.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .exchange import Exchange, HttpRequest
from .responses import MockResponse
from .validation import Problem

MAX_KEY_BODY = 16 * 1024


@dataclass(frozen=True)
class _Answer:
    """What `MockApp._answer` returned, without the request it returned it for."""

    surface: str | None
    operation_id: str | None
    outcome: str
    fixture: str | None
    problems: tuple[Problem, ...]
    status: int
    headers: tuple[tuple[str, str], ...]
    content: bytes


class AnsweredRequests:
    """`answer(request)` remembered per distinct request (see the module docstring)."""

    def __init__(self, size: int = 2048, max_bytes: int = 32 * 1024 * 1024) -> None:
        self._size = size
        self._max_bytes = max_bytes
        self._bytes = 0
        self._memo: dict[tuple[Any, ...], _Answer] = {}

    def clear(self) -> None:
        """Forget every answer (the mock's answers changed, e.g. its public URL)."""
        self._memo.clear()
        self._bytes = 0

    def answer(
        self,
        request: HttpRequest,
        compute: Callable[[HttpRequest], tuple[Exchange, MockResponse]],
        context: Any = None,
    ) -> tuple[Exchange, MockResponse]:
        """The exchange and a fresh response for `request`, computed by `compute` once
        per request and `context` (hashable: whatever else of the mock's settings the
        answer reads)."""
        if len(request.body) > MAX_KEY_BODY:
            return compute(request)
        key = (
            request.method,
            request.scheme,
            request.host,
            request.raw_path,
            request.query_string,
            tuple(request.headers.items()),
            request.body,
            context,
        )
        found = self._memo.get(key)
        if found is None:
            exchange, response = compute(request)
            size = len(response.content)
            if size > self._max_bytes:
                return exchange, response
            if len(self._memo) >= self._size or self._bytes + size > self._max_bytes:
                self.clear()
            self._memo[key] = _Answer(
                exchange.surface,
                exchange.operation_id,
                exchange.outcome,
                exchange.fixture,
                exchange.problems,
                response.status,
                tuple(response.headers),
                response.content,
            )
            self._bytes += size
            return exchange, response
        exchange = Exchange(
            request,
            found.surface,
            found.operation_id,
            found.outcome,
            found.fixture,
            found.problems,
        )
        return exchange, MockResponse(found.status, list(found.headers), found.content)
