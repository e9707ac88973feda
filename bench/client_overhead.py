"""Benchmark 2, client overhead: the generated client against raw httpx + json.loads.

    python bench/client_overhead.py [--repeats N] [--quick] [--no-record]

The server is bench/_pipelines_server.py in its own process on 127.0.0.1: a lean
asyncio server answering v1alpha's describePipeline and listPipelines from the recorded
fixtures (bodies encoded once), so the time per request is the clients' own, not a
slow server's. Both sides send the same requests over one kept-alive connection, one at a
time, and the baseline does only what any caller must: `httpx.Client.get` (or
`AsyncClient`) with the `Authorization` header, then `json.loads(response.content)`.

1. Per request, sync and async: describe a pipeline, list 30 pipelines, list 1,000
   pipelines (one page of 1,000), over loopback (target: at most 1.2x the baseline per
   request) and again through an in-memory transport, `httpx.MockTransport` answering
   the same bytes to both sides, so no network time hides the client's own (target: at
   most 1.3x; three times as many requests per sample, as each takes a third of the
   time).
2. Parsing: 10,000 list items into `PipelineListed` models, as the client does it (the
   runtime's `loads`, then `model_list`, as list answers are built), against
   `json.loads` alone, in memory; both sides then read each item's `ppl_id`, `state`
   and `created_at`, so lazy models pay for what a user reads
   (bench/_decoding_candidates.py). Target: at most 1.0x.
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
    common_arguments,
    conclude,
    cpu,
    header,
    per_request,
    ratio,
    seconds,
    spread,
    table,
    wall,
)
from _decoding_candidates import candidates, parse_samples, read_few, read_few_dicts
from _pipelines_server import in_memory

from semaphoreci_openapi import v1alpha

TOKEN = "bench-token"
PIPELINE_ID = "6cf4569c-f76c-4dea-b293-3e4282ba1153"
PROJECT_ID = "c394d20b-b3c6-4c90-b743-a9a65fa95a78"
REQUEST_TARGET = 1.2
IN_MEMORY_TARGET = 1.3
PARSE_TARGET = 1.0
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


Clients = tuple[httpx.Client, v1alpha.Client, httpx.AsyncClient, v1alpha.Client]
Call = Callable[[], Any]
Operation = tuple[str, int, Call, Call, Call, Call]


def clients(base: str, transport: httpx.MockTransport | None) -> Clients:
    """Raw httpx and the client, sync and async, over loopback or `transport`."""
    auth = {"Authorization": f"Token {TOKEN}"}
    return (
        httpx.Client(headers=auth, transport=transport),
        v1alpha.Client(TOKEN, org_name="myorg", base_url=base, transport=transport),
        httpx.AsyncClient(headers=auth, transport=transport),
        v1alpha.Client(TOKEN, org_name="myorg", base_url=base, transport=transport),
    )


def operations(base: str, both: Clients) -> list[Operation]:
    """(name, requests per sample, raw sync, client sync, raw async, client async). The
    raw side sends the query the client sends (its defaults `detailed=false`, `page=1`);
    both sides then read what a user reads, each pipeline's `ppl_id`, `state` and
    `created_at`, so lazy models pay for decoding those."""
    raw, client, araw, aclient = both

    def raw_get(path: str, read: Callable[[Any], Any], **params: Any) -> Call:
        return lambda: read(json.loads(raw.get(base + path, params=params).content))

    def araw_get(path: str, read: Callable[[Any], Any], **params: Any) -> Call:
        async def go() -> Any:
            return read(json.loads((await araw.get(base + path, params=params)).content))

        return go

    def described(answer: Any) -> Any:
        if isinstance(answer, dict):
            read_few_dicts([answer["pipeline"]])
        else:
            read_few([answer.pipeline])
        return answer

    def listed(answer: Any) -> Any:
        if answer and isinstance(answer[0], dict):
            read_few_dicts(answer)
        else:
            read_few(answer)
        return answer

    async def awaited(call: Callable[[], Any], read: Callable[[Any], Any]) -> Any:
        return read(await call())

    def listing(size: int) -> tuple[Call, ...]:
        query = {"project_id": PROJECT_ID, "page": 1, "page_size": size}
        return (
            raw_get("/pipelines", listed, **query),
            lambda: listed(client.list_pipelines(project_id=PROJECT_ID, page_size=size)),
            araw_get("/pipelines", listed, **query),
            lambda: awaited(
                lambda: aclient.list_pipelines_async(project_id=PROJECT_ID, page_size=size),
                listed,
            ),
        )

    return [
        (
            "describe a pipeline",
            100,
            raw_get(f"/pipelines/{PIPELINE_ID}", described, detailed="false"),
            lambda: described(client.describe_pipeline(PIPELINE_ID)),
            araw_get(f"/pipelines/{PIPELINE_ID}", described, detailed="false"),
            lambda: awaited(lambda: aclient.describe_pipeline_async(PIPELINE_ID), described),
        ),
        ("list 30 pipelines", 50, *listing(30)),
        ("list 1,000 pipelines", 5, *listing(1000)),
    ]


def request_rows(
    where: str,
    target: float,
    ops: list[Operation],
    loop: asyncio.AbstractEventLoop,
    args: argparse.Namespace,
    longer: int = 1,
) -> tuple[list[list[str]], list[float]]:
    """One row per operation and mode; the ratios in row order. `longer` multiplies the
    requests per sample (in memory a request takes about a third of its loopback time,
    and a sample of 15 ms swung by tens of percent with the machine's other load)."""
    # Same answers on both sides, or the comparison means nothing.
    for name, _, raw_call, client_call, araw_call, aclient_call in ops:
        answers = [
            raw_call(),
            client_call(),
            loop.run_until_complete(araw_call()),
            loop.run_until_complete(aclient_call()),
        ]
        sizes = {len(a) if isinstance(a, list) else 1 for a in answers}
        if len(sizes) != 1:
            sys.exit(f"{name}: the four ways got different numbers of items: {sizes}")
    rows: list[list[str]] = []
    ratios: list[float] = []
    repeats, warmup = (1, 0) if args.quick else (args.repeats, args.warmup)
    for name, count, raw_call, client_call, araw_call, aclient_call in ops:
        count = max(1, count // 20) if args.quick else count * longer
        for mode, base_call, call, on in (
            ("sync", raw_call, client_call, None),
            ("async", araw_call, aclient_call, loop),
        ):
            samples = per_request({"raw": base_call, "client": call}, count, repeats, warmup, on)
            r = wall(samples["client"]) / wall(samples["raw"])
            ratios.append(r)
            rows.append(
                [
                    f"{name} ({mode}, {where})",
                    seconds(wall(samples["raw"])),
                    seconds(wall(samples["client"])),
                    spread([s.wall for s in samples["client"]]),
                    f"{ratio(r)} (CPU {ratio(cpu(samples['client']) / cpu(samples['raw']))})",
                    f"≤ {target}x: {'met' if r <= target else 'MISSED'}",
                ]
            )
            print(f"  {name} ({mode}, {where}) done", file=sys.stderr)
    return rows, ratios


def paginate(client: v1alpha.Client, total: int) -> tuple[list[tuple[int, int, int, float]], int]:
    """Walk `total` pipelines with tracemalloc on: checkpoints (items, heap, RSS, elapsed)
    every tenth, and the peak heap."""
    checkpoints: list[tuple[int, int, int, float]] = []
    every = total // 10
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
    if seen != total:
        sys.exit(f"the paginator yielded {seen} items, the server has {total}")
    return checkpoints, peak


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
    # --quick is the smoke test (tests/test_bench_smoke.py): every step, tiny sizes.
    repeats, warmup = (1, 0) if args.quick else (args.repeats, args.warmup)
    parse_items = 1_000 if args.quick else 10_000
    facts = header("Client overhead: generated client vs raw httpx + json.loads")
    total_items = 2_000 if args.quick else 100_000
    server, port = start_server(total_items)
    base = f"http://127.0.0.1:{port}/api/v1alpha"
    rows: list[list[str]] = []
    try:
        loop = asyncio.new_event_loop()
        loopback = clients(base, None)
        memory = clients(base, in_memory(total_items))
        print("1. per request", file=sys.stderr)
        loopback_rows, loopback_ratios = request_rows(
            "loopback", REQUEST_TARGET, operations(base, loopback), loop, args
        )
        memory_rows, memory_ratios = request_rows(
            "in memory", IN_MEMORY_TARGET, operations(base, memory), loop, args, longer=3
        )
        rows += loopback_rows + memory_rows

        print(f"2. parsing {parse_items:,} items", file=sys.stderr)
        source = json.loads(
            loopback[0].get(base + "/pipelines", params={"page_size": 1000}).content
        )
        document = json.dumps([source[i % len(source)] for i in range(parse_items)]).encode()
        parse = parse_samples(document, repeats, warmup)
        parse_ratio = wall(parse["models"]) / wall(parse["json.loads"])
        rows.append(
            [
                f"parse {parse_items:,} list items, read 3 fields of each (in memory)",
                seconds(wall(parse["json.loads"])),
                seconds(wall(parse["models"])),
                spread([s.wall for s in parse["models"]]),
                f"{ratio(parse_ratio)} "
                f"(CPU {ratio(cpu(parse['models']) / cpu(parse['json.loads']))})",
                f"≤ {PARSE_TARGET:g}x: {'met' if parse_ratio <= PARSE_TARGET else 'MISSED'}",
            ]
        )

        print(f"3. iterating {total_items:,} items through the paginator", file=sys.stderr)
        checkpoints, peak = paginate(loopback[1], total_items)
        growth = checkpoints[-1][1] - checkpoints[0][1]
        flat = growth < FLAT_LIMIT
        for raw, client, araw, aclient in (loopback, memory):
            client.close()
            raw.close()
            loop.run_until_complete(araw.aclose())
            loop.run_until_complete(aclient.aclose())
        loop.close()
    finally:
        server.kill()
        server.wait()

    print(table(["case", "raw httpx + json.loads", "client", "min/max", "ratio", "target"], rows))
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
    ok = (
        max(loopback_ratios) <= REQUEST_TARGET
        and max(memory_ratios) <= IN_MEMORY_TARGET
        and parse_ratio <= PARSE_TARGET
        and flat
    )

    def pairs(ratios: list[float]) -> str:
        labels = ("describe", "list 30", "list 1,000")
        return ", ".join(
            f"{label} {ratios[2 * i]:.2f}x/{ratios[2 * i + 1]:.2f}x"
            for i, label in enumerate(labels)
        )

    summary = (
        f"per request (sync/async) {pairs(loopback_ratios)} (target ≤ {REQUEST_TARGET}x); "
        f"in memory {pairs(memory_ratios)} (target ≤ {IN_MEMORY_TARGET}x); "
        f"parse {parse_items:,} items and read 3 fields {ratio(parse_ratio)} json.loads "
        f"(target ≤ {PARSE_TARGET:g}x); {total_items:,} items through the paginator: heap "
        f"+{growth / 1024:.0f} KiB ({'flat' if flat else 'NOT flat'})"
    )
    conclude("client overhead", summary, ok, facts, save=not args.no_record)
    return 0


if __name__ == "__main__":
    sys.exit(main())
