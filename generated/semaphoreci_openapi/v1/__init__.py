"""Semaphore Classic API v1

The classic Semaphore API: projects, branches, builds, servers and deploys, webhooks and
the CCTray feed. Every call authenticates with the user's API token in the `auth_token`
query parameter.

Start with `Client`; the models are in `.models`, the exceptions in `.errors`."""

from .._runtime.pagination import Page, Paginator
from .._runtime.retry import RetryPolicy
from .._runtime.timestamps import Timestamp
from .client import Client

__all__ = ["Client", "Page", "Paginator", "RetryPolicy", "Timestamp"]
