"""The mock's own HTTP/1.1 server (semaphore_spec.mock.http1, .server) over real
sockets: keep-alive, pipelining, bodies in pieces, oversize and endless bodies, broken
requests, deadlines, many connections at once and the stop.

Each test serves the mock on 127.0.0.1 and a free port from a thread
(`serving_in_thread`); timeouts are short and bounds generous (the machine is shared).
"""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from conftest import ROOT
from semaphore_spec.errors import SpecError
from semaphore_spec.mock import Exchange, MockResponse, create_app, http1
from semaphore_spec.mock.app import MockApp
from semaphore_spec.mock.limits import Limits
from semaphore_spec.mock.server import MockServer, listen, serving_in_thread

PROJECTS = "/api/v1/projects?auth_token=T"
HOOK = "/api/v1/projects/abc/hooks?auth_token=T"
SHORT = Limits(max_body_bytes=10_000, header_timeout=0.5, body_timeout=0.5)
GIVE_UP = 20.0  # seconds; far above the 0.5 s timeouts, so only a missing bound fails


@contextmanager
def served(app: MockApp | None = None) -> Iterator[int]:
    """The port of `app` (default: the v1 mock with short limits) served on a thread."""
    listener = listen("127.0.0.1", 0, tls=False)
    with serving_in_thread(app or create_app(ROOT, ["v1"], limits=SHORT), listener):
        yield listener.port


@contextmanager
def connected(port: int) -> Iterator[socket.socket]:
    with socket.create_connection(("127.0.0.1", port), timeout=GIVE_UP) as sock:
        yield sock


def request(target: str, method: str = "GET", body: bytes = b"", extra: str = "") -> bytes:
    head = f"{method} {target} HTTP/1.1\r\nHost: mock.test\r\n{extra}"
    if body or method == "POST":
        head += f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n"
    return (head + "\r\n").encode() + body


