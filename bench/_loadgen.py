"""A small closed-loop HTTP/1.1 load generator (asyncio, raw sockets), for bench/.

The same client drives every server a benchmark compares: `connections` kept-alive
connections each send the next request of the mix as soon as the previous answer is
complete (Content-Length or chunked bodies), for at most `duration` seconds and at most
`max_requests` requests, to 127.0.0.1 only. Requests are encoded once up front, so the
client costs little per request next to a server written in Python or Node.
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from dataclasses import dataclass, field


@dataclass
class Load:
    """What one run measured."""

    elapsed: float = 0.0
    latencies: list[float] = field(default_factory=list)  # seconds, one per answered request
    statuses: Counter[int] = field(default_factory=Counter)
    errors: int = 0

    @property
    def throughput(self) -> float:
        return len(self.latencies) / self.elapsed if self.elapsed else 0.0

    def percentile(self, q: float) -> float:
        """The q-th percentile latency (nearest rank)."""
        ordered = sorted(self.latencies)
        if not ordered:
            return float("nan")
        rank = max(0, min(len(ordered) - 1, round(q / 100 * len(ordered) + 0.5) - 1))
        return ordered[rank]


def encode(
    method: str, target: str, headers: list[tuple[str, str]], body: bytes, host: str
) -> bytes:
    """One HTTP/1.1 request, ready to write."""
    lines = [f"{method} {target} HTTP/1.1", f"Host: {host}"]
    lines += [f"{name}: {value}" for name, value in headers]
    if body or method in ("POST", "PUT", "PATCH"):
        lines.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


async def _read_response(reader: asyncio.StreamReader) -> tuple[int, bool]:
    """Read one whole response; (status, whether the server will close)."""
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ", 2)[1])
    length: int | None = None
    chunked = close = False
    for line in lines[1:]:
        name, _, value = line.partition(":")
        name, value = name.strip().lower(), value.strip().lower()
        if name == "content-length":
            length = int(value)
        elif name == "transfer-encoding" and "chunked" in value:
            chunked = True
        elif name == "connection" and value == "close":
            close = True
    if chunked:
        while True:
            size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
            await reader.readexactly(size + 2)
            if size == 0:
                break
    elif length:
        await reader.readexactly(length)
    elif length is None and close:
        await reader.read()
    return status, close


async def run(
    port: int,
    requests: list[bytes],
    *,
    connections: int,
    duration: float,
    max_requests: int,
) -> Load:
    """Drive 127.0.0.1:`port` with the request mix (each connection starts at another
    place in it) until `duration` or `max_requests` runs out."""
    load = Load()
    deadline = time.perf_counter() + duration
    budget = [max_requests]

    async def connection(offset: int) -> None:
        reader, writer = await asyncio.open_connection("127.0.0.1", port, limit=1 << 22)
        index = offset
        try:
            while budget[0] > 0 and time.perf_counter() < deadline:
                budget[0] -= 1
                request = requests[index % len(requests)]
                index += 1
                start = time.perf_counter()
                try:
                    writer.write(request)
                    status, close = await _read_response(reader)
                except (ConnectionError, asyncio.IncompleteReadError, ValueError):
                    load.errors += 1
                    close = True
                else:
                    load.latencies.append(time.perf_counter() - start)
                    load.statuses[status] += 1
                if close:
                    writer.close()
                    reader, writer = await asyncio.open_connection("127.0.0.1", port, limit=1 << 22)
        finally:
            writer.close()

    start = time.perf_counter()
    step = max(1, len(requests) // connections)
    await asyncio.gather(*(connection(i * step) for i in range(connections)))
    load.elapsed = time.perf_counter() - start
    return load


async def one(port: int, request: bytes) -> int:
    """Send one request on a fresh connection; its status."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port, limit=1 << 22)
    try:
        writer.write(request)
        status, _ = await _read_response(reader)
        return status
    finally:
        writer.close()
