"""Running the mock on a real socket with uvicorn."""

from __future__ import annotations

import asyncio
import logging
import signal
import socket
import threading
from dataclasses import dataclass
from types import FrameType

import uvicorn

from .app import MockApp
from .protocol import header_timeout_protocol
from .tls import TlsFiles

# Seconds a stop (SIGINT, SIGTERM) waits for answers in progress before cancelling them:
# with uvicorn's 0.1 s tick, its 0.1 s pause and the interpreter's exit, the process is
# gone within about a second.
SHUTDOWN_GRACE = 0.3


@dataclass(frozen=True)
class Listener:
    """A bound, listening socket and the URL it answers at."""

    sock: socket.socket
    scheme: str
    host: str
    port: int

    @property
    def origin(self) -> str:
        """`scheme://host:port`, with IPv6 hosts in brackets."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{self.scheme}://{host}:{self.port}"


def listen(host: str, port: int, *, tls: bool) -> Listener:
    """Bind `host:port` (port 0: a free one) and start listening, so clients that
    connect as soon as the port is announced queue up instead of being refused."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP, not 0: asyncio turns TCP_NODELAY on only for sockets that say they
    # are TCP, and without it each response body waited for the client's delayed ACK
    # (about 40 ms a request on loopback; see bench/README.md).
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(128)
    except OSError:
        sock.close()
        raise
    return Listener(sock, "https" if tls else "http", host, int(sock.getsockname()[1]))


def uvicorn_config(app: MockApp, *, tls: TlsFiles | None, log_level: str) -> uvicorn.Config:
    """How the mock runs under uvicorn, here and in `contract.target.running_mock`."""
    config = uvicorn.Config(
        app,
        log_level=log_level,
        # The mock logs each exchange itself, with what answered it.
        access_log=False,
        lifespan="on",
        ssl_certfile=str(tls.server_file) if tls else None,
        # The mock answers whatever Host a client sends; it never routes on it.
        server_header=False,
        date_header=True,
        http=header_timeout_protocol(app.limits.header_timeout),
        # asyncio's own loop, whatever is installed: uvloop measured no faster for the
        # mock (bench/README.md), and one loop everywhere keeps behaviour alike.
        loop="asyncio",
        # A client in the middle of a request must not keep a stopped mock alive.
        # Annotated `int`, but it goes to asyncio.wait_for, which takes any number.
        timeout_graceful_shutdown=SHUTDOWN_GRACE,  # type: ignore[arg-type]
    )
    # Added after the Config, which configures uvicorn's loggers.
    logging.getLogger("uvicorn.error").addFilter(_no_cancelled_traceback)
    return config


def _no_cancelled_traceback(record: logging.LogRecord) -> bool:
    """Drop uvicorn's traceback of a request cancelled by a stop after its grace period:
    stopping the mock is not an error of the application."""
    return not (record.exc_info and isinstance(record.exc_info[1], asyncio.CancelledError))


def serve(app: MockApp, listener: Listener, *, tls: TlsFiles | None, verbose: bool) -> str:
    """Serve `app` on `listener` until SIGINT or SIGTERM; returns the signal's name."""
    config = uvicorn_config(app, tls=tls, log_level="info" if verbose else "warning")
    server = uvicorn.Server(config)
    # uvicorn shuts down gracefully on SIGINT/SIGTERM, then re-raises the signal with the
    # previous handler in place; these handlers turn that into a normal return.
    main = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _stopped) if main else None
    reason = "SIGINT"
    try:
        server.run(sockets=[listener.sock])
    except KeyboardInterrupt:
        pass
    except Stopped:
        reason = "SIGTERM"
    finally:
        listener.sock.close()
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
    return reason


class Stopped(Exception):
    """SIGTERM arrived (after uvicorn finished its graceful shutdown)."""


def _stopped(signum: int, frame: FrameType | None) -> None:
    raise Stopped
