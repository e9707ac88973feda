"""Shared helpers of the client tests (this module holds no tests).

`CANARY` is the API token every client test uses: test_token_leak.py runs the client
tests and looks for it in everything they produce. `ScriptedServer` is a real HTTP/1.1
server on 127.0.0.1 that answers each request with the next scripted action, including
faults no well-behaved server library would produce (connection resets, bodies cut
short, silence).
"""

from __future__ import annotations

import json
import socket
import struct
import threading
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import yaml

from conftest import ROOT

CANARY = "sem-canary-6f1d2c0e9b7a4c3d"
PROJECT_ID = "c394d20b-b3c6-4c90-b743-a9a65fa95a78"
FIXTURES = ROOT / "tests" / "fixtures"
# Backoff small enough for tests; the policy's logic is the same.
FAST = {"initial_backoff": 0.01, "max_backoff": 0.05}


def fixture_body(surface: str, name: str) -> Any:
    """The recorded response body of tests/fixtures/<surface>/<name>.yaml."""
    data = yaml.safe_load((FIXTURES / surface / f"{name}.yaml").read_text(encoding="utf-8"))
    return data["response"]["body"]


@dataclass
class Reply:
    """An HTTP response to send: JSON for dicts and lists, text for str, or raw bytes."""

    status: int = 200
    body: Any = b""
    headers: dict[str, str] = field(default_factory=dict)

    def encode(self) -> bytes:
        if isinstance(self.body, bytes):
            payload = self.body
        elif isinstance(self.body, str):
            payload = self.body.encode()
        else:
            payload = json.dumps(self.body).encode()
        reason = {520: "Unknown Error"}.get(self.status, "X")
        lines = [f"HTTP/1.1 {self.status} {reason}"]
        lines += [f"{k}: {v}" for k, v in self.headers.items()]
        lines += [f"Content-Length: {len(payload)}", "Connection: close", "", ""]
        return "\r\n".join(lines).encode() + payload


RESET = "reset"  # close the connection with a TCP RST, no answer
CUT_SHORT = "cut-short"  # announce 100 bytes, send 10, close
SILENCE = "silence"  # read the request, never answer


@dataclass
class Seen:
    """A request the server received."""

    method: str
    target: str
    headers: dict[str, str]
    body: bytes


class ScriptedServer:
    """A local HTTP server answering each request with the next scripted action."""

    def __init__(self) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.05)
        self.port = self._listener.getsockname()[1]
        self._script: deque[Reply | str] = deque()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self.seen: list[Seen] = []
        self._acceptor = threading.Thread(target=self._accept, daemon=True)
        self._acceptor.start()

    def url(self, path: str = "") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def script(self, *actions: Reply | str) -> None:
        with self._lock:
            self._script.extend(actions)

    def stop(self) -> None:
        self._stop.set()
        self._acceptor.join(timeout=5)
        for thread in self._threads:
            thread.join(timeout=5)
        self._listener.close()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            thread = threading.Thread(target=self._handle, args=(conn,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _read_request(self, conn: socket.socket) -> Seen | None:
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = conn.recv(65536)
            if not chunk:
                return None
            data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        method, target, _ = lines[0].split(" ", 2)
        headers = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        length = int(headers.get("content-length", "0"))
        while len(body) < length:
            chunk = conn.recv(65536)
            if not chunk:
                break
            body += chunk
        return Seen(method, target, headers, body)

    def _handle(self, conn: socket.socket) -> None:
        conn.settimeout(5)
        try:
            seen = self._read_request(conn)
            if seen is None:
                return
            with self._lock:
                self.seen.append(seen)
                action = self._script.popleft() if self._script else Reply(599, "unscripted")
            if action == RESET:
                conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            elif action == CUT_SHORT:
                conn.sendall(b'HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n[{"wf_id":')
            elif action == SILENCE:
                self._stop.wait(10)
            elif isinstance(action, Reply):
                conn.sendall(action.encode())
        except OSError:
            pass
        finally:
            conn.close()


@contextmanager
def scripted_server() -> Iterator[ScriptedServer]:
    """A running `ScriptedServer`, stopped afterwards."""
    server = ScriptedServer()
    try:
        yield server
    finally:
        server.stop()


def read_yaml(path: Path) -> Any:
    """A YAML file's content."""
    return yaml.safe_load(path.read_text(encoding="utf-8"))


class Recorder:
    """A transport that answers 200 `[]` and keeps the requests as sent."""

    def __init__(self) -> None:
        self.seen: list[httpx.Request] = []

    def transport(self) -> httpx.MockTransport:
        def handle(request: httpx.Request) -> httpx.Response:
            self.seen.append(request)
            return httpx.Response(200, json=[])

        return httpx.MockTransport(handle)
