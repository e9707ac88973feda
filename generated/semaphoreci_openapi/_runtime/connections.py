"""The httpx clients behind a `BaseClient`, shared with its `with_options` copies.

Each is built on first use, with the credentials transport (auth.py) over httpx's
transport held to the request deadline (deadline.py), and a response hook that reads
every body within the request's budget (body.py).
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Mapping
from urllib.request import getproxies, proxy_bypass

import httpx

from . import body, deadline
from .auth import AsyncAuthTransport, AuthTransport, Credentials

AnyTransport = httpx.BaseTransport | httpx.AsyncBaseTransport


def env_proxy(url: str) -> str | None:
    """The proxy the environment (HTTPS_PROXY, NO_PROXY...) sets for `url`, if any."""
    parsed = httpx.URL(url)
    if proxy_bypass(parsed.host):
        return None
    return getproxies().get(parsed.scheme)


class Connections:
    """The httpx clients and concurrency limits a client shares with its `with_options` copies."""

    def __init__(
        self,
        *,
        transport: AnyTransport | None,
        credentials: Credentials,
        follow_redirects: bool,
        max_concurrency: int,
        headers: Mapping[str, str],
        proxy: str | None,
    ) -> None:
        self._transport = transport
        self._credentials = credentials
        self._follow_redirects = follow_redirects
        self._headers = {"Accept-Encoding": body.ACCEPT_ENCODING, **headers}
        self._proxy = proxy
        self._max_concurrency = max_concurrency
        self._lock = threading.Lock()
        self._sync: httpx.Client | None = None
        self._async: httpx.AsyncClient | None = None
        self._sync_limit = threading.BoundedSemaphore(max_concurrency)
        self._async_limit: asyncio.Semaphore | None = None

    def sync_client(self) -> httpx.Client:
        with self._lock:
            if self._sync is None:
                inner = self._transport
                if inner is None:
                    inner = deadline.sync_transport(self._proxy)
                if not isinstance(inner, httpx.BaseTransport):
                    raise TypeError("this client's transport only supports async calls")
                self._sync = httpx.Client(
                    transport=AuthTransport(inner, self._credentials),
                    headers=self._headers,
                    follow_redirects=self._follow_redirects,
                    event_hooks={"response": [body.read_bounded]},
                )
            return self._sync

    def async_client(self) -> httpx.AsyncClient:
        with self._lock:
            if self._async is None:
                inner = self._transport
                if inner is None:
                    inner = deadline.async_transport(self._proxy)
                if not isinstance(inner, httpx.AsyncBaseTransport):
                    raise TypeError("this client's transport only supports sync calls")
                self._async = httpx.AsyncClient(
                    transport=AsyncAuthTransport(inner, self._credentials),
                    headers=self._headers,
                    follow_redirects=self._follow_redirects,
                    event_hooks={"response": [body.aread_bounded]},
                )
            return self._async

    # The semaphores themselves are the context managers: a generator-based one around
    # them cost a microsecond or two per request (bench/README.md, client overhead).
    def sync_slot(self) -> threading.Semaphore:
        return self._sync_limit

    def async_slot(self) -> asyncio.Semaphore:
        # Created on first use, inside the event loop that will use it.
        if self._async_limit is None:
            self._async_limit = asyncio.Semaphore(self._max_concurrency)
        return self._async_limit

    def close(self) -> None:
        if self._sync is not None:
            self._sync.close()

    async def aclose(self) -> None:
        if self._async is not None:
            await self._async.aclose()
        self.close()  # a client used both ways is closed both ways


__all__ = ["AnyTransport", "Connections", "env_proxy"]
