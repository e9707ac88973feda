"""The `contract` command against broken servers: it stops in bounded time, keeps its
memory and cassette bounded, and writes its reports, marked incomplete, however it ends.

The broken servers are in `contract_faults` (127.0.0.1, a free port). Time bounds are
generous (the machine is shared): each is far below what the run took before it was
bounded, and far above what it takes now.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from contract_faults import hanging, huge_answers, nothing_listening, serving_asgi

from conftest import ROOT
from semaphore_spec.contract.__main__ import main
from semaphore_spec.contract.command import EXIT_INCOMPLETE
from semaphore_spec.contract.defaults import TOKEN_VARIABLE
from semaphore_spec.contract.har import HarWriter
from semaphore_spec.contract.redact import Redactor
from semaphore_spec.contract.results import Exchange, ReceivedResponse, SentRequest
from semaphore_spec.contract.selection import select as select_operations
from semaphore_spec.contract.target import running_mock
from semaphore_spec.mock.app import MockApp
from semaphore_spec.mock.surfaces import load_surfaces

TOKEN = "fault-test-token-5c1e"
GENEROUS = 90.0  # seconds; unbounded, these runs took many minutes
COMMAND = [sys.executable, "-m", "semaphore_spec.contract", "--root", str(ROOT)]


def contract(tmp_path: Path, *options: str) -> int:
    return main(
        [
            "--root",
            str(ROOT),
            "--report-dir",
            str(tmp_path),
            "--seed",
            "3",
            "--token",
            TOKEN,
            *options,
        ]
    )


def reports(tmp_path: Path, surface: str = "v2") -> tuple[str, dict[str, str], dict[str, Any]]:
    """The Markdown, the JUnit properties and the HAR of a run; none holds the token."""
    texts = {p.name: p.read_text(encoding="utf-8") for p in tmp_path.iterdir()}
    assert sorted(texts) == [f"{surface}.har", f"{surface}.junit.xml", f"{surface}.md"]
    for name, text in texts.items():
        assert TOKEN not in text, name
    suite = ET.fromstring(texts[f"{surface}.junit.xml"])
    properties = {p.get("name", ""): p.get("value", "") for p in suite.iter("property")}
    return texts[f"{surface}.md"], properties, json.loads(texts[f"{surface}.har"])


def assert_incomplete(tmp_path: Path, reason: str) -> dict[str, Any]:
    summary, properties, har = reports(tmp_path)
    assert properties["incomplete"] == "true"
    assert properties["stop_reason"] == reason
    assert summary.startswith("# Contract test of v2: INCOMPLETE")
    assert f"**Incomplete run** (stopped: {reason}" in summary
    assert f"INCOMPLETE: stopped: {reason}" in har["log"]["comment"]
    return har


def test_a_server_that_never_answers_stops_the_run_at_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    started = time.monotonic()
    with hanging() as origin:
        status = contract(
            tmp_path, "--surface", "v2", "--base-url", origin + "/v2", "--request-timeout", "1"
        )
    assert time.monotonic() - started < GENEROUS
    assert status == EXIT_INCOMPLETE
    assert "INCOMPLETE: stopped: unreachable (the target never answered" in capsys.readouterr().err
    har = assert_incomplete(tmp_path, "unreachable")
    assert har["log"]["entries"][0]["response"]["_error"].startswith("no response")


def test_an_unreachable_target_stops_the_run_at_once(tmp_path: Path) -> None:
    started = time.monotonic()
    with nothing_listening() as origin:
        status = contract(tmp_path, "--surface", "v2", "--base-url", origin + "/v2")
    assert time.monotonic() - started < GENEROUS
    assert status == EXIT_INCOMPLETE
    assert_incomplete(tmp_path, "unreachable")


class HangsOnOneOperation(MockApp):
    """The v2 mock, except that the list of orgs (`GET /v2/orgs`) never comes after its
    first answer (so the target has answered, whichever operation the run starts with)."""

    answered_once = False

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        path = str(scope.get("path", ""))
        if scope["type"] == "http" and path.rstrip("/") == "/v2/orgs":
            if HangsOnOneOperation.answered_once:
                await asyncio.sleep(3600)
            HangsOnOneOperation.answered_once = True
        await super().__call__(scope, receive, send)


def test_an_operation_whose_every_request_fails_the_same_way_stops_the_run(
    tmp_path: Path,
) -> None:
    HangsOnOneOperation.answered_once = False
    app = HangsOnOneOperation(load_surfaces(ROOT, ["v2"]))
    started = time.monotonic()
    with serving_asgi(app) as origin:
        status = contract(
            tmp_path,
            "--surface",
            "v2",
            "--base-url",
            origin + "/v2",
            "--tag",
            "Organizations",
            "--request-timeout",
            "1",
        )
    assert time.monotonic() - started < GENEROUS
    assert status == EXIT_INCOMPLETE
    summary = assert_incomplete(tmp_path, "unanswered")["log"]["comment"]
    assert "every request of GET /orgs failed the same way" in summary


def test_the_time_budget_stops_a_run_and_its_reports_say_so(tmp_path: Path) -> None:
    started = time.monotonic()
    # The whole v2 surface against the mock: minutes at --max-examples 10.
    status = contract(tmp_path, "--surface", "v2", "--max-time", "3", "--max-examples", "10")
    assert time.monotonic() - started < GENEROUS
    assert status == EXIT_INCOMPLETE
    har = assert_incomplete(tmp_path, "max_time")
    assert "the 3 s budget ran out" in har["log"]["comment"]


@pytest.mark.parametrize(
    ("stop", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)], ids=["SIGINT", "SIGTERM"]
)
def test_a_signal_stops_the_run_and_the_reports_are_still_written(
    tmp_path: Path, stop: signal.Signals, code: int
) -> None:
    with hanging() as origin:
        process = subprocess.Popen(
            [
                *COMMAND,
                "--surface",
                "v2",
                "--base-url",
                origin + "/v2",
                "--report-dir",
                str(tmp_path),
                "--request-timeout",
                "60",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, TOKEN_VARIABLE: TOKEN},
        )
        assert process.stdout is not None
        # The run is under way (stuck in a request that would take a minute).
        while not process.stdout.readline().startswith("contract test of v2"):
            pass
        time.sleep(2)
        process.send_signal(stop)
        try:
            _, err = process.communicate(timeout=GENEROUS)
        finally:
            process.kill()
    assert process.returncode == code, err
    assert "Traceback" not in err
    har = assert_incomplete(tmp_path, "interrupted")
    assert f"by {stop.name}" in har["log"]["comment"]


# The peak resident size of this program, in KiB. Not `ru_maxrss`: Linux carries it over
# `execve` from the process that started the child (Python starts it with vfork), so a
# child of a test process that had grown to 700 MB reported 700 MB whatever it used.
PRINT_PEAK = """
import re, resource
try:
    with open("/proc/self/status", encoding="ascii") as proc:
        peak = int(re.search(r"VmHWM:\\s*(\\d+) kB", proc.read())[1])
