"""The mock behind an httpx client, with no network in between.

    client = httpx.Client(transport=MockTransport(root=root), base_url="https://semaphoreci.com")
    client.get("/api/v1/projects", params={"auth_token": "TOKEN"})

`AsyncMockTransport` is the same for `httpx.AsyncClient` (it runs the ASGI app).
The sync transport calls the app's request handler directly, which needs no event
loop (httpx's own ASGITransport is async-only). Requests keep their scheme and host,
so links the mock writes (pagination) point back at the same base URL.
"""

from __future__ import annotations

from pathlib import Path

import httpx

from .app import HttpRequest, MockApp, create_app, fold_headers, wire
from .hosts import safe_host


def _app(app: MockApp | None, root: Path | None, surfaces: list[str] | None) -> MockApp:
    if app is not None:
        return app
    if root is None:
        raise ValueError("give the mock app, or the project root to build it from")
    return create_app(root, surfaces)


class MockTransport(httpx.BaseTransport):
    """A synchronous httpx transport answered by the mock."""

    def __init__(
        self,
        app: MockApp | None = None,
        *,
        root: Path | None = None,
        surfaces: list[str] | None = None,
    ) -> None:
        self.app = _app(app, root, surfaces)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Answer `request` with the mock."""
        raw_path, _, query = request.url.raw_path.decode("ascii").partition("?")
        incoming = HttpRequest(
            method=request.method,
            scheme=request.url.scheme,
            host=safe_host(request.headers.get("host"), request.url.netloc.decode("ascii")),
            raw_path=raw_path,
            query_string=query,
            headers=fold_headers(request.headers.multi_items()),
            body=request.read(),
        )
        response = self.app.respond(incoming)
        headers, content = wire(incoming, response)
        return httpx.Response(response.status, headers=headers, content=content, request=request)


class AsyncMockTransport(httpx.ASGITransport):
    """An asynchronous httpx transport answered by the mock (through its ASGI interface)."""

    def __init__(
        self,
        app: MockApp | None = None,
        *,
        root: Path | None = None,
        surfaces: list[str] | None = None,
    ) -> None:
        self.mock = _app(app, root, surfaces)
        super().__init__(app=self.mock)
