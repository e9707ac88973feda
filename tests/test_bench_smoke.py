"""Every benchmark in bench/ still runs: `python bench/<name>.py --quick --no-record`.

A smoke test, not a timing test: it checks that the script exits 0 and prints its
one-line result (`RESULT <benchmark>: ... <ratio>x ... -> <verdict>`, see
`bench/_common.py:conclude`), whatever the numbers. The mock benchmark is compared
with the previous mock (`--baseline previous`), so the suite never needs Node or Prism.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"

# script -> (extra arguments, the benchmark's name in its RESULT line)
BENCHMARKS = {
    "regeneration": ([], "regeneration"),
    "client_overhead": ([], "client overhead"),
    "mock_server": (["--baseline", "previous", "--seconds", "0.5"], "mock server"),
    "contract_runs": ([], "contract runs"),
    "import_time": ([], "import time"),
}


def test_every_benchmark_has_a_smoke_test() -> None:
    scripts = {p.stem for p in BENCH.glob("*.py") if not p.name.startswith("_")}
    assert scripts == set(BENCHMARKS)


@pytest.mark.parametrize("script", sorted(BENCHMARKS), ids=sorted(BENCHMARKS))
def test_quick_run(script: str) -> None:
    extra, name = BENCHMARKS[script]
    results = (BENCH / "results.md").read_bytes()
    run = subprocess.run(
        [sys.executable, str(BENCH / f"{script}.py"), "--quick", "--no-record", *extra],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    line = re.search(rf"^RESULT {re.escape(name)}: (.+) -> (.+)$", run.stdout, re.MULTILINE)
    assert line is not None, run.stdout[-3000:]
    assert re.search(r"\d+(\.\d+)?(x|%| s)", line.group(1)), line.group(0)
    assert line.group(2) in ("met", "MISSED", "no target"), line.group(0)
    # --no-record leaves bench/results.md alone
    assert (BENCH / "results.md").read_bytes() == results
