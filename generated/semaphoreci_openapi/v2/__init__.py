"""Semaphore Classic REST API v2

The classic REST API v2: organizations, teams, users, projects, secrets, environment
variables and configuration files. Authenticate with `Authorization: Token <token>` or
the `auth_token` query parameter, never both. Requests and responses are JSON over
HTTPS, and blank fields are sent as `null`. A resource the user may not see is answered
with 404, never 403. Each user may make a limited number of requests an hour (5000 in
the final overview, 60 in earlier editions), reported in the `X-RateLimit-*` headers;
beyond it the answer is 429. Lists come 30 items a page (`page` parameter, `Link` and
`Total` headers). Cross-origin (CORS) requests are allowed from any origin: responses
carry `Access-Control-Allow-Origin: *`, `Access-Control-Max-Age: 86400`, `Access-
Control-Allow-Methods: GET, POST, PATCH, PUT, DELETE` and `Access-Control-Allow-Headers:
Authorization, Content-Type, If-Match, If-Modified-Since, If-None-Match, If-Unmodified-
Since, Accept-Encoding, X-Requested-With`, and an OPTIONS preflight request is answered
with 200 and the same headers. Every operation states its stability level (`prototype`,
`development` or `production`, see the vendor's API compatibility policy) in
`x-semaphore-stability`; all of them are `development`.

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
