"""Running the mock on a real socket with uvicorn."""

from __future__ import annotations

import signal
import socket
import threading
from dataclasses import dataclass
from types import FrameType

import uvicorn

from .app import MockApp
from .tls import TlsFiles


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


def serve(app: MockApp, listener: Listener, *, tls: TlsFiles | None, verbose: bool) -> None:
    """Serve `app` on `listener` until SIGINT or SIGTERM, then return."""
    config = uvicorn.Config(
        app,
        log_level="info" if verbose else "warning",
        # The mock logs each exchange itself, with what answered it.
        access_log=False,
        lifespan="on",
        ssl_certfile=str(tls.server_file) if tls else None,
        # The mock answers whatever Host a client sends; it never routes on it.
        server_header=False,
        date_header=True,
    )
    server = uvicorn.Server(config)
    # uvicorn shuts down gracefully on SIGINT/SIGTERM, then re-raises the signal with the
    # previous handler in place; these handlers turn that into a normal return.
    main = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _stopped) if main else None
    try:
        server.run(sockets=[listener.sock])
    except (KeyboardInterrupt, Stopped):
        pass
    finally:
        listener.sock.close()
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


class Stopped(Exception):
    """SIGTERM arrived (after uvicorn finished its graceful shutdown)."""


def _stopped(signum: int, frame: FrameType | None) -> None:
    raise Stopped
