"""Semaphore 2.0 API v1alpha

The Semaphore 2.0 API of one organization: workflows, pipelines, promotions, jobs, logs,
self-hosted agents, deployment targets and artifact retention. Authenticate with
`Authorization: Token <token>` (the server also accepts `Bearer`).

Start with `Client`; the models are in `.models`, the exceptions in `.errors`."""

from .._runtime.pagination import Page, Paginator
from .._runtime.retry import RetryPolicy
from .._runtime.timestamps import Timestamp
from .client import Client

__all__ = ["Client", "Page", "Paginator", "RetryPolicy", "Timestamp"]
