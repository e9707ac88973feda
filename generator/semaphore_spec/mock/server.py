"""Running the mock on a real socket: asyncio's server with the mock's own HTTP/1.1
protocol (`http1.Connection`), in the foreground (`serve`, the `mock` command) or on
a thread (`serving_in_thread`, the contract command's `running_mock`)."""

from __future__ import annotations

import asyncio
import contextlib
import signal
import socket
import ssl
import threading
from collections.abc import Iterator
from dataclasses import dataclass

from ..errors import SpecError
from .app import MockApp
from .http1 import Connection, connection_factory
from .tls import TlsFiles

# Seconds a stop (SIGINT, SIGTERM) waits for answers in progress before dropping their
# connections: with the interpreter's exit, the process is gone well within a second.
SHUTDOWN_GRACE = 0.3
_START_TIMEOUT = 30.0


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
        # Room for many clients connecting at once (the kernel caps it at somaxconn).
        sock.listen(1024)
    except OSError:
        sock.close()
        raise
    return Listener(sock, "https" if tls else "http", host, int(sock.getsockname()[1]))


def ssl_context(tls: TlsFiles) -> ssl.SSLContext:
    """The server side of `mock --tls`: the throwaway certificate, HTTP/1.1 only."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(str(tls.server_file))
    context.set_alpn_protocols(["http/1.1"])
    return context


class MockServer:
    """`app` answering on `listener` until `stop`."""

    def __init__(self, app: MockApp, listener: Listener, tls: TlsFiles | None = None) -> None:
        self.app = app
        self.listener = listener
        self.tls = tls
        self.connections: set[Connection] = set()
        self._server: asyncio.Server | None = None

    async def start(self) -> None:
        """Start accepting connections."""
        loop = asyncio.get_running_loop()
        context = ssl_context(self.tls) if self.tls else None
        self._server = await loop.create_server(
            connection_factory(self.app, self.listener.scheme, self.connections),
            sock=self.listener.sock,
            ssl=context,
            # A client that connects and never finishes the handshake is a silent one.
            ssl_handshake_timeout=self.app.limits.header_timeout if context else None,
            backlog=1024,
        )

    async def stop(self, grace: float = SHUTDOWN_GRACE) -> None:
        """Stop accepting, close idle connections now and busy ones after their answer,
        and drop whatever is still open after `grace` seconds."""
        if self._server is not None:
            self._server.close()
        for connection in list(self.connections):
            connection.stop()
        loop = asyncio.get_running_loop()
        deadline = loop.time() + grace
        while self.connections and loop.time() < deadline:
            await asyncio.sleep(0.01)
        for connection in list(self.connections):
            connection.abort()
        await asyncio.sleep(0)  # let the transports run their connection_lost


def serve(app: MockApp, listener: Listener, *, tls: TlsFiles | None) -> str:
    """Serve `app` on `listener` until SIGINT or SIGTERM; returns the signal's name."""
    try:
        return asyncio.run(_serve_until_signal(app, listener, tls))
    except KeyboardInterrupt:  # before the handlers were in place
        return "SIGINT"
    finally:
        listener.sock.close()


async def _serve_until_signal(app: MockApp, listener: Listener, tls: TlsFiles | None) -> str:
    loop = asyncio.get_running_loop()
    stopped: asyncio.Future[str] = loop.create_future()
    on_main_thread = threading.current_thread() is threading.main_thread()
    for sig in (signal.SIGINT, signal.SIGTERM) if on_main_thread else ():
        loop.add_signal_handler(sig, _settle, stopped, sig.name)
    server = MockServer(app, listener, tls)
    await server.start()
    try:
        return await stopped
    finally:
        await server.stop()


def _settle(future: asyncio.Future[str], value: str) -> None:
    if not future.done():
        future.set_result(value)


@contextlib.contextmanager
def serving_in_thread(app: MockApp, listener: Listener) -> Iterator[None]:
    """Serve `app` on `listener` from a daemon thread with its own event loop; stops
    (and closes the socket) on exit. Raises `SpecError` when it cannot start."""
    loop = asyncio.new_event_loop()
    server = MockServer(app, listener)
    started = threading.Event()
    failure: list[BaseException] = []

    def run() -> None:
        asyncio.set_event_loop(loop)
        try:
            loop.run_until_complete(server.start())
        except Exception as exc:  # reported by the caller's thread
            failure.append(exc)
            loop.close()
            return
        finally:
            started.set()
        loop.run_forever()
        loop.run_until_complete(server.stop())
        loop.close()

    thread = threading.Thread(target=run, name="semaphore-spec-mock", daemon=True)
    thread.start()
    try:
        if not started.wait(_START_TIMEOUT) or failure:
            raise SpecError(f"the mock server did not start: {failure[0] if failure else ''}")
        yield
    finally:
        if thread.is_alive():
            loop.call_soon_threadsafe(loop.stop)
            thread.join(_START_TIMEOUT)
        listener.sock.close()
