"""The `contract` command end to end: against the mock it starts itself, against a mock
started separately (`--base-url`), against a faulty server, and with bad input.

The command runs in-process (`python -m semaphore_spec.contract` has the options of
`semaphore-spec contract`); the servers are real, on 127.0.0.1 and a free port, and
every test stops what it started.
"""

from __future__ import annotations

import queue
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from conftest import ROOT
from semaphore_spec.contract.__main__ import main
from semaphore_spec.contract.target import running_mock
from semaphore_spec.mock.surfaces import load_surfaces
from semaphore_spec.mutation import FAULTS, FaultyApp

TOKEN = "cli-test-token-93b1"
STARTUP_SECONDS = 30


def contract(tmp_path: Path, *options: str) -> int:
    return main(
        [
            "--root",
            str(ROOT),
            "--report-dir",
            str(tmp_path),
            "--max-examples",
            "2",
            "--seed",
            "3",
            *options,
        ]
    )


def test_without_a_base_url_it_tests_the_mock_it_starts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert contract(tmp_path, "--surface", "v2", "--tag", "Organizations") == 0
    out = capsys.readouterr().out
    assert "started the mock of v2 at http://127.0.0.1:" in out
    assert "  ok      GET /orgs (listOrgs)" in out
    assert sorted(p.name for p in tmp_path.iterdir()) == ["v2.har", "v2.junit.xml", "v2.md"]


@contextmanager
def separate_mock(surface: str) -> Iterator[int]:
    """`python -m semaphore_spec.mock --port 0` in its own process; yields its port."""
    command = [sys.executable, "-m", "semaphore_spec.mock", "--root", str(ROOT)]
    process = subprocess.Popen(
        [*command, "--surface", surface, "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    lines: queue.Queue[str] = queue.Queue()
    assert process.stdout is not None
    stdout = process.stdout
    threading.Thread(target=lambda: [lines.put(line) for line in stdout], daemon=True).start()
    try:
        while True:
            line = lines.get(timeout=STARTUP_SECONDS)
            if line.startswith("port: "):
                yield int(line.split()[1])
                break
    finally:
        process.terminate()
        assert process.wait(timeout=STARTUP_SECONDS) is not None


def test_with_a_base_url_it_tests_a_mock_started_separately(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with separate_mock("v1alpha") as port:
        base_url = f"http://127.0.0.1:{port}/api/v1alpha"
        status = contract(
            tmp_path,
            "--surface",
            "v1alpha",
            "--base-url",
            base_url,
            "--token",
            TOKEN,
            "--operation-id",
            "listPipelines",
            "--operation-id",
            "getJobPlainLogs",
        )
    out = capsys.readouterr().out
    assert status == 0, out
    assert f"contract test of v1alpha against {base_url}" in out
    # Served from the host root (`org_root`), not below /api/v1alpha.
    assert "  ok      GET /jobs/{job_id}/plain_logs.json (getJobPlainLogs)" in out
    assert TOKEN not in out
    for path in tmp_path.iterdir():
        assert TOKEN not in path.read_text(encoding="utf-8")


def test_a_failure_makes_the_exit_status_non_zero(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fault = next(f for f in FAULTS if f.name == "v1-wrong-total")
    app = FaultyApp(load_surfaces(ROOT, ["v1"]), fault)
    with running_mock(ROOT, "v1", app) as origin:
        status = contract(
            tmp_path,
            "--surface",
            "v1",
            "--base-url",
            f"{origin}/api/v1",
            "--token",
            TOKEN,
            "--operation-id",
            "getServerHistory",
        )
    captured = capsys.readouterr()
    assert status == 1
    assert (
        "FAILED GET /projects/{hash_id}/servers/{server_id} [PaginationConsistency]" in captured.err
    )
    summary = (tmp_path / "v1.md").read_text(encoding="utf-8")
    assert "Total does not match the items" in summary
    assert "auth_token='\"$SEMAPHORE_API_TOKEN\"'" in summary
    assert TOKEN not in summary and TOKEN not in captured.out + captured.err


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--surface", "v2", "--base-url", "http://127.0.0.1:9/v2"], "needs a token"),
        (["--surface", "v2", "--tag", "Nothing"], "unknown tag 'Nothing'"),
        (["--surface", "v2", "--operation-id", "deleteTeam"], "--allow-writes"),
        (["--surface", "v9"], "unknown surface v9"),
        (
            ["--surface", "v2", "--base-url", "/v2", "--token", "t"],
            "error: --base-url must be an absolute http(s) URL, not '/v2'",  # no file to name
        ),
    ],
)
def test_bad_input_is_refused_before_anything_runs(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    options: list[str],
    message: str,
) -> None:
    monkeypatch.delenv("SEMAPHORE_API_TOKEN", raising=False)
    assert contract(tmp_path, *options) == 2
    assert message in capsys.readouterr().err
    assert not tmp_path.exists() or not any(tmp_path.iterdir())


def test_the_seed_is_printed_first_and_reproduces_the_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    options = ["--surface", "v2", "--operation-id", "listOrgs", "--max-examples", "1"]
    base = ["--root", str(ROOT), "--report-dir", str(tmp_path)]
    assert main([*base, *options]) == 0
    out = capsys.readouterr().out.splitlines()
    first = next(line for line in out if line.startswith("seed "))
    seed = int(first.split()[1])
    assert first == f"seed {seed} (reproduce with --seed {seed})"
    assert out.index(first) < next(i for i, line in enumerate(out) if "listOrgs" in line)
    assert any(f"seed {seed}: passed" in line for line in out)
    # The same seed again: the same cases, so the same number of requests.
    requests = next(line for line in out if f"seed {seed}:" in line).split(" requests")[0]
    assert main([*base, *options, "--seed", str(seed)]) == 0
    again = capsys.readouterr().out.splitlines()
    assert f"seed {seed} (reproduce with --seed {seed})" in again
    assert any(line.startswith(requests + " requests") for line in again)