except OSError:  # no /proc: the carried-over figure is the best there is
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print("peak", peak)
"""


def test_a_measured_child_reports_its_own_peak_not_its_parents() -> None:
    ballast = bytearray(300 * 1024 * 1024)
    ballast[::4096] = b"x" * len(range(0, len(ballast), 4096))  # resident, page by page
    run = subprocess.run([sys.executable, "-c", PRINT_PEAK], capture_output=True, text=True)
    del ballast
    assert int(run.stdout.split("peak ", 1)[1]) < 100 * 1024  # ru_maxrss said 300 MB


MEASURED = (
    "import sys; from semaphore_spec.contract.__main__ import main; "
    "code = main(sys.argv[1:]); "
    f"exec({PRINT_PEAK!r}); sys.exit(code)"
)


def _measured_run(origin: str, report_dir: Path, *options: str) -> tuple[int, int, str]:
    """`semaphore-spec contract` on v2 against `origin`: exit status, peak RSS in KiB, stderr."""
    command = [sys.executable, "-c", MEASURED, "--root", str(ROOT), "--surface", "v2"]
    command += ["--base-url", origin + "/v2", "--report-dir", str(report_dir)]
    command += ["--seed", "3", *options]
    run = subprocess.run(
        command,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, TOKEN_VARIABLE: TOKEN},
    )
    return run.returncode, int(run.stdout.rsplit("peak ", 1)[1]), run.stderr


def test_huge_answers_keep_memory_and_the_cassette_bounded(tmp_path: Path) -> None:
    with huge_answers(10_000_000) as origin:
        status, peak_kib, err = _measured_run(
            origin,
            tmp_path,
            *("--tag", "Organizations", "--max-examples", "1"),
            *("--har-max-body", "100000", "--har-max-total", "1000000"),
        )
    assert status == 1, err  # a JSON string is no organization
    assert peak_kib < 500 * 1024  # unbounded, it grew by every body (5.9 GB in issue 14)
    _, properties, har = reports(tmp_path)
    assert properties["incomplete"] == "false"
    assert (tmp_path / "v2.har").stat().st_size < 2_000_000
    contents = [e["response"]["content"] for e in har["log"]["entries"]]
    assert len(contents) > 10 and all(c["size"] == 10_000_000 for c in contents)
    assert sum(len(c.get("text", "")) for c in contents) <= 1_000_000
    assert (
        "truncated: the first 100000 of 10000000 bytes (per-body limit)" in contents[0]["comment"]
    )
    assert contents[-1]["text"] == "" and "(total limit)" in contents[-1]["comment"]


def test_a_whole_surface_at_default_settings_stays_under_500_mb_with_10_mb_answers(
    tmp_path: Path,
) -> None:
    # Every operation of v2 and every phase, at the default number of examples and the
    # default cassette limits: it peaked at 1.5 GB while the answers behind each failure
    # Schemathesis keeps for the run stayed whole (`contract.memory.AnswerRelease`).
    with huge_answers(10_000_000) as origin:
        status, peak_kib, err = _measured_run(origin, tmp_path)
    assert status == 1, err
    assert peak_kib < 500 * 1024
    _, properties, _ = reports(tmp_path)
    assert properties["incomplete"] == "false"
    published = json.loads((ROOT / "published/v2/openapi.json").read_text(encoding="utf-8"))
    tested = ET.parse(tmp_path / "v2.junit.xml").getroot().iter("testcase")
    assert len([case for case in tested if "(" in case.get("name", "")]) == len(
        select_operations(published, tags=(), operation_ids=(), allow_writes=False)
    )


STATEFUL_PEAK = f"""
import sys
from pathlib import Path
from semaphore_spec.contract.runner import ContractOptions, run_contract
options = ContractOptions(
    surface="v2", token=sys.argv[3], base_url=sys.argv[2], tags=("Organizations",),
    max_examples=30, seed=3, phases=("stateful",),
)
result = run_contract(Path(sys.argv[1]), options)
print("scenarios", result.stateful_scenarios)
{PRINT_PEAK}"""


def test_huge_answers_do_not_pile_up_across_stateful_scenarios() -> None:
    # Without a cassette, in memory, at the default body limits. What piles up: each
    # finished scenario's state machine (every step's whole answer, parsed), cyclic
    # garbage Python seldom collects on its own; the cut bodies a suite keeps till it
    # ends; the answers behind each failure Schemathesis keeps. With none of
    # `contract.memory` it peaks at 1.2 GB, without only `drop_cut_bodies` at 600 MB,
    # without only `AnswerRelease` at 480 MB (the whole-surface test catches that one);
    # 415-430 MB with all of it.
    with huge_answers(10_000_000) as origin:
        run = subprocess.run(
            [sys.executable, "-c", STATEFUL_PEAK, str(ROOT), origin + "/v2", TOKEN],
            capture_output=True,
            text=True,
            timeout=300,
        )
    assert run.returncode == 0, run.stderr
    assert int(run.stdout.split("scenarios ", 1)[1].split()[0]) >= 50
    peak_kib = int(run.stdout.rsplit("peak ", 1)[1])
    assert peak_kib < 500 * 1024


def exchange(body: bytes) -> Exchange:
    request = SentRequest(
        "GET", "http://h.test/v2/orgs", (("Authorization", f"Token {TOKEN}"),), None
    )
    response = ReceivedResponse(200, "OK", "1.1", (("Content-Type", "text/plain"),), body, 0.1)
    return Exchange("GET /orgs", "examples", 0.0, request, response)


def test_a_cut_body_never_keeps_the_start_of_the_token(tmp_path: Path) -> None:
    writer = HarWriter(tmp_path / "x.har", Redactor(TOKEN), max_body=20, max_total=1000)
    writer.add(exchange(b"0123456789" + TOKEN.encode() + b" and more"))
    writer.add(exchange(b"\xff\xfe binary"))
    har = json.loads(writer.close("done").read_text(encoding="utf-8"))
    first, second = (entry["response"]["content"] for entry in har["log"]["entries"])
    assert first["text"] == "0123456789[REDACTED]"
    assert first["comment"] == "truncated: the first 20 of 40 bytes (per-body limit)"
    assert second["encoding"] == "base64" and "comment" not in second
    assert har["log"]["comment"] == "done"
    assert not (tmp_path / "x.har.partial").exists()


def test_the_token_variable_is_the_one_the_readme_and_the_help_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert TOKEN_VARIABLE == "SEMAPHORE_API_TOKEN"
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "SEMAPHORE_TOKEN" not in readme
    assert f"{TOKEN_VARIABLE}=" in readme.split("## Contract testing", 1)[1].split("\n## ")[0]
    with pytest.raises(SystemExit):
        main(["--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert f"(default: ${TOKEN_VARIABLE};" in help_text and "process list" in help_text

    monkeypatch.setenv(TOKEN_VARIABLE, TOKEN)
    with running_mock(ROOT, "v2") as origin:
        status = main(
            [
                "--root",
                str(ROOT),
                "--report-dir",
                str(tmp_path),
                "--surface",
                "v2",
                "--base-url",
                origin + "/v2",
                "--operation-id",
                "listOrgs",
                "--max-examples",
                "1",
            ]
        )
    assert status == 0, capsys.readouterr().err
    reports(tmp_path)
