"""Everything the client raises: one hierarchy under `SemaphoreError`.

`APIError` and its subclasses are answers of the server with an error status; they carry
the status code (any integer, 520 included), the body parsed as far as it goes (a JSON
object, a JSON string or plain text), the response headers, and the request's method
and URL with the token redacted. The other branches are transport failures, successful
responses whose body does not fit the spec, and pagination that cannot go on safely.
"""

from __future__ import annotations

import datetime as _dt
import json
from dataclasses import dataclass
from typing import Any, ClassVar

import httpx

from .ratelimit import rate_limit_reset, retry_after
from .redact import NO_SECRETS, Redactor

_SNIPPET = 300  # characters of a body quoted in an error message


class SemaphoreError(Exception):
    """Base of every exception the Semaphore client raises."""


class TransportError(SemaphoreError):
    """The request got no answer: connection refused or reset, DNS failure, timeout.

    Raised after the retries the policy allows (none for unsafe requests).
    """

    def __init__(self, message: str, *, method: str, url: str) -> None:
        super().__init__(f"{message} ({method} {url})")
        self.method = method
        self.url = url


class RequestTimeoutError(TransportError):
    """The server did not answer within the client's timeout."""


class ResponseParseError(SemaphoreError):
    """A success response whose body does not fit the spec (truncated JSON, an HTML page...)."""

    def __init__(self, message: str, *, status_code: int, text: str, method: str, url: str) -> None:
        super().__init__(f"{message} ({method} {url} answered {status_code}: {text[:_SNIPPET]!r})")
        self.status_code = status_code
        self.text = text
        self.method = method
        self.url = url


class ModelDecodeError(SemaphoreError, ValueError):
    """A field of a received model does not fit the spec (an enum that is no string, an
    object where a list belongs...).

    Models decode each field when it is first read (bench/README.md), so this is raised
    then, naming the model and the field; a missing required field or a body that is no
    JSON is found inside the call, as a `ResponseParseError`.
    """

    def __init__(self, model: str, field: str, cause: BaseException) -> None:
        super().__init__(
            f"{model}.{field} in the response does not fit the spec "
            f"({type(cause).__name__}: {str(cause)[:_SNIPPET]})"
        )
        self.model = model
        self.field = field


class ResponseTooLargeError(SemaphoreError):
    """The body (decoded: gzip counts inflated) passed the client's `max_response_bytes`.

    Reading stops at the limit; the request is not retried.
    """

    def __init__(self, *, limit: int, method: str, url: str) -> None:
        super().__init__(
            f"the response body is larger than max_response_bytes={limit} ({method} {url})"
        )
        self.limit = limit
        self.method = method
        self.url = url


class PaginationError(SemaphoreError):
    """Pagination cannot go on safely: a malformed pagination header or link, a page
    seen twice, pages that bring no new item, or more pages than the walk allows."""


class UnsafeLinkError(PaginationError):
    """A pagination link points at another host; the client will not send the token there."""

    def __init__(self, link: str, host: str) -> None:
        super().__init__(
            f"refusing to follow a pagination link to another host: {link} (not {host})"
        )
        self.link = link
        self.host = host


@dataclass(frozen=True)
class FieldError:
    """One entry of a validation error's `errors[]` (`resource`, `field`, `code`)."""

    resource: str | None
    field: str | None
    code: str | None
    raw: dict[str, Any]


class UndocumentedStatus(Exception):
    """Raised by a generated parser for a status the operation does not document."""

    def __init__(self, status_code: int) -> None:
        super().__init__(status_code)
        self.status_code = status_code


class APIError(SemaphoreError):
    """The server answered with an error status."""

    statuses: ClassVar[frozenset[int]] = frozenset()

    def __init__(
        self,
        *,
        status_code: int,
        body: Any,
        text: str,
        headers: httpx.Headers,
        method: str,
        url: str,
    ) -> None:
        self.status_code = status_code
        self.body = body
        self.text = text
        self.headers = headers
        self.method = method
        self.url = url
        super().__init__(f"{status_code} {self.message} ({method} {url})")

    @property
    def message(self) -> str:
        """The server's explanation: the body's `message`, a JSON string, or the text."""
        if isinstance(self.body, dict) and isinstance(self.body.get("message"), str):
            return str(self.body["message"])
        if isinstance(self.body, str):
            return self.body[:_SNIPPET]
        return self.text[:_SNIPPET] or httpx.codes.get_reason_phrase(self.status_code)


