"""A lean HTTP/1.1 server of v1alpha pipelines, for bench/client_overhead.py.

    python bench/_pipelines_server.py [--total N]   # prints `port: N`, serves until killed

It answers two requests the way Semaphore does, from the recorded fixtures:
`GET /api/v1alpha/pipelines/{id}` with the recorded describePipeline body, and
`GET /api/v1alpha/pipelines?page=&page_size=` with a page of a list of `--total`
pipelines (the recorded list items, repeated, each `ppl_id` starting with the page
number in hex, so that no two pages are the same, as on a real server: the client stops
a walk that keeps getting the same page) and the real `link`, `total`, `per-page`,
`total-pages` and `page-number` headers. Bodies are encoded once per page size (a page
only stamps its number in), so the server spends as little as possible per request and
the comparison measures the clients, not the server. Only 127.0.0.1; it exits when its parent does.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode

ROOT = Path(__file__).resolve().parent.parent
PREFIX = "/api/v1alpha"
_MARK = b"pppppppp"  # where a page stamps its number: the first 8 hex digits of ppl_id


def recorded() -> tuple[bytes, list[dict[str, object]]]:
    """The recorded describePipeline body and the recorded list items."""
    from semaphore_spec.fixtures import load_fixtures

    describe: bytes | None = None
    items: list[dict[str, object]] = []
    for fixture in load_fixtures(ROOT, "v1alpha"):
        status = fixture.response.get("status")
        body = fixture.response.get("body")
        if fixture.operation_id == "describePipeline" and status == 200 and fixture.variant is None:
            describe = json.dumps(body).encode()
        if fixture.operation_id == "listPipelines" and status == 200 and isinstance(body, list):
            items.extend(body)
    if describe is None or not items:
        sys.exit("the recorded describePipeline/listPipelines fixtures are missing")
    return describe, items


class Pipelines:
    def __init__(self, total: int) -> None:
        self.total = total
        self.describe, self.items = recorded()
        self.bodies: dict[int, bytes] = {}

    def page_body(self, size: int, count: int, number: int) -> bytes:
        key = size * 1_000_000 + count
        body = self.bodies.get(key)
        if body is None:
            page = [self.items[i % len(self.items)] for i in range(count)]
            mark = _MARK.decode()
            page = [{**item, "ppl_id": mark + str(item["ppl_id"])[8:]} for item in page]
            body = self.bodies[key] = json.dumps(page).encode()
        return body.replace(_MARK, b"%08x" % number)

    def answer(self, host: str, path: str, query: str) -> tuple[int, list[tuple[str, str]], bytes]:
        if path.startswith(PREFIX + "/pipelines/"):
            return 200, [("content-type", "application/json")], self.describe
        if path != PREFIX + "/pipelines":
            return 404, [("content-type", "application/json")], b'{"message":"Not Found"}'
        params = {k: v[-1] for k, v in parse_qs(query).items()}
        page = int(params.get("page", "1"))
        size = int(params.get("page_size", "30"))
        pages = max(1, -(-self.total // size))
        first = (page - 1) * size
        count = max(0, min(size, self.total - first))

        def link(number: int) -> str:
            # As the real server writes them: http://, the query in alphabetical order.
            merged = {**params, "page": str(number)}
            return f"http://{host}{path}?{urlencode(sorted(merged.items()))}"

        rels = []
        if page < pages:
            rels.append(f'<{link(page + 1)}>; rel="next"')
        if page > 1:
            rels.append(f'<{link(page - 1)}>; rel="prev"')
        rels += [f'<{link(1)}>; rel="first"', f'<{link(pages)}>; rel="last"']
        headers = [
            ("content-type", "application/json"),
            ("link", ", ".join(rels)),
            ("total", str(self.total)),
            ("per-page", str(size)),
            ("total-pages", str(pages)),
            ("page-number", str(page)),
        ]
        return 200, headers, self.page_body(size, count, page)


def in_memory(total: int) -> Any:
    """An `httpx.MockTransport` answering what this server answers, without a socket
    (client_overhead.py's in-memory rows; httpx is imported only for them)."""
    import httpx

    pipelines = Pipelines(total)

    def answer(request: httpx.Request) -> httpx.Response:
        url = request.url
        status, headers, body = pipelines.answer(url.host, url.path, url.query.decode())
        return httpx.Response(status, headers=headers, content=body)

    return httpx.MockTransport(answer)


async def handle(
    pipelines: Pipelines, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
) -> None:
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            lines = head.decode("latin-1").split("\r\n")
            _method, target, _version = lines[0].split(" ", 2)
            headers = {}
            for line in lines[1:]:
                if line:
                    name, _, value = line.partition(":")
                    headers[name.strip().lower()] = value.strip()
            length = int(headers.get("content-length", "0"))
            if length:
                await reader.readexactly(length)
            path, _, query = target.partition("?")
            status, extra, body = pipelines.answer(headers.get("host", "127.0.0.1"), path, query)
            reason = "OK" if status == 200 else "Not Found"
            out = [f"HTTP/1.1 {status} {reason}", f"content-length: {len(body)}"]
            out += [f"{name}: {value}" for name, value in extra]
            writer.write(("\r\n".join(out) + "\r\n\r\n").encode("latin-1") + body)
            await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError):
        pass
    finally:
        writer.close()


async def watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        await asyncio.sleep(1)
    os._exit(0)


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--total", type=int, default=100_000)
    args = parser.parse_args()
    pipelines = Pipelines(args.total)
    server = await asyncio.start_server(
        lambda r, w: handle(pipelines, r, w), "127.0.0.1", 0, limit=1 << 20
    )
    port = server.sockets[0].getsockname()[1]
    print(f"port: {port}", flush=True)
    watcher = asyncio.create_task(watch_parent(os.getppid()))
    async with server:
        await server.serve_forever()
    watcher.cancel()


if __name__ == "__main__":
    asyncio.run(main())
