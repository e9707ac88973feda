"""Semaphore Classic API v1

The classic Semaphore API: projects, branches, builds, servers and deploys, webhooks and
the CCTray feed. Every call authenticates with the user's API token in the `auth_token`
query parameter.

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
