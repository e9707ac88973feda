"""Benchmark 4, contract runs: Schemathesis against the mock, in-process and over HTTP.

    python bench/contract_runs.py [--repeats N] [--max-examples N] [--quick] [--no-record]

Uses the project's contract runner (`semaphore_spec.contract.runner.run_contract`, the
engine behind `semaphore-spec contract`) on a snapshot of the published specs, the
fixtures and the registry, with a fixed seed so that every run generates the same cases:

1. Examples per second, per surface: the same run against the mock app in this process
   (Schemathesis calls the ASGI app, no network) and over loopback HTTP to the mock
   served on 127.0.0.1 by `running_mock` (uvicorn in a thread, exactly what
   `semaphore-spec contract` does without --base-url). A third, what-if run serves the
   same app on a socket created with IPPROTO_TCP, so asyncio sets TCP_NODELAY, to show what
   the loopback numbers lose to Nagle's algorithm. Interleaved; an example is one
   request Schemathesis sent.
2. Wall time of a full contract run of every surface: `semaphore-spec contract
   --surface S` for each surface in turn (the mock started by the command itself,
   default settings, the same seed), as a user runs it. Target: <= 60 s in total.
3. Wall time of the mutation check (`semaphore-spec mutation`, every fault of every
   surface and the faithful mocks, its default 2 worker processes). Target: <= 180 s.

The examples/s ratios have no target; they say what HTTP costs next to in-process runs.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import socket
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import uvicorn
from _common import (
    ROOT,
    SURFACES,
    Sample,
    common_arguments,
    conclude,
    header,
    interleaved,
    median,
    run_command,
    seconds,
    spread,
    table,
    wall,
)

from semaphore_spec.contract.runner import ContractOptions, run_contract
from semaphore_spec.contract.target import running_mock
from semaphore_spec.mock.app import create_app
from semaphore_spec.mock.server import Listener
from semaphore_spec.mock.surfaces import server_path
from semaphore_spec.registry import load_registry, select

FULL_RUN_TARGET = 60.0  # seconds, all surfaces one after another
MUTATION_TARGET = 180.0  # seconds, the whole mutation check

SEED = 20261122
TOKEN = "bench-contract-token"


def snapshot(target: Path) -> Path:
    """What the mock and the runner read: the registry, published specs, fixtures."""
    (target / "spec").mkdir(parents=True)
    shutil.copy2(ROOT / "spec" / "surfaces.yaml", target / "spec" / "surfaces.yaml")
    for surface in SURFACES:
        shutil.copytree(
            ROOT / "published" / surface,
            target / "published" / surface,
            ignore=shutil.ignore_patterns("*.html"),
        )
        shutil.copytree(
            ROOT / "tests" / "fixtures" / surface, target / "tests" / "fixtures" / surface
        )
    return target


@contextlib.contextmanager
def nodelay_mock(root: Path, surface: str) -> Iterator[str]:
    """`running_mock`, but on a socket created with IPPROTO_TCP (asyncio then sets
    TCP_NODELAY on each connection). The what-if, not what ships."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.bind(("127.0.0.1", 0))
    sock.listen(128)
    listener = Listener(sock, "http", "127.0.0.1", int(sock.getsockname()[1]))
    config = uvicorn.Config(
        create_app(root, [surface]),
        log_level="error",
        access_log=False,
        lifespan="on",
        server_header=False,
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(
        target=server.run, kwargs={"sockets": [sock]}, name="bench-mock", daemon=True
    )
    thread.start()
    try:
        while not server.started:
            if not thread.is_alive():
                sys.exit("the what-if mock did not start")
            time.sleep(0.01)
        yield listener.origin
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()


def examples_per_second(
    root: Path, surface: str, *, repeats: int, warmup: int, max_examples: int
) -> tuple[list[list[str]], float]:
    """Table rows for one surface, and the loopback run's speed relative to in-process."""
    rows: list[list[str]] = []
    ratio_ = 1.0
    base_path = server_path(select(load_registry(root), [surface])[0], "default")
    app = create_app(root, [surface])
    counts: dict[str, list[int]] = {}
    outcomes: dict[str, str] = {}

    def run(mode: str, target: Any) -> Sample:
        options = ContractOptions(
            surface=surface,
            token=TOKEN,
            seed=SEED,
            max_examples=max_examples,
            stateless_server=True,
            **target,
        )
        start = time.perf_counter()
        cpu0 = time.process_time()
        result = run_contract(root, options)
        sample = Sample(time.perf_counter() - start, time.process_time() - cpu0)
        counts.setdefault(mode, []).append(len(result.exchanges))
        outcomes[mode] = (
            "passed"
            if result.passed
            else f"{len(result.failures)} failure(s), {len(result.errors)} error(s)"
        )
        # examples per second, carried in a Sample: wall = seconds per example
        return Sample(
            sample.wall / max(1, len(result.exchanges)),
            sample.cpu / max(1, len(result.exchanges)),
        )

    def in_process() -> Sample:
        return run("in-process", {"app": app})

    def loopback() -> Sample:
        with running_mock(root, surface, app) as origin:
            return run("loopback", {"base_url": origin + base_path})

    def loopback_nodelay() -> Sample:
        with nodelay_mock(root, surface) as origin:
            return run("loopback + TCP_NODELAY", {"base_url": origin + base_path})

    print(f"{surface}: examples per second", file=sys.stderr)
    samples = interleaved(
        {
            "in-process": in_process,
            "loopback": loopback,
            "loopback + TCP_NODELAY": loopback_nodelay,
        },
        repeats=repeats,
        warmup=warmup,
    )
    base = wall(samples["in-process"])
    for mode, measured in samples.items():
        eps = 1 / wall(measured)
        if mode == "loopback":
            ratio_ = base / wall(measured)
        rows.append(
            [
                surface,
                mode + (" (what-if)" if "NODELAY" in mode else ""),
                f"{int(median(counts[mode][warmup:] or counts[mode]))}",
                f"{eps:,.0f}",
                spread([1 / s.wall for s in measured]),
                f"{wall(measured) / base:.2f}x the time per example",
                outcomes[mode],
            ]
        )

    return rows, ratio_


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    common_arguments(parser, repeats=3)
    parser.add_argument(
        "--max-examples", type=int, default=10, help="random cases per operation and phase"
    )
    parser.add_argument("--surface", action="append", choices=SURFACES, help="only these")
    args = parser.parse_args()
    # --quick is the smoke test (tests/test_bench_smoke.py): one surface, a few examples,
    # and the full run only of that surface with as few examples.
    repeats = 1 if args.quick else args.repeats
    warmup = 0 if args.quick else args.warmup
    max_examples = 3 if args.quick else args.max_examples
    surfaces = args.surface or (list(SURFACES[:1]) if args.quick else list(SURFACES))
    full_options = ["--max-examples", str(max_examples)] if args.quick else []
    facts = header("Contract runs: Schemathesis against the mock, in-process vs loopback HTTP")

    rows: list[list[str]] = []
    ratios: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="semaphore-bench-contract-") as temp:
        root = snapshot(Path(temp) / "project")
        for surface in surfaces:
            surface_rows, ratios[surface] = examples_per_second(
                root, surface, repeats=repeats, warmup=warmup, max_examples=max_examples
            )
            rows += surface_rows

        print("full contract run of every surface", file=sys.stderr)
        cli = Path(sys.executable).parent / "semaphore-spec"
        command = [str(cli)] if cli.exists() else [sys.executable, "-m", "semaphore_spec.cli"]
        full: list[Sample] = []
        per_surface: dict[str, list[float]] = {s: [] for s in surfaces}
        verdicts: dict[str, str] = {}
        for _ in range(repeats):
            total = Sample(0.0, 0.0)
            for surface in surfaces:
                sample, output = run_command(
                    [
                        *command,
                        "--root",
                        str(root),
                        "contract",
                        "--surface",
                        surface,
                        "--seed",
                        str(SEED),
                        "--report-dir",
                        str(Path(temp) / "reports"),
                        *full_options,
                    ],
                    env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
                    allowed=(0, 1),
                )
                summary = [line for line in output.splitlines() if " requests, seed " in line]
                verdicts[surface] = summary[-1].split(": ", 1)[-1] if summary else "?"
                per_surface[surface].append(sample.wall)
                total = Sample(total.wall + sample.wall, total.cpu + sample.cpu)
            full.append(total)
            print("  full run done", file=sys.stderr)

        mutation: list[Sample] = []
        if not args.quick:  # minutes of CPU: not for the smoke test
            print("mutation check", file=sys.stderr)
            for _ in range(repeats):
                sample, _output = run_command(
                    [*command, "--root", str(root), "mutation", "--seed", str(SEED)],
                    env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
                )
                mutation.append(sample)

    print(
        table(
            ["surface", "mock reached", "examples", "examples/s", "min/max", "ratio", "outcome"],
            rows,
        )
    )
    print(
        f"\nMedians of {repeats} runs after {warmup} warm-up, seed {SEED}, max_examples "
        f"{max_examples}, read-only operations (the runner's default).\n"
    )
    print(
        table(
            ["full contract run (semaphore-spec contract)", "median wall", "min/max", "outcome"],
            [
                *[
                    [
                        f"--surface {s}",
                        seconds(median(per_surface[s])),
                        spread(per_surface[s]),
                        verdicts[s],
                    ]
                    for s in surfaces
                ],
                [
                    f"all {len(surfaces)} surface(s)",
                    seconds(wall(full)),
                    spread([s.wall for s in full]),
                    "",
                ],
                *(
                    [["semaphore-spec mutation", seconds(wall(mutation)), "", "exit 0"]]
                    if mutation
                    else []
                ),
            ],
        )
    )
    settings = f"max_examples {max_examples}" if args.quick else "default settings"
    full_wall = wall(full)
    summary_text = (
        "loopback HTTP vs in-process examples/s: "
        + ", ".join(f"{s} {r:.2f}x" for s, r in ratios.items())
        + f"; full contract run of {len(surfaces)} surface(s) {seconds(full_wall)} wall "
        f"(semaphore-spec contract, {settings}, {repeats} run(s); target <= "
        f"{FULL_RUN_TARGET:.0f} s)"
    )
    ok: bool | None = None
    if mutation:
        mutation_wall = wall(mutation)
        summary_text += (
            f"; mutation check {seconds(mutation_wall)} wall (target <= {MUTATION_TARGET:.0f} s)"
        )
        ok = full_wall <= FULL_RUN_TARGET and mutation_wall <= MUTATION_TARGET
    conclude("contract runs", summary_text, ok, facts, save=not args.no_record)
    return 0


if __name__ == "__main__":
    sys.exit(main())
