"""A local HTTP server that misbehaves on purpose, for tests of clients and tools.

    with running_fault_server() as server:        # or the `fault_server` pytest fixture
        server.route("/v2/orgs", drip_body(b"[]", every=0.5))
        server.route("/", hang())                  # the longest matching prefix wins
        client = Client(TOKEN, base_url=server.url("/v2"))

The server listens on 127.0.0.1 on a free port, one thread per connection, and closes
each connection after one answer. A route maps a path prefix to an *action*: a
callable that gets the `Exchange` (the parsed request, its socket, the server) and
writes whatever it likes to the socket, well-formed or not. A request no route
matches gets a 599. Every request is kept in `server.seen`. Stopping the server (the
end of the `with`, or of the test using the fixture) wakes every action that is
waiting or dripping and closes every connection, so a test never waits on its server.

Actions (each factory returns one; all take the pieces of the answer they send):

    reply            a normal answer (JSON for a dict or list, text for str, raw bytes)
    sequence         the next action for each request, the last one repeated
    drip_headers     the status line and headers one byte at a time, then the body
    drip_body        the headers at once, the body one byte at a time
    hang             read the request, never answer
    reset            close with a TCP RST, no answer
    cut_short        announce a Content-Length, send less, close
    gzip_bomb        a gzip body inflating to `size` bytes of zeros (compressed once, cached)
    big_body         a JSON string body of `size` bytes, streamed in chunks
    nested_json      `depth` nested `[` (and as many `]`)
    endless_pages    a page whose `rel="next"` link changes (or not) on every request
    echo_headers     the request's headers sent back as `X-Echo-<name>` headers

`BAD_RATE_LIMIT_RESETS` lists `X-RateLimit-Reset` values no clock can hold.
"""

from __future__ import annotations

import functools
import itertools
import json
import socket
import struct
import threading
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from typing import Any

BAD_RATE_LIMIT_RESETS = ("1e20", "inf", "nan", "99999999999999", "1e308")
_READ_LIMIT = 1 << 20  # request heads and bodies larger than this are cut (tests send less)


@dataclass
class Seen:
    """A request the server received."""

    method: str
    target: str
    headers: dict[str, str]
    body: bytes

    @property
    def path(self) -> str:
        """The target without its query."""
        return self.target.partition("?")[0]


@dataclass
class Exchange:
    """One request being answered: what came in, where to write, and the server."""

    request: Seen
    conn: socket.socket
    server: FaultServer
    number: int
    """0 for the first request this route answers, then 1, 2..."""

    def send(self, data: bytes) -> None:
        """Write `data` to the client."""
        self.conn.sendall(data)

    def wait(self, seconds: float) -> bool:
        """Sleep `seconds`; True when the server is stopping (the action should return)."""
        return self.server.stopping.wait(seconds)


Action = Callable[[Exchange], None]


def _payload(body: Any) -> bytes:
    if isinstance(body, bytes):
        return body
    if isinstance(body, str):
        return body.encode()
    return json.dumps(body).encode()


def head(status: int, headers: dict[str, str] | None = None, length: int | None = None) -> bytes:
    """A status line and headers (with `Connection: close` and, if given, the length)."""
    lines = [f"HTTP/1.1 {status} Fault"]
    lines += [f"{name}: {value}" for name, value in (headers or {}).items()]
    if length is not None:
        lines.append(f"Content-Length: {length}")
    lines += ["Connection: close", "", ""]
    return "\r\n".join(lines).encode("latin-1")


def reply(status: int = 200, body: Any = b"", headers: dict[str, str] | None = None) -> Action:
    """A well-formed answer."""
    payload = _payload(body)

    def act(exchange: Exchange) -> None:
        exchange.send(head(status, headers, len(payload)) + payload)

    return act


def sequence(*actions: Action) -> Action:
    """Answer the n-th request of the route with the n-th action (the last one repeats)."""

    def act(exchange: Exchange) -> None:
        actions[min(exchange.number, len(actions) - 1)](exchange)

    return act


