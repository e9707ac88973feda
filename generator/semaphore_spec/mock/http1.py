"""The mock's HTTP/1.1 connection: an asyncio protocol on httptools that calls
`MockApp.respond` directly.

The app answers synchronously, so each request is answered as soon as its last byte is
parsed, in the order the requests came: keep-alive and pipelined requests need no task,
queue or ASGI message per request (uvicorn's cycle cost about twice the app's own time
per request; bench/README.md, "Mock").

Bounds, one timer per connection (`_check`):
- the request line and headers must arrive within `Limits.header_timeout` of the
  connection opening or of the previous answer (a client dripping bytes gains nothing);
- a body must keep coming: a pause longer than `Limits.body_timeout` is answered 408;
- at most `Limits.max_body_bytes` + 1 bytes of a body are kept (the app refuses it in the
  surface's format), the rest is read and dropped up to `limits.DRAIN_BYTES`, past which
  the answer is sent at once and the connection closed;
- the request line and headers together may not exceed `MAX_HEAD_BYTES` (431).
While the client does not read its answers, reading from it pauses.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from email.utils import formatdate
from http import HTTPStatus
from typing import cast

import httptools

from .app import MockApp, refuse, wire
from .exchange import HttpRequest
from .hosts import safe_host, server_host
from .limits import DRAIN_BYTES
from .responses import MockResponse

log = logging.getLogger("semaphore_spec.mock")

MAX_HEAD_BYTES = 64 * 1024
_REASONS = {status.value: status.phrase for status in HTTPStatus}
_CONTINUE = b"HTTP/1.1 100 Continue\r\n\r\n"


class _Date:
    """The `date` header's value, formatted once a second."""

    second = -1
    value = b""

    @classmethod
    def now(cls) -> bytes:
        second = int(time.time())
        if second != cls.second:
            cls.second, cls.value = second, formatdate(second, usegmt=True).encode()
        return cls.value


# (status, headers) -> the status line and headers, encoded; most answers repeat.
_HEADS: dict[tuple[int, tuple[tuple[str, str], ...]], bytes] = {}
_HEADS_MAX = 1024


def encode_response(response: MockResponse, headers: list[tuple[str, str]], body: bytes) -> bytes:
    """Status line, headers (lower-case names, a `date`) and body, ready to write.
    Raises ValueError for a header that would split the response."""
    key = (response.status, tuple(headers))
    head = _HEADS.get(key)
    if head is None:
        head = _encode_head(response.status, headers)
        if len(_HEADS) >= _HEADS_MAX:
            _HEADS.clear()
        _HEADS[key] = head
    return b"%s\r\ndate: %s\r\n\r\n%s" % (head, _Date.now(), body)


def _encode_head(status: int, headers: list[tuple[str, str]]) -> bytes:
    lines = [f"HTTP/1.1 {status} {_REASONS.get(status, '')}"]
    for name, value in headers:
        if "\r" in value or "\n" in value or "\r" in name or "\n" in name:
            raise ValueError(f"header {name!r} holds a line break")
        lines.append(f"{name.lower()}: {value}")
    return "\r\n".join(lines).encode("utf-8")


