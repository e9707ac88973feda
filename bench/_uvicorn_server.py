"""The mock's app on uvicorn, as it shipped until the mock got its own HTTP/1.1 protocol
(issue 16): for the side-by-side rows of bench/mock_server.py (`_mock_variant.py
--server uvicorn`), not what `semaphore-spec mock` runs.

uvicorn (httptools, or h11 when asked) runs the ASGI app (`MockApp.__call__`), with the
deadline for a request's line and headers the shipped mock had (uvicorn closes a silent
kept-alive connection but not one that connects and sends nothing, nor one that drips
its headers), body limits in the app (`limits.read_body`) and a 0.3 s graceful stop.
"""

from __future__ import annotations

import asyncio
from typing import Any

import uvicorn
from uvicorn.protocols.http.auto import AutoHTTPProtocol
from uvicorn.protocols.http.h11_impl import H11Protocol

from semaphore_spec.mock.app import MockApp
from semaphore_spec.mock.server import SHUTDOWN_GRACE, Listener


class _HeaderDeadline:
    """Mixed into uvicorn's protocol class; uses its `cycle`, `transport` and `loop`."""

    header_timeout: float = 10.0
    cycle: Any
    transport: asyncio.Transport
    loop: asyncio.AbstractEventLoop
    _deadline: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        super().connection_made(transport)  # type: ignore[misc]
        self._arm()

    def on_response_complete(self) -> None:
        super().on_response_complete()  # type: ignore[misc]
        self._arm()

    def connection_lost(self, exc: Exception | None) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
        super().connection_lost(exc)  # type: ignore[misc]

    def _arm(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
        self._deadline = self.loop.call_later(self.header_timeout, self._expire, self.cycle)

    def _expire(self, waited_after: Any) -> None:
        if self.cycle is not None and self.cycle is not waited_after:
            return
        if not self.transport.is_closing():
            self.transport.close()


def serve(app: MockApp, listener: Listener, *, http: str = "auto", loop: str = "asyncio") -> None:
    """Serve `app` on `listener` with uvicorn until SIGINT or SIGTERM."""
    base: type[asyncio.Protocol] = H11Protocol if http == "h11" else AutoHTTPProtocol
    protocol = type(
        "HeaderTimeoutProtocol",
        (_HeaderDeadline, base),
        {"header_timeout": app.limits.header_timeout},
    )
    config = uvicorn.Config(
        app,
        log_level="warning",
        access_log=False,
        lifespan="on",
        server_header=False,
        date_header=True,
        http=protocol,
        loop=loop,
        timeout_graceful_shutdown=SHUTDOWN_GRACE,  # type: ignore[arg-type]
    )
    uvicorn.Server(config).run(sockets=[listener.sock])
