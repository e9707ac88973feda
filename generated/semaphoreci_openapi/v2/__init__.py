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

from .._runtime.pagination import Page, Paginator
from .._runtime.retry import RetryPolicy
from .._runtime.timestamps import Timestamp
from .client import Client

__all__ = ["Client", "Page", "Paginator", "RetryPolicy", "Timestamp"]
