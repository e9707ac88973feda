"""`semaphore-spec mock`: the published specs served from the recorded fixtures.

`create_app(root)` is the ASGI application; `transport.MockTransport` and
`transport.AsyncMockTransport` put it behind an httpx client without a network;
`command.register` adds the `mock` command to the CLI.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .app import Exchange, HttpRequest, MockApp, ResponseHook, create_app
    from .responses import MockResponse

# Loaded on first use (PEP 562): every `semaphore-spec` call imports `mock.command` to
# register the command, and the app and its validators take a quarter of a second.
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
