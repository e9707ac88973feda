"""What one request carries while the client sends it: its URL as logs and errors show
it, its budget in force, and its retry decisions (used by client.py)."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

import httpx

from .body import ResponseTooLarge
from .deadline import Budget
from .deadline import current as current_budget
from .errors import ResponseTooLargeError
from .redact import Redactor
from .retry import RetryPolicy

logger = logging.getLogger("semaphoreci_openapi")


class ShownURL:
    """A request's URL as logs and errors show it (redacted), built only when one of them
    needs it: parsing it on every request was a quarter of the client's own time."""

    __slots__ = ("_prepared", "_redactor", "_text")

    def __init__(self, redactor: Redactor, prepared: Mapping[str, Any]) -> None:
        self._redactor = redactor
        self._prepared = prepared
        self._text: str | None = None

    def __str__(self) -> str:
        if self._text is None:
            url = httpx.URL(self._prepared["url"], params=self._prepared.get("params"))
            self._text = self._redactor.url(url)
        return self._text


class Within:
    """The request's budget in force (deadline.current) while it is sent; a body past the
    cap becomes `ResponseTooLargeError`. A class, not a generator: cheaper per request."""

    __slots__ = ("_budget", "_method", "_token", "_url")

    def __init__(self, budget: Budget, method: str, url: ShownURL) -> None:
        self._budget, self._method, self._url = budget, method, url

    def __enter__(self) -> None:
        self._token = current_budget.set(self._budget)

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: Any
    ) -> None:
        current_budget.reset(self._token)
        if isinstance(exc, ResponseTooLarge):
            raise ResponseTooLargeError(
                limit=exc.limit, method=self._method, url=str(self._url)
            ) from exc


class Attempts:
    """The retry decisions for one request: whether it may be repeated, and how long to wait."""

    def __init__(self, policy: RetryPolicy, retryable: bool, method: str, url: ShownURL) -> None:
        self.policy = policy
        self.retryable = retryable
        self.method = method
        self.url = url
        self.retries = 0

    def _next(self, delay: float | None, reason: str) -> float | None:
        if delay is None:
            return None
        self.retries += 1
        logger.warning(
            "%s %s: %s; retry %d of %d in %.2fs",
            self.method,
            self.url,
            reason,
            self.retries,
            self.policy.max_retries,
            delay,
        )
        return delay

    def after_response(self, response: httpx.Response) -> float | None:
        """Seconds to wait before trying again, or None to keep this response."""
        if not self.retryable:
            return None
        delay = self.policy.delay_after_response(self.retries + 1, response)
        return self._next(delay, f"status {response.status_code}")

    def after_error(self, exc: Exception) -> float | None:
        """Seconds to wait before trying again, or None to give up."""
        if not self.retryable:
            return None
        return self._next(self.policy.delay_after_error(self.retries + 1), type(exc).__name__)


__all__ = ["Attempts", "ShownURL", "Within"]