def _drip(exchange: Exchange, data: bytes, every: float, step: int) -> None:
    for start in range(0, len(data), step):
        exchange.send(data[start : start + step])
        if exchange.wait(every):
            return


def drip_headers(
    status: int = 200, body: Any = b"[]", *, every: float = 1.0, step: int = 1
) -> Action:
    """Send the status line and headers `step` bytes every `every` seconds, then the body."""
    payload = _payload(body)

    def act(exchange: Exchange) -> None:
        _drip(
            exchange, head(status, {"Content-Type": "application/json"}, len(payload)), every, step
        )
        exchange.send(payload)

    return act


def drip_body(body: Any = b"[]", *, every: float = 1.0, step: int = 1, status: int = 200) -> Action:
    """Send the headers at once, then the body `step` bytes every `every` seconds."""
    payload = _payload(body)

    def act(exchange: Exchange) -> None:
        exchange.send(head(status, {"Content-Type": "application/json"}, len(payload)))
        _drip(exchange, payload, every, step)

    return act


def hang() -> Action:
    """Read the request and never answer (until the server stops)."""

    def act(exchange: Exchange) -> None:
        exchange.wait(3600)

    return act


def reset() -> Action:
    """Close the connection with a TCP RST instead of an answer."""

    def act(exchange: Exchange) -> None:
        exchange.conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))

    return act


def cut_short(announced: int = 100, sent: bytes = b'[{"id":') -> Action:
    """Announce `announced` bytes of body, send `sent`, close."""

    def act(exchange: Exchange) -> None:
        exchange.send(head(200, {"Content-Type": "application/json"}, announced) + sent)

    return act


@functools.lru_cache(maxsize=4)
def gzip_of_zeros(size: int) -> bytes:
    """`size` zero bytes, gzip-compressed (computed once per size, in 1 MiB steps)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = bytes(1 << 20)
    parts = []
    for start in range(0, size, len(block)):
        parts.append(compressor.compress(block[: min(len(block), size - start)]))
    parts.append(compressor.flush())
    return b"".join(parts)


def gzip_bomb(size: int = 1 << 30, status: int = 200) -> Action:
    """A `Content-Encoding: gzip` body that inflates to `size` zero bytes (1 GiB: ~1 MiB)."""
    payload = gzip_of_zeros(size)
    headers = {"Content-Type": "application/json", "Content-Encoding": "gzip"}

    def act(exchange: Exchange) -> None:
        exchange.send(head(status, headers, len(payload)) + payload)

    return act


def big_body(size: int = 10 << 20, chunk: int = 1 << 16, status: int = 200) -> Action:
    """A JSON string of `size` bytes in all, sent `chunk` bytes at a time."""
    headers = {"Content-Type": "application/json"}

    def act(exchange: Exchange) -> None:
        exchange.send(head(status, headers, size))
        exchange.send(b'"')
        filler = b"a" * chunk
        left = size - 2
        while left > 0 and not exchange.server.stopping.is_set():
            exchange.send(filler[: min(chunk, left)])
            left -= chunk
        exchange.send(b'"')

    return act


def nested_json(depth: int = 200_000, status: int = 200) -> Action:
    """`depth` nested JSON arrays: valid JSON no recursive parser gets through."""
    payload = b"[" * depth + b"]" * depth
    return reply(status, payload, {"Content-Type": "application/json"})


def endless_pages(
    body: Any = b"[]",
    *,
    changing: bool = True,
    header: str = "link",
    status: int = 200,
) -> Action:
    """A page with a `rel="next"` link to the same path: `?page=<n+2>` on request n if
    `changing`, else always `?page=2`. The link is relative to the request's path."""
    payload = _payload(body)

    def act(exchange: Exchange) -> None:
        page = exchange.number + 2 if changing else 2
        link = f'<{exchange.request.path}?page={page}>; rel="next"'
        headers = {"Content-Type": "application/json", header: link}
        exchange.send(head(status, headers, len(payload)) + payload)

    return act


