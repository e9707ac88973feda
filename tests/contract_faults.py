"""Broken servers for the contract command's tests, on 127.0.0.1 and a free port.

- `hanging()`: accepts connections, reads the request, never answers;
- `huge_answers(size)`: answers every request 200 with a JSON body of `size` bytes;
- `echoing()`: answers every request 200 with its request line and headers, token
  included, in a header and many times over in the body;
- `nothing_listening()`: a port nobody listens on (connections are refused);
- `serving_asgi(app)`: an ASGI app (e.g. a `MockApp` subclass that never answers one
  operation) on uvicorn, for faults the mock's own server cannot express: its app
  answers synchronously, so it cannot hang one request without hanging them all.

Each yields the origin (`http://127.0.0.1:PORT`) and stops what it started.
"""

from __future__ import annotations

import contextlib
import json
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import uvicorn


@contextmanager
def _serving(handle: Callable[[socket.socket, threading.Event], None]) -> Iterator[str]:
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    listener.listen(64)
    listener.settimeout(0.1)
    stop = threading.Event()
    workers: list[threading.Thread] = []

    def accept() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            worker = threading.Thread(target=_guarded, args=(handle, conn, stop), daemon=True)
            worker.start()
            workers.append(worker)

    acceptor = threading.Thread(target=accept, daemon=True)
    acceptor.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        stop.set()
        acceptor.join(5)
        listener.close()
        for worker in workers:
            worker.join(5)


def _guarded(
    handle: Callable[[socket.socket, threading.Event], None],
    conn: socket.socket,
    stop: threading.Event,
) -> None:
    # OSError: the client gave up, which is what these servers provoke.
    with conn, contextlib.suppress(OSError):
        handle(conn, stop)


def _read_head(conn: socket.socket, stop: threading.Event) -> bytes | None:
    """The request line and headers; None when the client left."""
    conn.settimeout(0.1)
    data = b""
    while b"\r\n\r\n" not in data and not stop.is_set():
        try:
            chunk = conn.recv(65536)
        except TimeoutError:
            continue
        if not chunk:
            return None
        data += chunk
    return None if stop.is_set() else data.split(b"\r\n\r\n", 1)[0]


@contextmanager
def hanging() -> Iterator[str]:
    """A server that takes every request and never answers."""

    def handle(conn: socket.socket, stop: threading.Event) -> None:
        _read_head(conn, stop)
        stop.wait()

    with _serving(handle) as origin:
        yield origin


@contextmanager
def huge_answers(size: int) -> Iterator[str]:
    """A server that answers every request with a `size`-byte JSON array (one string)."""
    body = b'["' + b"x" * (size - 4) + b'"]'
    head = f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {size}\r\n\r\n"

    def handle(conn: socket.socket, stop: threading.Event) -> None:
        while _read_head(conn, stop) is not None:
            conn.settimeout(30)
            conn.sendall(head.encode() + body)

    with _serving(handle) as origin:
        yield origin


@contextmanager
def echoing() -> Iterator[str]:
    """A server that sends every request's head back, in a header and in the body."""

    def handle(conn: socket.socket, stop: threading.Event) -> None:
        while (request := _read_head(conn, stop)) is not None:
            text = request.decode("latin-1")
            body = json.dumps([f"{n}: {text}" for n in range(50)]).encode()
            echoed = " | ".join(text.split("\r\n"))
            conn.sendall(
                (
                    "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                    f"X-Echo: {echoed}\r\nContent-Length: {len(body)}\r\n\r\n"
                ).encode("latin-1")
                + body
            )

    with _serving(handle) as origin:
        yield origin


@contextmanager
def nothing_listening() -> Iterator[str]:
    """The origin of a free port that nothing listens on."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    yield f"http://127.0.0.1:{port}"


@contextmanager
def serving_asgi(app: Any) -> Iterator[str]:
    """`app` on uvicorn on a free port of 127.0.0.1, from a thread; stops on exit."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.bind(("127.0.0.1", 0))
    sock.listen(64)
    config = uvicorn.Config(app, log_level="error", lifespan="off", timeout_graceful_shutdown=0)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 30
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.01)
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()
