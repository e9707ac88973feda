"""The exceptions this client raises (the same classes for every surface)."""

from .._runtime.errors import (
    APIError,
    AuthenticationError,
    ConflictError,
    FieldError,
    InvalidRequestError,
    NotFoundError,
    PaginationError,
    PermissionDeniedError,
    RateLimitedError,
    RequestTimeoutError,
    ResponseParseError,
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
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitedError",
    "RequestTimeoutError",
    "ResponseParseError",
    "SemaphoreError",
    "ServerError",
    "TransportError",
    "UnexpectedStatusError",
    "UnsafeLinkError",
]
