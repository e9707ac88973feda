"""When to try a request again, and how long to wait first."""

from __future__ import annotations

import datetime as _dt
import random
from dataclasses import dataclass, field
from typing import Any

import httpx

from .ratelimit import wait_hint

# RFC 9110 safe methods: repeating them cannot change anything on the server.
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})


@dataclass(frozen=True)
class RetryPolicy:
    """How a client retries: which failures, how often, how long to wait.

    Only requests that are safe to repeat are ever retried: those with a safe method
    (GET, HEAD, OPTIONS) and those that carry the idempotency token their operation
    declares (`request_token`, `unique_token`), which is sent unchanged on every attempt.
    Any other request is sent exactly once, whatever the policy says.

    Between attempts the client waits `initial_backoff * multiplier ** (n - 1)` seconds
    (at most `max_backoff`), less a random part of up to `jitter` of it, unless the
    server said how long to wait (`Retry-After`, `X-RateLimit-Reset`): then it waits
    that long, or gives up at once when that is more than `max_wait`.
    """

    max_retries: int = 3
    initial_backoff: float = 0.5
    max_backoff: float = 20.0
    multiplier: float = 2.0
    jitter: float = 0.5
    max_wait: float = 120.0
    retry_statuses: frozenset[int] = field(default=frozenset({429, 502, 503, 504}))
    retry_connection_errors: bool = True

    def __post_init__(self) -> None:
        if self.max_retries < 0:
            raise ValueError("max_retries must be 0 or more")
        if not 0.0 <= self.jitter <= 1.0:
            raise ValueError("jitter must be between 0 and 1")
        if min(self.initial_backoff, self.max_backoff, self.max_wait) < 0:
            raise ValueError("waits must not be negative")

    @classmethod
    def never(cls) -> RetryPolicy:
        """A policy that sends every request once."""
        return cls(max_retries=0)

    def backoff(self, retry: int) -> float:
        """Seconds to wait before retry number `retry` (1, 2, ...), jitter included."""
        delay = min(self.max_backoff, self.initial_backoff * self.multiplier ** (retry - 1))
        # Jitter spreads out clients that failed together; it needs no cryptographic RNG.
        return delay * (1.0 - self.jitter * random.random())

    def delay_after_response(
        self, retry: int, response: httpx.Response, now: _dt.datetime | None = None
    ) -> float | None:
        """Seconds to wait before retry `retry` after `response`; `None`: do not retry."""
        if retry > self.max_retries or response.status_code not in self.retry_statuses:
            return None
        hint = wait_hint(response.headers, now or _dt.datetime.now(_dt.UTC))
        if hint is None:
            return self.backoff(retry)
        return hint if hint <= self.max_wait else None

    def delay_after_error(self, retry: int) -> float | None:
        """Seconds to wait before retry `retry` after a connection error; `None`: do not."""
        if retry > self.max_retries or not self.retry_connection_errors:
            return None
        return self.backoff(retry)


def carries_token(request: dict[str, Any], name: str) -> bool:
    """Whether a request (as an endpoint module builds it) sends idempotency token `name`."""
    for key in ("params", "json", "data"):
        container = request.get(key)
        if isinstance(container, dict) and container.get(name) not in (None, ""):
            return True
    return False


__all__ = ["SAFE_METHODS", "RetryPolicy", "carries_token"]