def echo_headers(status: int = 200, body: Any = b"[]") -> Action:
    """Answer with every request header sent back as `X-Echo-<name>: <value>`."""
    payload = _payload(body)

    def act(exchange: Exchange) -> None:
        echoed = {f"X-Echo-{name}": value for name, value in exchange.request.headers.items()}
        headers = {"Content-Type": "application/json", **echoed}
        exchange.send(head(status, headers, len(payload)) + payload)

    return act


def _unscripted(exchange: Exchange) -> None:
    exchange.send(head(599, length=0))


@dataclass
class _Route:
    prefix: str
    action: Action
    counter: Iterator[int] = field(default_factory=itertools.count)


class FaultServer:
    """The server; see the module docstring. Build it with `running_fault_server()`."""

    def __init__(self) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.05)
        self.port: int = self._listener.getsockname()[1]
        self.stopping = threading.Event()
        self.seen: list[Seen] = []
        self._routes: dict[str, _Route] = {}
        self._lock = threading.Lock()
        self._threads: list[threading.Thread] = []
        self._conns: set[socket.socket] = set()
        self._acceptor = threading.Thread(target=self._accept, daemon=True)
        self._acceptor.start()

    def url(self, path: str = "") -> str:
        """`http://127.0.0.1:<port><path>`."""
        return f"http://127.0.0.1:{self.port}{path}"

    def route(self, prefix: str, action: Action) -> FaultServer:
        """Answer requests whose path starts with `prefix` with `action` (replaces any)."""
        with self._lock:
            self._routes[prefix] = _Route(prefix, action)
        return self

    def count(self, prefix: str = "/") -> int:
        """How many requests whose path starts with `prefix` arrived."""
        with self._lock:
            return sum(1 for seen in self.seen if seen.path.startswith(prefix))

    def stop(self) -> None:
        """Stop accepting, wake every action, close every connection, join the threads."""
        self.stopping.set()
        self._acceptor.join(timeout=5)
        with self._lock:
            conns = list(self._conns)
        for conn in conns:
            with suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
        for thread in self._threads:
            thread.join(timeout=5)
        self._listener.close()

    def _accept(self) -> None:
        while not self.stopping.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            thread = threading.Thread(target=self._handle, args=(conn,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _read(self, conn: socket.socket) -> Seen | None:
        data = b""
        while b"\r\n\r\n" not in data and len(data) < _READ_LIMIT:
            chunk = conn.recv(65536)
            if not chunk:
                return None
            data += chunk
        head_bytes, _, body = data.partition(b"\r\n\r\n")
        lines = head_bytes.decode("latin-1").split("\r\n")
        method, target, _ = [*lines[0].split(" ", 2), "", ""][:3]
        headers: dict[str, str] = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        length = min(int(headers.get("content-length", "0") or 0), _READ_LIMIT)
        while len(body) < length:
            chunk = conn.recv(65536)
            if not chunk:
                break
            body += chunk
        return Seen(method, target, headers, body)

    def _pick(self, seen: Seen) -> tuple[Action, int]:
        with self._lock:
            self.seen.append(seen)
            matches = [r for p, r in self._routes.items() if seen.path.startswith(p)]
            if not matches:
                return _unscripted, 0
            route = max(matches, key=lambda r: len(r.prefix))
            return route.action, next(route.counter)

    def _handle(self, conn: socket.socket) -> None:
        with self._lock:
            self._conns.add(conn)
        conn.settimeout(10)
        try:
            seen = self._read(conn)
            if seen is not None:
                action, number = self._pick(seen)
                action(Exchange(seen, conn, self, number))
        except OSError:
            pass  # the client hung up (or the test is over): nothing more to say
        finally:
            with self._lock:
                self._conns.discard(conn)
            conn.close()


@contextmanager
def running_fault_server() -> Iterator[FaultServer]:
    """A started `FaultServer`, stopped afterwards."""
    server = FaultServer()
    try:
        yield server
    finally:
        server.stop()
