"""Semaphore 2.0 API v1alpha

The Semaphore 2.0 API of one organization: workflows, pipelines, promotions, jobs, logs,
self-hosted agents, deployment targets and artifact retention. Authenticate with
`Authorization: Token <token>` (the server also accepts `Bearer`).

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