class Connection(asyncio.Protocol):
    """One client connection (see the module docstring)."""

    def __init__(self, app: MockApp, scheme: str, registry: set[Connection]) -> None:
        self.app = app
        self.scheme = scheme
        self.registry = registry
        self.loop = asyncio.get_running_loop()
        self.parser = httptools.HttpRequestParser(self)
        self.transport: asyncio.Transport | None = None
        self.fallback_host = "localhost"
        # The last `Host` header seen and the host it gave: a client repeats it.
        self._host: tuple[str | None, str] = (None, "localhost")
        self.stopping = False  # the server is stopping: close after the current answer
        self.busy = False  # between a request's first byte and its answer
        self._in_body = False
        self._deadline = 0.0
        self._timer: asyncio.TimerHandle | None = None
        self._reset()

    def _reset(self) -> None:
        self._url = b""
        # By lower-case name; repeated ones folded, comma-separated (`app.fold_headers`).
        self._headers: dict[str, str] = {}
        self._head_bytes = 0
        self._body = bytearray()
        self._received = 0

    # -- asyncio.Protocol ----------------------------------------------------------------

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        # A stream transport (uvloop's do not subclass asyncio.Transport).
        self.transport = cast(asyncio.Transport, transport)
        self.registry.add(self)
        sockname = transport.get_extra_info("sockname")
        if isinstance(sockname, tuple):
            self.fallback_host = server_host((str(sockname[0]), int(sockname[1])))
        self._host = (None, self.fallback_host)
        self._wait(self.app.limits.header_timeout)

    def connection_lost(self, exc: Exception | None) -> None:
        self.registry.discard(self)
        if self._timer is not None:
            self._timer.cancel()
        self.transport = None

    def data_received(self, data: bytes) -> None:
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserUpgrade:
            # The request was answered as a plain one; what follows is not HTTP/1.1.
            self._close()
        except httptools.HttpParserError as exc:
            if self.transport is not None and not self.transport.is_closing():
                too_large = isinstance(exc.__cause__ or exc.__context__, _HeadTooLarge)
                status = 431 if too_large else 400
                self._send(refuse("the request is not valid HTTP/1.1", status), b"", close=True)

    def pause_writing(self) -> None:
        if self.transport is not None:
            self.transport.pause_reading()

    def resume_writing(self) -> None:
        if self.transport is not None:
            self.transport.resume_reading()

    # -- httptools callbacks -------------------------------------------------------------

    def on_message_begin(self) -> None:
        self.busy = True

    def on_url(self, url: bytes) -> None:
        self._url += url
        self._count(len(url))

    def on_header(self, name: bytes, value: bytes) -> None:
        key, text = name.decode("latin-1").lower(), value.decode("latin-1")
        headers = self._headers
        headers[key] = f"{headers[key]}, {text}" if key in headers else text
        self._count(len(name) + len(value))

    def on_headers_complete(self) -> None:
        self._in_body = True
        self._wait(self.app.limits.body_timeout)
        expect = self._headers.get("expect")
        if (
            expect is not None
            and expect.lower() == "100-continue"
            and self.parser.get_http_version() == "1.1"
        ):
            self._write(_CONTINUE)

    def on_body(self, chunk: bytes) -> None:
        self._deadline = self.loop.time() + self.app.limits.body_timeout
        limit = self.app.limits.max_body_bytes
        self._received += len(chunk)
        if len(self._body) <= limit:
            self._body += chunk[: limit + 1 - len(self._body)]
        if self._received > limit + DRAIN_BYTES:
            # Too much to drain: answer now (the app refuses the body) and hang up.
            self._answer(close=True)

    def on_message_complete(self) -> None:
        # Pipelined requests after one that closed the connection are not answered.
        if self.busy and self.transport is not None and not self.transport.is_closing():
            self._answer(close=not self.parser.should_keep_alive())

    # -- answering -----------------------------------------------------------------------

    def _answer(self, close: bool) -> None:
        request = self._request()
        self._reset()
        self.busy = self._in_body = False
        close = close or self.stopping
        try:
            response = self.app.respond(request)
            headers, content = wire(request, response)
            self._send(response, content, close, headers)
        except Exception:
            log.exception("the mock failed to answer %s %s", request.method, request.raw_path)
            self._send(refuse("internal error (see the mock's log)", 500), b"", close=True)
            return
        if not close:
            self._wait(self.app.limits.header_timeout)

    def _request(self) -> HttpRequest:
        url = self._url.decode("latin-1")
        if not url.startswith("/") and url != "*":
            parsed = httptools.parse_url(self._url)
            url = (parsed.path or b"/").decode("latin-1")
            url += f"?{parsed.query.decode('latin-1')}" if parsed.query else ""
        path, _, query = url.partition("?")
        headers = self._headers
        sent = headers.get("host")
        if sent != self._host[0]:
            self._host = (sent, safe_host(sent, self.fallback_host))
        return HttpRequest(
            method=self.parser.get_method().decode("ascii").upper(),
            scheme=self.scheme,
            host=self._host[1],
            raw_path=path.partition("#")[0],
            query_string=query.partition("#")[0],
            headers=headers,
            body=bytes(self._body),
        )

    def _send(
        self,
        response: MockResponse,
        content: bytes,
        close: bool,
        headers: list[tuple[str, str]] | None = None,
    ) -> None:
        if headers is None:
            headers = [*response.headers, ("Content-Length", str(len(response.content)))]
            content = response.content
        if close:
            headers = [*headers, ("Connection", "close")]
        self._write(encode_response(response, headers, content))
        if close:
            self._close()

    def _write(self, data: bytes) -> None:
        if self.transport is not None and not self.transport.is_closing():
            self.transport.write(data)

    def _close(self) -> None:
        self.busy = False
        if self.transport is not None and not self.transport.is_closing():
            self.transport.close()

    # -- deadlines -----------------------------------------------------------------------

    def _count(self, size: int) -> None:
        self._head_bytes += size
        if self._head_bytes > MAX_HEAD_BYTES:
            raise _HeadTooLarge

    def _wait(self, seconds: float) -> None:
        """(Re)start the deadline of the current phase: headers or body."""
        self._deadline = self.loop.time() + seconds
        if self._timer is not None and self._timer.when() > self._deadline:
            self._timer.cancel()
            self._timer = None
        if self._timer is None:
            self._timer = self.loop.call_at(self._deadline, self._check)

    def _check(self) -> None:
        """Fire at the deadline; reschedule if it moved, else close (408 in a body)."""
        self._timer = None
        if self.transport is None or self.transport.is_closing():
            return
        if self.loop.time() < self._deadline:
            self._timer = self.loop.call_at(self._deadline, self._check)
        elif self._in_body:
            seconds = self.app.limits.body_timeout
            self._send(refuse(f"no request body for {seconds:g} s", 408), b"", close=True)
        else:
            self._close()

    def stop(self) -> None:
        """The server stops: close now when idle, else after the current answer."""
        self.stopping = True
        if not self.busy:
            self._close()

    def abort(self) -> None:
        """Drop the connection, whatever it was doing."""
        if self.transport is not None:
            self.transport.abort()


class _HeadTooLarge(Exception):
    """The request line and headers passed `MAX_HEAD_BYTES`."""


def connection_factory(
    app: MockApp, scheme: str, registry: set[Connection]
) -> Callable[[], Connection]:
    """What `loop.create_server` calls for each new connection."""
    return lambda: Connection(app, scheme, registry)
