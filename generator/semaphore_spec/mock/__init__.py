"""`semaphore-spec mock`: the published specs served from the recorded fixtures.

`create_app(root)` is the ASGI application; `transport.MockTransport` and
`transport.AsyncMockTransport` put it behind an httpx client without a network;
`command.configure` sets up the `mock` command of the CLI.

Every surface of the registry with a published spec is served on one port, under
the path of its registry servers. Surfaces that share a base path (they live on
different hosts in reality, e.g. the classic API and the organization host's project
secrets, both under `/api/v1`) are told apart without naming any of them
(`routing`): a request whose `Host` is a surface's registry host goes to that
surface; otherwise the operation whose path template is most literal wins, the
rule OpenAPI gives for one document. How a surface answers what no operation pins
down (a missing token, an unknown route, a rejected request) is data: the registry
entry's `conventions`.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .app import Exchange, HttpRequest, MockApp, ResponseHook, create_app
    from .responses import MockResponse

# Loaded on first use (PEP 562): `mock.command` (and so `semaphore-spec mock --help`)
# needs none of it, and the app and its validators take a quarter of a second.
_LAZY = {
    "Exchange": ".app",
    "HttpRequest": ".app",
    "MockApp": ".app",
    "ResponseHook": ".app",
    "create_app": ".app",
    "MockResponse": ".responses",
}


def __getattr__(name: str) -> Any:
    """The public names, imported from their module when first asked for."""
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["Exchange", "HttpRequest", "MockApp", "MockResponse", "ResponseHook", "create_app"]
