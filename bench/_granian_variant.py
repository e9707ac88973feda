"""The mock's app behind granian (Rust HTTP server, RSGI interface), for the
side-by-side rows of bench/mock_server.py. A candidate that did not ship
(bench/README.md, "Mock"): not what `semaphore-spec mock` runs.

    python bench/_granian_variant.py --root ROOT --surface NAME --port PORT [--asgi]

RSGI: granian parses the request in Rust and hands the app a scope and the whole body;
the adapter below builds the mock's `HttpRequest` and calls `MockApp.respond` directly,
as the shipped protocol does. `--asgi` serves the ASGI app instead. One worker, in this
process (granian's embedded server on asyncio's loop), header read timeout 10 s.
Needs `pip install granian==2.8.7` (bench/requirements.txt).
"""

from __future__ import annotations

import argparse
import asyncio
from pathlib import Path
from typing import Any

from granian.constants import HTTPModes, Interfaces
from granian.http import HTTP1Settings
from granian.log import LogLevels
from granian.server.embed import Server

from semaphore_spec.mock.app import MockApp, create_app, fold_headers, wire
from semaphore_spec.mock.exchange import HttpRequest
from semaphore_spec.mock.hosts import safe_host


class RsgiMock:
    """`MockApp.respond` as an RSGI application."""

    def __init__(self, app: MockApp, fallback_host: str) -> None:
        self.app = app
        self.fallback_host = fallback_host

    async def __rsgi__(self, scope: Any, protocol: Any) -> None:
        limit = self.app.limits.max_body_bytes
        body = bytearray()
        async for chunk in protocol:
            if len(body) <= limit:
                body += chunk[: limit + 1 - len(body)]
        headers = fold_headers(scope.headers.items())
        request = HttpRequest(
            method=scope.method.upper(),
            scheme=scope.scheme,
            host=safe_host(headers.get("host"), self.fallback_host),
            raw_path=scope.path,
            query_string=scope.query_string,
            headers=headers,
            body=bytes(body),
        )
        response = self.app.respond(request)
        pairs, content = wire(request, response)
        protocol.response_bytes(response.status, [(n.lower(), v) for n, v in pairs], content)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--root", type=Path, required=True)
    parser.add_argument("--surface", action="append")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--asgi", action="store_true")
    args = parser.parse_args()
    app = create_app(args.root, args.surface)
    target: Any = app if args.asgi else RsgiMock(app, f"127.0.0.1:{args.port}")
    server = Server(
        target,
        address="127.0.0.1",
        port=args.port,
        interface=Interfaces.ASGINL if args.asgi else Interfaces.RSGI,
        http=HTTPModes.http1,
        http1_settings=HTTP1Settings(header_read_timeout=10_000),
        log_level=LogLevels.warning,
        websockets=False,
    )
    asyncio.run(server.serve())


if __name__ == "__main__":
    main()
