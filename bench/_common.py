"""What every benchmark in bench/ shares: timing with warm-up, medians, tables, results.md.

The machine is small (2 cores) and shared, so a benchmark never trusts one number:
each case runs a few times unmeasured (warm-up), then `repeats` times measured, with
the cases interleaved (A B, B A, A B, ...) so that a burst of noise from elsewhere
lands on every case alike. What is reported is the median of each, and the ratio of
a candidate's median to the baseline measured in the same run, never an absolute time
held against a fixed target.
"""

from __future__ import annotations

import asyncio
import datetime as _dt
import gc
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from semaphore_spec.registry import load_registry

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
RESULTS = BENCH / "results.md"
# Every surface of the registry, in its order: no benchmark names a surface.
REGISTRY = load_registry(ROOT)
SURFACES = tuple(REGISTRY)

RESULTS_HEADER = """\
# Benchmark results

One row per run of a `bench/` script, newest last (`python bench/<name>.py`; see
`bench/README.md`). Every figure is a median over repeated runs after warm-up, and every
ratio compares with a baseline measured in the same run on the same machine. `load` is
the 1-minute load average when the run started: the machine is shared, so compare ratios,
not absolute times, and distrust a row taken under a load far above the core count.

| date (UTC) | benchmark | result (ratio against target) | verdict | cores | Python | load |
|---|---|---|---|---|---|---|
"""


@dataclass(frozen=True)
class Sample:
    """One measurement: wall-clock seconds and CPU seconds (this process or its children)."""

    wall: float
    cpu: float


def timed(work: Callable[[], Any]) -> Sample:
    """Run `work` in this process and time it (CPU: this process, every thread)."""
    cpu0, wall0 = time.process_time(), time.perf_counter()
    work()
    return Sample(time.perf_counter() - wall0, time.process_time() - cpu0)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_command(
    command: Sequence[str],
    *,
    env: Mapping[str, str] | None = None,
    cwd: Path | None = None,
    allowed: Sequence[int] = (0,),
) -> tuple[Sample, str]:
    """Run a command to completion; its time (CPU: it and every process it waited for)
    and its combined output. An exit status not `allowed` stops the benchmark with the
    output shown."""
    cpu0, wall0 = _children_cpu(), time.perf_counter()
    done = subprocess.run(
        list(command),
        env=dict(env) if env is not None else None,
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        check=False,
    )
    sample = Sample(time.perf_counter() - wall0, _children_cpu() - cpu0)
    if done.returncode not in allowed:
        sys.exit(f"command failed ({done.returncode}): {' '.join(command)}\n{done.stdout}")
    return sample, done.stdout


def interleaved(
    cases: Mapping[str, Callable[[], Sample]],
    *,
    repeats: int,
    warmup: int = 1,
    progress: bool = True,
) -> dict[str, list[Sample]]:
    """Measure every case `repeats` times after `warmup` unmeasured rounds, interleaved:
    each round runs every case once, the order reversed every other round. Each sample
    starts from a collected heap (`gc.collect()`, untimed), so that no case pays the
    cyclic garbage collector for what the case before it left behind."""
    names = list(cases)
    samples: dict[str, list[Sample]] = {name: [] for name in names}
    for round_ in range(warmup + repeats):
        order = names if round_ % 2 == 0 else names[::-1]
        for name in order:
            gc.collect()
            sample = cases[name]()
            if round_ >= warmup:
                samples[name].append(sample)
        if progress:
            label = "warm-up" if round_ < warmup else f"round {round_ - warmup + 1}/{repeats}"
            print(f"  {label} done", file=sys.stderr, flush=True)
    return samples


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def wall(samples: Sequence[Sample]) -> float:
    """Median wall-clock seconds."""
    return median([s.wall for s in samples])


def cpu(samples: Sequence[Sample]) -> float:
    """Median CPU seconds."""
    return median([s.cpu for s in samples])


def spread(values: Sequence[float]) -> str:
    """min-max of the measured values, as a percentage around the median."""
    mid = median(values)
    if mid == 0:
        return "-"
    return f"{(min(values) / mid - 1) * 100:+.0f}/{(max(values) / mid - 1) * 100:+.0f}%"


def seconds(value: float) -> str:
    """A duration with a unit that keeps three significant figures."""
    if value >= 1:
        return f"{value:.2f} s"
    if value >= 1e-3:
        return f"{value * 1e3:.3g} ms"
    return f"{value * 1e6:.3g} µs"


def ratio(value: float) -> str:
    return f"{value:.2f}x"


def verdict(ok: bool) -> str:
    return "met" if ok else "MISSED"


def table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """A Markdown table, columns padded so that it also reads well in a terminal."""
    cells = [[str(h) for h in headers], *[[str(c) for c in row] for row in rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]

    def line(row: Sequence[str]) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |"

    rule = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([line(cells[0]), rule, *(line(row) for row in cells[1:])])


def machine() -> dict[str, str]:
    """Cores, Python version and load average, for the results row."""
    try:
        load = f"{os.getloadavg()[0]:.1f}"
    except OSError:
        load = "-"
    return {
        "cores": str(os.cpu_count() or "?"),
        "python": platform.python_version(),
        "load": load,
    }


def header(title: str) -> dict[str, str]:
    """Print the benchmark's title and the machine; return the machine facts."""
    facts = machine()
    print(f"## {title}\n")
    print(
        f"{facts['cores']} cores, Python {facts['python']} ({platform.python_implementation()}), "
        f"load average {facts['load']} at start\n",
        flush=True,
    )
    return facts


def record(benchmark: str, result: str, ok: bool | None, facts: Mapping[str, str]) -> None:
    """Append this run's row to bench/results.md (creating it with its header);
    `ok` None: the benchmark has no target."""
    if not RESULTS.exists():
        RESULTS.write_text(RESULTS_HEADER, encoding="utf-8")
    date = _dt.datetime.now(_dt.UTC).strftime("%Y-%m-%d %H:%M")
    row = [date, benchmark, result.replace("|", "\\|"), "no target" if ok is None else verdict(ok)]
    row += [facts["cores"], facts["python"], facts["load"]]
    with RESULTS.open("a", encoding="utf-8") as out:
        out.write("| " + " | ".join(row) + " |\n")
    print(f"\nappended to {RESULTS.relative_to(ROOT)}")
    # The README's table and bench/ratios.svg are drawn from results.md, never by hand.
    from _report import refresh

    refresh()
    print("redrew the README's benchmark table and bench/ratios.svg")


RESULT_PREFIX = "RESULT"


def conclude(
    benchmark: str, result: str, ok: bool | None, facts: Mapping[str, str], *, save: bool
) -> None:
    """Print the one-line result (`RESULT <benchmark>: <ratios> -> <verdict>`, what the
    smoke tests look for) and, with `save`, append it to bench/results.md."""
    outcome = "no target" if ok is None else verdict(ok)
    print(f"\n{RESULT_PREFIX} {benchmark}: {result} -> {outcome}", flush=True)
    if save:
        record(benchmark, result, ok, facts)


def common_arguments(parser: Any, *, repeats: int) -> None:
    """`--repeats`, `--warmup`, `--quick` (a smoke run) and `--no-record`."""
    parser.add_argument("--repeats", type=int, default=repeats, help="measured rounds")
    parser.add_argument("--warmup", type=int, default=1, help="unmeasured rounds first")
    parser.add_argument(
        "--quick", action="store_true", help="a short smoke run (fewer rounds, smaller sizes)"
    )
    parser.add_argument(
        "--no-record", action="store_true", help="do not append the result to bench/results.md"
    )


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
