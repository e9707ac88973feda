"""`semaphore-spec mock`: the published specs served from the recorded fixtures.

`create_app(root)` is the ASGI application; `transport.MockTransport` and
`transport.AsyncMockTransport` put it behind an httpx client without a network;
`command.register` adds the `mock` command to the CLI.
"""

from .app import Exchange, HttpRequest, MockApp, ResponseHook, create_app
from .responses import MockResponse

__all__ = ["Exchange", "HttpRequest", "MockApp", "MockResponse", "ResponseHook", "create_app"]