class Reader:
    """Reads whole responses (Content-Length bodies) off a socket."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.buffer = b""

    def _fill(self) -> None:
        chunk = self.sock.recv(65536)
        if not chunk:
            raise ConnectionError("closed by the mock")
        self.buffer += chunk

    def response(self) -> tuple[int, dict[str, str], bytes]:
        while b"\r\n\r\n" not in self.buffer:
            self._fill()
        head, self.buffer = self.buffer.split(b"\r\n\r\n", 1)
        lines = head.decode("latin-1").split("\r\n")
        headers = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        length = int(headers.get("content-length", "0"))
        while len(self.buffer) < length:
            self._fill()
        body, self.buffer = self.buffer[:length], self.buffer[length:]
        return int(lines[0].split(" ")[1]), headers, body

    def closed(self) -> bool:
        """Whether the mock closes the connection (after whatever it still sends)."""
        try:
            while self.sock.recv(65536):
                pass
        except ConnectionResetError:
            pass
        return True


def test_keep_alive_answers_several_requests_on_one_connection() -> None:
    with served() as port, connected(port) as sock:
        reader = Reader(sock)
        for _ in range(3):
            sock.sendall(request(PROJECTS))
            status, headers, body = reader.response()
            assert status == 200
            assert body.startswith(b"[")
            assert "connection" not in headers
            assert headers["date"].endswith(" GMT")


def test_pipelined_requests_are_answered_in_order() -> None:
    # 200, 401 (no credentials), 404 (no such operation): one write, three answers.
    batch = (
        request(PROJECTS) + request("/api/v1/projects") + request("/api/v1/nothing?auth_token=T")
    )
    with served() as port, connected(port) as sock:
        sock.sendall(batch * 20)
        reader = Reader(sock)
        statuses = [reader.response()[0] for _ in range(60)]
    assert statuses == [200, 401, 404] * 20


def test_a_body_sent_in_pieces_is_answered_once_whole() -> None:
    body = b'{"url": "http://google.com", "hook_type": "all"}'
    seen: list[bytes] = []

    def record(exchange: Exchange, response: MockResponse) -> MockResponse:
        seen.append(exchange.request.body)
        return response

    app = create_app(ROOT, ["v1"], limits=SHORT, response_hook=record)
    with served(app) as port, connected(port) as sock:
        whole = request(HOOK, "POST", body)
        for piece in (whole[:40], whole[40:-10], whole[-10:]):
            sock.sendall(piece)
            time.sleep(0.1)  # each piece arrives on its own, well within the body timeout
        status, _, _ = Reader(sock).response()
    assert seen == [body]
    assert status == 200


def test_a_body_past_the_limit_is_refused_and_the_connection_stays_usable() -> None:
    with served() as port, connected(port) as sock:
        sock.sendall(request(HOOK, "POST", b'{"name": "' + b"a" * 50_000 + b'"}'))
        reader = Reader(sock)
        status, _, body = reader.response()
        assert status == 400
        assert b"larger than 10000 bytes" in body
        sock.sendall(request(PROJECTS))
        assert reader.response()[0] == 200


def test_a_body_past_what_is_drained_is_answered_at_once_and_closed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(http1, "DRAIN_BYTES", 100_000)
    head = request(HOOK, "POST").replace(b"Content-Length: 0", b"Content-Length: 50000000")
    with served() as port, connected(port) as sock:
        sock.sendall(head + b'{"name": "')
        with pytest.raises(OSError):  # the mock hangs up long before 50 MB went out
            for _ in range(50_000_000 // 65536):
                sock.sendall(b"a" * 65536)
        status, headers, body = Reader(sock).response()
    assert (status, headers["connection"]) == (400, "close")
    assert b"larger than 10000 bytes" in body


def test_a_body_that_stops_coming_is_answered_408_and_closed() -> None:
    with served() as port, connected(port) as sock:
        sock.sendall(request(HOOK, "POST").replace(b"Length: 0", b"Length: 100") + b"{")
        reader = Reader(sock)
        status, headers, _ = reader.response()
        assert (status, headers["connection"]) == (408, "close")
        assert reader.closed()


def test_a_kept_alive_connection_left_idle_is_closed() -> None:
    with served() as port, connected(port) as sock:
        sock.sendall(request(PROJECTS))
        reader = Reader(sock)
        assert reader.response()[0] == 200
        started = time.monotonic()
        assert reader.closed()
        assert time.monotonic() - started < GIVE_UP


def test_head_says_the_length_and_sends_no_body() -> None:
    with served() as port, connected(port) as sock:
        sock.sendall(request(PROJECTS, "HEAD") + request(PROJECTS))
        reader = Reader(sock)
        while b"\r\n\r\n" not in reader.buffer:
            reader._fill()
        first, reader.buffer = reader.buffer.split(b"\r\n\r\n", 1)
        assert first.startswith(b"HTTP/1.1 200 ")
        assert int(first.lower().split(b"content-length: ")[1].split(b"\r\n")[0]) > 0
        # Had the HEAD answer carried a body, the GET's status line would not come next.
        assert reader.response()[0] == 200


def test_http_1_0_and_connection_close_are_answered_then_closed() -> None:
    with served() as port:
        for raw in (
            f"GET {PROJECTS} HTTP/1.0\r\nHost: x\r\n\r\n".encode(),
            request(PROJECTS, extra="Connection: close\r\n"),
        ):
            with connected(port) as sock:
                sock.sendall(raw + request(PROJECTS))  # the second is never answered
                reader = Reader(sock)
                status, headers, _ = reader.response()
                assert (status, headers["connection"]) == (200, "close")
                assert reader.closed()
                assert reader.buffer == b""


def test_expect_100_continue_gets_its_interim_answer() -> None:
    body = b'{"url": "http://google.com", "hook_type": "all"}'
    head = request(HOOK, "POST", body, extra="Expect: 100-continue\r\n")[: -len(body)]
    with served() as port, connected(port) as sock:
        sock.sendall(head)
        assert sock.recv(64).startswith(b"HTTP/1.1 100 Continue\r\n\r\n")
        sock.sendall(body)
        assert Reader(sock).response()[0] in (200, 201)


@pytest.mark.parametrize(
    ("raw", "status"),
    [
        (b"NOT HTTP AT ALL\r\n\r\n", 400),
        (b"GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 70_000 + b"\r\n\r\n", 431),
    ],
    ids=["garbage", "huge-headers"],
)
def test_a_broken_request_is_refused_and_closed(raw: bytes, status: int) -> None:
    with served() as port, connected(port) as sock:
        sock.sendall(raw)
        reader = Reader(sock)
        answer, headers, _ = reader.response()
        assert (answer, headers["connection"]) == (status, "close")
        assert reader.closed()


@pytest.mark.parametrize(
    "hook",
    ["raises", "splits-headers"],
)
def test_an_app_failure_is_a_500_not_a_hang_or_a_split_response(
    hook: str, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(exchange: Exchange, response: MockResponse) -> MockResponse:
        if hook == "raises":
            raise RuntimeError("boom")
        response.headers.append(("X-Evil", "a\r\nSet-Cookie: stolen=1"))
        return response

    app = create_app(ROOT, ["v1"], limits=SHORT, response_hook=broken)
    with served(app) as port, connected(port) as sock:
        sock.sendall(request(PROJECTS))
        reader = Reader(sock)
        status, headers, _ = reader.response()
        assert status == 500
        assert "set-cookie" not in headers
        assert reader.closed()
    assert "the mock failed to answer GET /api/v1/projects" in caplog.text


def test_five_hundred_connections_at_once_are_all_answered() -> None:
    async def one(port: int) -> int:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(request(PROJECTS, extra="Connection: close\r\n"))
        answer = await reader.read()
        writer.close()
        return int(answer.split(b" ", 2)[1])

    async def all_at_once(port: int) -> list[int]:
        return await asyncio.wait_for(asyncio.gather(*(one(port) for _ in range(500))), GIVE_UP)

    app = create_app(ROOT, ["v1"])  # default deadlines: a slow machine must not fail it
    with served(app) as port:
        assert asyncio.run(all_at_once(port)) == [200] * 500


def test_stop_closes_idle_connections_at_once_and_busy_ones_after_the_grace() -> None:
    app = create_app(ROOT, ["v1"])  # 10 s deadlines: only the stop closes anything

    async def scenario() -> tuple[float, bytes, bytes]:
        server = MockServer(app, listen("127.0.0.1", 0, tls=False))
        await server.start()
        port = server.listener.port
        idle_reader, _ = await asyncio.open_connection("127.0.0.1", port)
        busy_reader, busy_writer = await asyncio.open_connection("127.0.0.1", port)
        busy_writer.write(request(HOOK, "POST").replace(b"Length: 0", b"Length: 100") + b"{")
        await asyncio.sleep(0.2)  # both connections reach the server
        started = time.monotonic()
        await server.stop(grace=0.3)
        idle = await asyncio.wait_for(idle_reader.read(), GIVE_UP)
        busy = await asyncio.wait_for(busy_reader.read(), GIVE_UP)
        return time.monotonic() - started, idle, busy

    seconds, idle, busy = asyncio.run(scenario())
    assert (idle, busy) == (b"", b"")  # closed, nothing half-sent
    assert seconds < 5


def test_a_thread_that_cannot_start_is_a_typed_error() -> None:
    listener = listen("127.0.0.1", 0, tls=False)
    listener.sock.close()  # nothing to accept on
    with (
        pytest.raises(SpecError, match="did not start"),
        serving_in_thread(create_app(ROOT, ["v1"]), listener),
    ):
        pass


def test_pipelined_answers_left_unread_for_a_while_all_arrive_in_order() -> None:
    # 2,000 pipelined requests whose answers the client leaves unread at first (the
    # mock pauses reading while its write buffer is full), then reads them all.
    with served(create_app(ROOT, ["v1"])) as port, connected(port) as sock:
        sender = threading.Thread(target=sock.sendall, args=(request(PROJECTS) * 2000,))
        sender.start()
        time.sleep(0.5)
        reader = Reader(sock)
        statuses = [reader.response()[0] for _ in range(2000)]
        sender.join(GIVE_UP)
    assert statuses == [200] * 2000
