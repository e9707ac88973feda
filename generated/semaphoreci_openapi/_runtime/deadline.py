"""An overall deadline per request, on top of httpx's per-phase timeouts.

httpx's timeouts bound each network operation: a server that sends one byte every
two seconds never trips a five-second read timeout, however long its answer takes.
While the client sends a request and reads its body it sets `current` to the
request's `Budget`; the network backend installed under the client's own transports
clamps every connect, TLS handshake, read and write to the time left, and fails at
once when none is left. The body reader (`body.py`) also checks between chunks, so a
transport passed in by the caller gets the deadline checked at least there.
"""

from __future__ import annotations

import ssl
import time
from collections.abc import Iterable
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

import httpcore
import httpx


@dataclass(frozen=True)
class Budget:
    """What one request may use: until when (`time.monotonic()`), and how many body bytes."""

    deadline: float
    """The instant (`time.monotonic()`) by which the whole answer must have arrived."""
    seconds: float
    """The deadline as configured, for messages."""
    max_bytes: int
    """The most decoded body bytes accepted."""

    @classmethod
    def starting_now(cls, seconds: float, max_bytes: int) -> Budget:
        """A budget of `seconds` from now."""
        return cls(time.monotonic() + seconds, seconds, max_bytes)

    def left(self) -> float:
        """Seconds left (negative once the deadline has passed)."""
        return self.deadline - time.monotonic()

    def expired_message(self) -> str:
        """Why a request stopped."""
        return f"the request took longer than its deadline of {self.seconds:g} s"


current: ContextVar[Budget | None] = ContextVar("semaphoreci_openapi_budget", default=None)


def _clamped(timeout: float | None, error: type[Exception]) -> float | None:
    """`timeout`, shortened to the current request's time left; `error` when none is left."""
    budget = current.get()
    if budget is None:
        return timeout
    left = budget.left()
    if left <= 0:
        raise error(budget.expired_message())
    return left if timeout is None else min(timeout, left)


def check(budget: Budget | None) -> None:
    """Raise `httpx.ReadTimeout` when `budget`'s deadline has passed."""
    if budget is not None and budget.left() <= 0:
        raise httpx.ReadTimeout(budget.expired_message())


class _Stream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _clamped(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _clamped(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        timeout = _clamped(timeout, httpcore.ConnectTimeout)
        return _Stream(self._inner.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _AsyncStream(httpcore.AsyncNetworkStream):
    def __init__(self, inner: httpcore.AsyncNetworkStream) -> None:
        self._inner = inner

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return await self._inner.read(max_bytes, _clamped(timeout, httpcore.ReadTimeout))

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._inner.write(buffer, _clamped(timeout, httpcore.WriteTimeout))

    async def aclose(self) -> None:
        await self._inner.aclose()

    async def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.AsyncNetworkStream:
        timeout = _clamped(timeout, httpcore.ConnectTimeout)
        return _AsyncStream(await self._inner.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


Options = Iterable[httpcore.SOCKET_OPTION] | None


class _Backend(httpcore.NetworkBackend):
    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self._inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Options = None,
    ) -> httpcore.NetworkStream:
        timeout = _clamped(timeout, httpcore.ConnectTimeout)
        return _Stream(self._inner.connect_tcp(host, port, timeout, local_address, socket_options))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Options = None
    ) -> httpcore.NetworkStream:
        timeout = _clamped(timeout, httpcore.ConnectTimeout)
        return _Stream(self._inner.connect_unix_socket(path, timeout, socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class _AsyncBackend(httpcore.AsyncNetworkBackend):
    def __init__(self, inner: httpcore.AsyncNetworkBackend) -> None:
        self._inner = inner

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Options = None,
    ) -> httpcore.AsyncNetworkStream:
        timeout = _clamped(timeout, httpcore.ConnectTimeout)
        inner = self._inner
        return _AsyncStream(
            await inner.connect_tcp(host, port, timeout, local_address, socket_options)
        )

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Options = None
    ) -> httpcore.AsyncNetworkStream:
        timeout = _clamped(timeout, httpcore.ConnectTimeout)
        return _AsyncStream(await self._inner.connect_unix_socket(path, timeout, socket_options))

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


def sync_transport(proxy: str | None) -> httpx.HTTPTransport:
    """httpx's transport, with every network operation held to the current deadline."""
    transport = httpx.HTTPTransport(proxy=proxy)
    # httpx offers no public way to pass httpcore a network backend; the pool keeps it
    # here. If a future httpcore moves it, the deadline is still checked between chunks.
    pool: Any = transport._pool
    if isinstance(getattr(pool, "_network_backend", None), httpcore.NetworkBackend):
        pool._network_backend = _Backend(pool._network_backend)
    return transport


def async_transport(proxy: str | None) -> httpx.AsyncHTTPTransport:
    """httpx's async transport, with every network operation held to the current deadline."""
    transport = httpx.AsyncHTTPTransport(proxy=proxy)
    pool: Any = transport._pool
    if isinstance(getattr(pool, "_network_backend", None), httpcore.AsyncNetworkBackend):
        pool._network_backend = _AsyncBackend(pool._network_backend)
    return transport


__all__ = ["Budget", "async_transport", "check", "current", "sync_transport"]