class AuthenticationError(APIError):
    """401: the token is missing, wrong or revoked (v1alpha also says 401 for no permission)."""

    statuses = frozenset({401})


class PermissionDeniedError(APIError):
    """403: authenticated, but not allowed (or a feature the organization lacks)."""

    statuses = frozenset({403})


class NotFoundError(APIError):
    """404: no such resource, or one the token may not see."""

    statuses = frozenset({404})


class InvalidRequestError(APIError):
    """400 or 422: the server rejected the request; `errors` lists the field errors."""

    statuses = frozenset({400, 422})

    @property
    def errors(self) -> list[FieldError]:
        """The body's `errors[]` (resource, field, code), empty when there is none."""
        items = self.body.get("errors") if isinstance(self.body, dict) else None
        if not isinstance(items, list):
            return []
        return [
            FieldError(
                resource=_str_or_none(item.get("resource")),
                field=_str_or_none(item.get("field")),
                code=_str_or_none(item.get("code")),
                raw=item,
            )
            for item in items
            if isinstance(item, dict)
        ]


class ConflictError(APIError):
    """409 or 412: the request conflicts with the resource's current state."""

    statuses = frozenset({409, 412})


class RateLimitedError(APIError):
    """429: too many requests; `reset_at` says when the allowance renews, if known."""

    statuses = frozenset({429})

    @property
    def reset_at(self) -> _dt.datetime | None:
        """When the rate-limit window renews (`X-RateLimit-Reset`), if the server said."""
        return rate_limit_reset(self.headers, _dt.datetime.now(_dt.UTC))

    @property
    def retry_after(self) -> float | None:
        """Seconds the server asked to wait (`Retry-After`), if it said."""
        return retry_after(self.headers, _dt.datetime.now(_dt.UTC))


class ServerError(APIError):
    """5xx (520 and the like included): the server or a proxy in front of it failed."""

    statuses = frozenset(range(500, 600))


class UnexpectedStatusError(APIError):
    """Any other status, e.g. an undocumented 2xx or 3xx, or a 4xx not listed above."""


_BY_STATUS: dict[int, type[APIError]] = {
    status: cls
    for cls in (
        AuthenticationError,
        PermissionDeniedError,
        NotFoundError,
        InvalidRequestError,
        ConflictError,
        RateLimitedError,
        ServerError,
    )
    for status in cls.statuses
}


def _str_or_none(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def parse_body(response: httpx.Response) -> Any:
    """The body as JSON when it is JSON (whatever the Content-Type says), else the text.

    Several endpoints send JSON without a Content-Type, or a JSON string as an error
    message, so the content decides, not the header. An empty body is `None`.
    """
    text = response.text
    if not text.strip():
        return None
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        # RecursionError: JSON nested deeper than Python can parse ([[[[... from a
        # broken or hostile server); the text is kept as it came.
        return text


def error_from_response(
    response: httpx.Response,
    *,
    method: str,
    url: str,
    redactor: Redactor = NO_SECRETS,
    undocumented: bool = False,
) -> APIError:
    """The exception for an error answer (or, with `undocumented`, an unexpected success)."""
    cls = UnexpectedStatusError if undocumented else _BY_STATUS.get(response.status_code)
    try:
        body = redactor.data(parse_body(response))
    except RecursionError:  # JSON that parses but nests deeper than the redactor recurses
        body = redactor.text(response.text)
    return (cls or UnexpectedStatusError)(
        status_code=response.status_code,
        body=body,
        text=redactor.text(response.text),
        headers=httpx.Headers([(k, redactor.text(v)) for k, v in response.headers.multi_items()]),
        method=method,
        url=redactor.url(url),
    )


__all__ = [
    "APIError",
    "AuthenticationError",
    "ConflictError",
    "FieldError",
    "InvalidRequestError",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitedError",
    "RequestTimeoutError",
    "ResponseParseError",
    "ResponseTooLargeError",
    "SemaphoreError",
    "ServerError",
    "TransportError",
    "UndocumentedStatus",
    "UnexpectedStatusError",
    "UnsafeLinkError",
    "error_from_response",
    "parse_body",
]
