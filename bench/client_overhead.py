"""Benchmark 2, client overhead: the generated client against raw httpx + json.loads.

    python bench/client_overhead.py [--repeats N] [--quick] [--no-record]

The server is bench/_pipelines_server.py in its own process on 127.0.0.1: a lean
asyncio server answering v1alpha's describePipeline and listPipelines from the recorded
fixtures (bodies encoded once), so the time per request is the clients' own, not a
slow server's. Both sides send the same requests over one kept-alive connection, one at a
time, and the baseline does only what any caller must: `httpx.Client.get` (or
`AsyncClient`) with the `Authorization` header, then `json.loads(response.content)`.

1. Per request, sync and async: describe a pipeline, list 30 pipelines, list 1,000
   pipelines (one page of 1,000). Target: at most 1.2x the baseline per request.
2. Parsing: 10,000 list items into `PipelineListed` models (json.loads + from_dict)
   against json.loads alone, in memory. Target: at most 3x.
3. Memory: iterate 100,000 pipelines through `client.iter_list_pipelines(page_size=100)`
   (1,000 pages) with tracemalloc on; the Python heap is read every 10,000 items.
   Target: flat, i.e. it grows by less than 1 MiB between 10,000 and 100,000 items
   (keeping the items would take hundreds of MiB).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from typing import Any

import httpx
from _common import (
    BENCH,
    Sample,
    common_arguments,
    conclude,
    cpu,
    header,
    interleaved,
    ratio,
    seconds,
    spread,
    table,
    timed,
    wall,
)

from semaphoreci_openapi import v1alpha
from semaphoreci_openapi.v1alpha.models import PipelineListed

TOKEN = "bench-token"
PIPELINE_ID = "6cf4569c-f76c-4dea-b293-3e4282ba1153"
PROJECT_ID = "c394d20b-b3c6-4c90-b743-a9a65fa95a78"
REQUEST_TARGET = 1.2
PARSE_TARGET = 3.0
FLAT_LIMIT = 1 << 20  # bytes of heap growth allowed between 10% and 100% of the walk


def start_server(total: int) -> tuple[subprocess.Popen[str], int]:
    server = subprocess.Popen(
        [sys.executable, str(BENCH / "_pipelines_server.py"), "--total", str(total)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert server.stdout is not None
    line = server.stdout.readline()
    if not line.startswith("port: "):
        server.kill()
        sys.exit(f"the pipelines server did not start: {line!r}")
    return server, int(line.split()[1])


def rss() -> int:
    """Resident set size of this process, in bytes (Linux)."""
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * 4096


def per_request(
    cases: dict[str, Callable[[], Any]],
    count: int,
    repeats: int,
    warmup: int,
    loop: asyncio.AbstractEventLoop | None = None,
) -> dict[str, list[Sample]]:
    """Each case sends `count` requests per sample, one after the other; a sample is the
    time per request. With `loop`, the cases are coroutine functions and a whole batch
    runs in one `run_until_complete`."""

    def batch(work: Callable[[], Any]) -> Callable[[], Sample]:
        async def many() -> None:
            for _ in range(count):
                await work()

        def run() -> Sample:
            if loop is None:
                total = timed(lambda: [work() for _ in range(count)])
            else:
                total = timed(lambda: loop.run_until_complete(many()))
            return Sample(total.wall / count, total.cpu / count)

        return run

    return interleaved(
        {name: batch(work) for name, work in cases.items()},
        repeats=repeats,
        warmup=warmup,
        progress=False,
    )


def candidates(args: argparse.Namespace) -> int:
    """`--candidates`: the decoding designs side by side, in memory; nothing recorded."""
    from _decoding_candidates import compare
    from _pipelines_server import recorded

    count = 1_000 if args.quick else 10_000
    header(f"Model decoding candidates: {count:,} listed pipelines")
    _describe, items = recorded()
    document = json.dumps([items[i % len(items)] for i in range(count)]).encode()
    repeats = 1 if args.quick else args.repeats
    print(compare(document, repeats, 0 if args.quick else args.warmup))
    print(f"\nMedians of {repeats} samples; ratios against the first row of each group.")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    common_arguments(parser, repeats=7)
    parser.add_argument(
        "--candidates",
        action="store_true",
        help="only compare the model-decoding designs of issue 16 (bench/_decoding_candidates.py)",
    )
    args = parser.parse_args()
    if args.candidates:
        return candidates(args)
    quick = args.quick
    # --quick is the smoke test (tests/test_bench_smoke.py): every step, tiny sizes.
    repeats = 1 if quick else args.repeats
    warmup = 0 if quick else args.warmup
    parse_items = 1_000 if quick else 10_000
    facts = header("Client overhead: generated client vs raw httpx + json.loads")
    total_items = 2_000 if quick else 100_000
    server, port = start_server(total_items)
    base = f"http://127.0.0.1:{port}/api/v1alpha"
    auth = {"Authorization": f"Token {TOKEN}"}
    rows: list[list[str]] = []
    worst = 0.0
    try:
        raw = httpx.Client(headers=auth)
        client = v1alpha.Client(TOKEN, org_name="myorg", base_url=base)
        loop = asyncio.new_event_loop()
        araw = httpx.AsyncClient(headers=auth)
        aclient = v1alpha.Client(TOKEN, org_name="myorg", base_url=base)

        def raw_get(path: str, **params: Any) -> Callable[[], Any]:
            return lambda: json.loads(raw.get(base + path, params=params).content)

        def araw_get(path: str, **params: Any) -> Callable[[], Any]:
            async def go() -> Any:
                return json.loads((await araw.get(base + path, params=params)).content)

            return go

        operations = [
            (
                "describe a pipeline",
                100,
                raw_get(f"/pipelines/{PIPELINE_ID}"),
                lambda: client.describe_pipeline(PIPELINE_ID),
                araw_get(f"/pipelines/{PIPELINE_ID}"),
                lambda: aclient.describe_pipeline_async(PIPELINE_ID),
            ),
            (
                "list 30 pipelines",
                50,
                raw_get("/pipelines", project_id=PROJECT_ID, page_size=30),
                lambda: client.list_pipelines(project_id=PROJECT_ID, page_size=30),
                araw_get("/pipelines", project_id=PROJECT_ID, page_size=30),
                lambda: aclient.list_pipelines_async(project_id=PROJECT_ID, page_size=30),
            ),
            (
                "list 1,000 pipelines",
                5,
                raw_get("/pipelines", project_id=PROJECT_ID, page_size=1000),
                lambda: client.list_pipelines(project_id=PROJECT_ID, page_size=1000),
                araw_get("/pipelines", project_id=PROJECT_ID, page_size=1000),
                lambda: aclient.list_pipelines_async(project_id=PROJECT_ID, page_size=1000),
            ),
        ]
        # Same answers on both sides, or the comparison means nothing.
        for name, _, raw_call, client_call, araw_call, aclient_call in operations:
            answers = [
                raw_call(),
                client_call(),
                loop.run_until_complete(araw_call()),
                loop.run_until_complete(aclient_call()),
            ]
            sizes = {len(a) if isinstance(a, list) else 1 for a in answers}
            if len(sizes) != 1:
                sys.exit(f"{name}: the four ways got different numbers of items: {sizes}")

        print("1. per request", file=sys.stderr)
        for name, count, raw_call, client_call, araw_call, aclient_call in operations:
            count = max(1, count // 20) if quick else count
            for mode, base_call, call, on in (
                ("sync", raw_call, client_call, None),
                ("async", araw_call, aclient_call, loop),
            ):
                samples = per_request(
                    {"raw": base_call, "client": call}, count, repeats, warmup, on
                )
                r = wall(samples["client"]) / wall(samples["raw"])
                worst = max(worst, r)
                rows.append(
                    [
                        f"{name} ({mode})",
                        seconds(wall(samples["raw"])),
                        seconds(wall(samples["client"])),
                        spread([s.wall for s in samples["client"]]),
                        f"{ratio(r)} (CPU {ratio(cpu(samples['client']) / cpu(samples['raw']))})",
                        f"≤ {REQUEST_TARGET}x: {'met' if r <= REQUEST_TARGET else 'MISSED'}",
                    ]
                )
                print(f"  {name} ({mode}) done", file=sys.stderr)

        print(f"2. parsing {parse_items:,} items", file=sys.stderr)
        items = client.list_pipelines(project_id=PROJECT_ID, page_size=1000)
        assert items
        source = json.loads(raw.get(base + "/pipelines", params={"page_size": 1000}).content)
        document = json.dumps([source[i % len(source)] for i in range(parse_items)]).encode()
        parse = interleaved(
            {
                "json.loads": lambda: timed(lambda: json.loads(document)),
                "models": lambda: timed(
                    lambda: [PipelineListed.from_dict(item) for item in json.loads(document)]
                ),
            },
            repeats=repeats,
            warmup=warmup,
            progress=False,
        )
        parse_ratio = wall(parse["models"]) / wall(parse["json.loads"])
        rows.append(
            [
                f"parse {parse_items:,} list items (in memory)",
                seconds(wall(parse["json.loads"])),
                seconds(wall(parse["models"])),
                spread([s.wall for s in parse["models"]]),
                f"{ratio(parse_ratio)} "
                f"(CPU {ratio(cpu(parse['models']) / cpu(parse['json.loads']))})",
                f"≤ {PARSE_TARGET:g}x: {'met' if parse_ratio <= PARSE_TARGET else 'MISSED'}",
            ]
        )

        print(f"3. iterating {total_items:,} items through the paginator", file=sys.stderr)
        checkpoints: list[tuple[int, int, int, float]] = []
        every = total_items // 10
        gc.collect()
        tracemalloc.start()
        start = time.perf_counter()
        seen = 0
        for _item in client.iter_list_pipelines(project_id=PROJECT_ID, page_size=100):
            seen += 1
            if seen % every == 0:
                gc.collect()  # what is still referenced, not garbage awaiting collection
                current, _peak = tracemalloc.get_traced_memory()
                checkpoints.append((seen, current, rss(), time.perf_counter() - start))
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        if seen != total_items:
            sys.exit(f"the paginator yielded {seen} items, the server has {total_items}")
        growth = checkpoints[-1][1] - checkpoints[0][1]
        flat = growth < FLAT_LIMIT
        client.close()
        raw.close()
        loop.run_until_complete(araw.aclose())
        loop.run_until_complete(aclient.aclose())
        loop.close()
    finally:
        server.kill()
        server.wait()

    print(
        table(
            ["case", "raw httpx + json.loads", "client", "min/max", "ratio", "target"],
            rows,
        )
    )
    print(
        f"\nMedians of {repeats} samples after {warmup} warm-up; per-request samples "
        "average a batch of sequential requests on one kept-alive connection."
    )
    print(f"\nMemory while iterating {total_items:,} pipelines (page_size=100, tracemalloc on):\n")
    print(
        table(
            ["items", "Python heap", "RSS", "elapsed"],
            [
                [f"{n:,}", f"{heap / 2**20:.2f} MiB", f"{size / 2**20:.1f} MiB", seconds(t)]
                for n, heap, size, t in checkpoints
            ],
        )
    )
    print(
        f"\nheap growth from {checkpoints[0][0]:,} to {checkpoints[-1][0]:,} items: "
        f"{growth / 1024:.0f} KiB ({growth / (checkpoints[-1][0] - checkpoints[0][0]):.1f} "
        f"bytes per item); peak {peak / 2**20:.2f} MiB; "
        f"{'flat' if flat else 'NOT FLAT'} (limit {FLAT_LIMIT / 2**20:.0f} MiB)"
    )
    ok = worst <= REQUEST_TARGET and parse_ratio <= PARSE_TARGET and flat
    request_ratios = ", ".join(
        f"{label} {rows[i][4].split('x')[0]}x/{rows[i + 1][4].split('x')[0]}x"
        for i, label in zip((0, 2, 4), ("describe", "list 30", "list 1,000"), strict=True)
    )
    summary = (
        f"per request (sync/async) {request_ratios} "
        f"(target ≤ {REQUEST_TARGET}x); "
        f"parse {parse_items:,} items {ratio(parse_ratio)} json.loads "
        f"(target ≤ {PARSE_TARGET:g}x); {total_items:,} items through the paginator: heap "
        f"+{growth / 1024:.0f} KiB ({'flat' if flat else 'NOT flat'})"
    )
    conclude("client overhead", summary, ok, facts, save=not args.no_record)
    return 0


if __name__ == "__main__":
    sys.exit(main())
