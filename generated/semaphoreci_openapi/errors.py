"""Every exception the Semaphore client raises, under `SemaphoreError`.

    SemaphoreError
    ├── APIError                    the server answered with an error status
    │   ├── AuthenticationError       401
    │   ├── PermissionDeniedError     403
    │   ├── NotFoundError             404
    │   ├── InvalidRequestError       400, 422 (`errors`: the field errors)
    │   ├── ConflictError             409, 412
    │   ├── RateLimitedError          429 (`reset_at`, `retry_after`)
    │   ├── ServerError               5xx, 520 and the like included
    │   └── UnexpectedStatusError     anything else
    ├── ResponseParseError          a success answer that does not fit the spec
    ├── ModelDecodeError            a field of a received model that does not fit the
    │                                 spec, raised when the field is first read
    ├── ResponseTooLargeError       a body larger than `max_response_bytes` (decoded)
    ├── TransportError              no answer (connection, DNS); RequestTimeoutError
    │                                 (a phase timeout or the request's `deadline`)
    └── PaginationError             pagination cannot go on; UnsafeLinkError

An `APIError` has `status_code`, `body` (a JSON object, a JSON string or the text),
`text`, `headers`, `method` and `url` (the token redacted).
"""

from ._runtime.errors import (
    APIError,
    AuthenticationError,
    ConflictError,
    FieldError,
    InvalidRequestError,
    ModelDecodeError,
    NotFoundError,
    PaginationError,
    PermissionDeniedError,
    RateLimitedError,
    RequestTimeoutError,
    ResponseParseError,
    ResponseTooLargeError,
    SemaphoreError,
    ServerError,
    TransportError,
    UnexpectedStatusError,
    UnsafeLinkError,
)

__all__ = [
    "APIError",
    "AuthenticationError",
    "ConflictError",
    "FieldError",
    "InvalidRequestError",
    "ModelDecodeError",
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
    "UnexpectedStatusError",
    "UnsafeLinkError",
]
