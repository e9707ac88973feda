"""uvicorn's HTTP protocol with a deadline for the request line and headers.

uvicorn closes a keep-alive connection that stays silent after an answer, but not one
that connects and sends nothing, nor one that drips a request's headers a byte at a
time (each byte cancels its keep-alive timer). `header_timeout_protocol` adds one
deadline, armed when the connection opens and again after each answer: if no request
has got as far as its application call by then, the connection is closed. The
application bounds a body itself (`limits.read_body`).
"""

from __future__ import annotations

import asyncio
from typing import Any

from uvicorn.protocols.http.auto import AutoHTTPProtocol


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
        """Close the connection unless a new request's headers arrived in time."""
        if self.cycle is not None and self.cycle is not waited_after:
            return  # a request arrived in time; its answer re-arms the deadline
        if not self.transport.is_closing():
            self.transport.close()


def header_timeout_protocol(seconds: float) -> type[asyncio.Protocol]:
    """uvicorn's HTTP protocol class, closing connections whose headers take longer
    than `seconds` (see the module docstring)."""
    base: type[asyncio.Protocol] = AutoHTTPProtocol
    return type(
        "HeaderTimeoutProtocol", (_HeaderDeadline, base), {"header_timeout": float(seconds)}
    )
