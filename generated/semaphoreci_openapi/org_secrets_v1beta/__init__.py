"""Semaphore 2.0 organization secrets API v1beta

The organization-level secrets of one Semaphore 2.0 organization: list, create,
describe, update and delete, by name or by ID. Served by the vendor's gRPC gateway:
every field is sent (empty strings, `"0"`, `[]` and enum defaults included), 64-bit
integers are JSON strings and errors are gRPC status objects `{code, message, details}`.
Authenticate with `Authorization: Token <token>` (the server also accepts `Bearer`).

Start with `Client`; the models are in `.models`, the exceptions in `.errors`."""

from typing import TYPE_CHECKING

from .._runtime.lazy import lazy_names as _lazy_names

if TYPE_CHECKING:
    from .._runtime.pagination import Page, Paginator
    from .._runtime.retry import RetryPolicy
    from .._runtime.timestamps import Timestamp
    from .client import Client

__all__ = ["Client", "Page", "Paginator", "RetryPolicy", "Timestamp"]

# At run time only: for type checkers a name outside the imports above is an error.
if not TYPE_CHECKING:
    __getattr__, __dir__ = _lazy_names(
        __name__,
        {
            "Client": ".client",
            "Page": ".._runtime.pagination",
            "Paginator": ".._runtime.pagination",
            "RetryPolicy": ".._runtime.retry",
            "Timestamp": ".._runtime.timestamps",
        },
    )
