"""Semaphore Public API v2 (organization host)

The newer API of one organization, served at `/api/v2` on the organization's own host:
workflows, pipelines, YAML validation, project tasks and their triggers, organization
and project secrets, self-hosted agent types and agents, notifications, dashboards,
projects, deployment targets, and the canvases with their event sources and stages.
Authenticate with `Authorization: Bearer <token>`; the ingress checks the token and
answers 401 `Unauthorized` (plain text) itself, the service never sees such a request.
Every resource is JSON in the form `{apiVersion: v2, kind, metadata, spec}` (workflows
and pipelines excepted). A missing permission is answered with 404 `{"message": "Not
Found"}`, never 403. An organization without the API feature gets 404 with a message
saying so. Request validation failures are 422 with `errors`; failures the backends
report as the caller's fault are 400, and internal ones 500, both with a JSON string as
the body. Lists are bare arrays paged with opaque tokens: `page_token` and `page_size`
(1 to 100, 20 by default) in the query, and `link` (first, prev, next), `per-page`,
`next-page-token` and `previous-page-token` headers on the answer. The service sets no
rate-limit headers. The server publishes its own OpenAPI document at `GET /api/v2/api-
spec/openapi.json`.

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
