"""Import time: `import semaphoreci_openapi.v1alpha` against `import httpx`.

Each case runs in a fresh interpreter (`python -c`), so nothing is cached in memory,
and times only its import statement, from inside (`time.perf_counter` and
`time.process_time` around it), so the interpreter's start-up is not counted; the
bytecode is compiled first (as `pip install` does), so no case pays for compilation.
Reported: median wall and CPU time of each import, and the ratio to `import httpx`
(wall; CPU beside it, as the machine is shared). Also shown,
without a target: `from semaphoreci_openapi.v1alpha import Client` (httpx, the runtime and
the client class, still no model or API module) and the first call path's import of
every model (`semaphoreci_openapi.v1alpha.models.__all__` read in full).

    python bench/import_time.py [--quick] [--repeats N] [--no-record]
"""

from __future__ import annotations

import argparse
import compileall
import importlib.util
import sys
from pathlib import Path

from _common import (
    Sample,
    common_arguments,
    conclude,
    cpu,
    header,
    interleaved,
    ratio,
    run_command,
    seconds,
    spread,
    table,
    verdict,
    wall,
)

TARGET = 2.0  # import semaphoreci_openapi.<surface> at most 2x import httpx
CASES = {
    "import httpx": "import httpx",
    "import semaphoreci_openapi.v1alpha": "import semaphoreci_openapi.v1alpha",
    "from semaphoreci_openapi.v1alpha import Client": (
        "from semaphoreci_openapi.v1alpha import Client"
    ),
    "every v1alpha model": (
        "import semaphoreci_openapi.v1alpha.models as m\nfor n in m.__all__: getattr(m, n)"
    ),
}


TIMED = """\
import time
w, c = time.perf_counter(), time.process_time()
{code}
print(time.perf_counter() - w, time.process_time() - c)
"""


def measure(code: str) -> Sample:
    """Run `code` in a fresh interpreter; the time of `code` alone, measured inside."""
    _, out = run_command([sys.executable, "-c", TIMED.format(code=code)])
    wall_s, cpu_s = (float(x) for x in out.split()[-2:])
    return Sample(wall_s, cpu_s)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    common_arguments(parser, repeats=15)
    args = parser.parse_args()
    repeats = 3 if args.quick else args.repeats
    facts = header("Import time: semaphoreci_openapi.v1alpha vs httpx")
    spec = importlib.util.find_spec("semaphoreci_openapi")
    if spec is None or spec.origin is None:
        sys.exit("semaphoreci_openapi is not installed (pip install -e generated)")
    compileall.compile_dir(str(Path(spec.origin).parent), quiet=1)
    samples = interleaved(
        {name: (lambda code=code: measure(code)) for name, code in CASES.items()},
        repeats=repeats,
        warmup=0 if args.quick else args.warmup,
    )
    cost = {name: wall(s) for name, s in samples.items()}
    base = cost["import httpx"]
    base_cpu = cpu(samples["import httpx"])
    rows = [
        [name, seconds(wall(s)), spread([x.wall for x in s]), seconds(cpu(s)),
         ratio(cost[name] / base), ratio(cpu(s) / base_cpu)]
        for name, s in samples.items()
    ]  # fmt: skip
    headers = ["case", "wall", "spread", "CPU", "vs httpx (wall)", "vs httpx (CPU)"]
    print(table(headers, rows))
    lazy = cost["import semaphoreci_openapi.v1alpha"] / base
    client = cost["from semaphoreci_openapi.v1alpha import Client"] / base
    models = cost["every v1alpha model"] / base
    ok = lazy <= TARGET
    print(f"\nimport semaphoreci_openapi.v1alpha: {ratio(lazy)} import httpx: {verdict(ok)}")
    summary = (
        f"import semaphoreci_openapi.v1alpha {ratio(lazy)} import httpx "
        f"({seconds(cost['import semaphoreci_openapi.v1alpha'])} vs {seconds(base)}, "
        f"fresh interpreters; target ≤ {TARGET:g}x); "
        f"from semaphoreci_openapi.v1alpha import Client "
        f"{ratio(client)}; every v1alpha model {ratio(models)} ({repeats} runs"
        f"{', quick' if args.quick else ''})"
    )
    conclude("import time", summary, ok, facts, save=not args.no_record)
    return 0


if __name__ == "__main__":
    sys.exit(main())
