"""The API token never shows: not in logs, reprs, exceptions, reports or recordings.

Every client test uses the same token, `CANARY`. The first test runs them again
in a subprocess with every log record at DEBUG level printed (httpx and httpcore
included), every test's captured output reported, a JUnit XML report written, and
their temporary files (recorded cassettes among them) kept; then looks for the canary
in all of it (the hostile-server cases of test_client_hostile.py included). The second
drives every feature in this process, against well-behaved and hostile servers (a
server echoing the request's headers among them), and inspects what a user could see:
reprs, exception messages and tracebacks, log records (httpx's and httpcore's DEBUG
lines included) and recordings.
"""

from __future__ import annotations

import asyncio
import logging
import os
import subprocess
import sys
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from contract_faults import echoing, hanging

from client_support import (
    CANARY,
    FAST,
    FIXTURES,
    PROJECT_ID,
    RESET,
    Reply,
    ScriptedServer,
    scripted_server,
)
from conftest import ROOT
from fault_server import (
    FaultServer,
    drip_body,
    echo_headers,
    endless_pages,
    gzip_bomb,
    nested_json,
    reply,
    running_fault_server,
)
from semaphore_spec.contract.__main__ import main as contract_main
from semaphoreci_openapi import RetryPolicy
from semaphoreci_openapi.errors import SemaphoreError
from semaphoreci_openapi.testing import FixtureTransport, RecordingTransport
from semaphoreci_openapi.v1 import Client as V1Client
from semaphoreci_openapi.v1alpha import Client as V1alphaClient
from semaphoreci_openapi.v1alpha.models import WorkflowRunRequest
from semaphoreci_openapi.v2 import Client as V2Client


def files_under(folder: Path) -> Iterator[Path]:
    return (p for p in folder.rglob("*") if p.is_file())


def test_client_test_suite_leaks_nothing(tmp_path: Path) -> None:
    report = tmp_path / "report.xml"
    base = tmp_path / "base"
    # The round trip only parses recorded bodies (its client never sends anything).
    tests = sorted(
        str(p)
        for p in (ROOT / "tests").glob("test_client_*.py")
        if p.name != "test_client_roundtrip.py"
    )
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            *tests,
            "-p",
            "no:cacheprovider",
            # Two workers: the suite around this run keeps the other cores busy already.
            "-n",
            "2",
            "-rA",
            "--show-capture=all",
            "--log-level=DEBUG",
            f"--junitxml={report}",
            f"--basetemp={base}",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
        timeout=900,
    )
    assert run.returncode == 0, "the client tests fail; run them first:\n" + run.stdout[-3000:]
    assert "Captured log" in run.stdout, "the run did not report its logs"
    assert CANARY not in run.stdout
    assert CANARY not in run.stderr
    assert CANARY not in report.read_text(encoding="utf-8")
    recorded = list(files_under(base))
    assert any(p.suffix == ".yaml" for p in recorded), "no cassette was recorded"
    for path in recorded:
        assert CANARY.encode() not in path.read_bytes(), path


class Collector(logging.Handler):
    """Keeps every log record of every logger, formatted."""

    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.lines: list[str] = []
        self.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


@pytest.fixture
def collected() -> Iterator[Collector]:
    collector = Collector()
    root = logging.getLogger()
    level = root.level
    root.addHandler(collector)
    root.setLevel(logging.DEBUG)
    try:
        yield collector
    finally:
        root.removeHandler(collector)
        root.setLevel(level)


def shown(value: Any) -> str:
    """What a user sees of a value: its repr and str, and for an exception the traceback."""
    text = f"{value!r}\n{value}"
    if isinstance(value, BaseException):
        text += "".join(traceback.format_exception(value))
        text += repr(vars(value))
    return text


def echo_server(request: httpx.Request) -> httpx.Response:
    """Answers like the v1 server: URLs in the body carry the caller's token."""
    token = request.url.params.get("auth_token", "")
    body = [{"name": "p", "html_url": f"https://semaphoreci.com/x?auth_token={token}"}]
    return httpx.Response(500, json={"message": f"boom for {request.url}", "items": body})


def failures(server: ScriptedServer) -> list[BaseException]:
    """An exception of every kind, from clients of every surface and auth scheme."""
    errors: list[BaseException] = []
    v1alpha = V1alphaClient(
        CANARY, org_name="myorg", base_url=server.url("/api/v1alpha"), retry=RetryPolicy(**FAST)
    )
    v2_query = V2Client(CANARY, auth="tokenQuery", base_url=server.url("/v2"))
    v1 = V1Client(CANARY, transport=httpx.MockTransport(echo_server))
    server.script(
        Reply(401, "Unauthorized"),
        Reply(422, {"message": "Validation Failed", "errors": [{"field": "name"}]}),
        Reply(429, "Throttled", {"Retry-After": "9999"}),
        Reply(200, "<html>not json</html>"),
        RESET,
        Reply(200, [], {"link": '<https://evil.example.com/v2/orgs?page=2>; rel="next"'}),
    )
    calls = [
        lambda: v1alpha.list_workflows(project_id=PROJECT_ID),
        lambda: v2_query.list_orgs(),
        lambda: v2_query.list_orgs(),
        lambda: v2_query.list_orgs(),
        lambda: v1alpha.run_workflow(body=WorkflowRunRequest(project_id="p", reference="r")),
        lambda: list(v2_query.iter_list_orgs()),
        lambda: v1.list_projects(),
        lambda: V2Client(CANARY, base_url=server.url("/v2"), timeout=0.001).list_orgs(),
    ]
    for call in calls:
        try:
            call()
        except SemaphoreError as error:
            errors.append(error)
    return errors


def hostile_failures(server: FaultServer) -> tuple[list[BaseException], list[Any]]:
    """An exception for every hostile-server case, with the token in the query string
    (v2's `tokenQuery`) and in a header; and the pages of a server echoing the token."""
    server.route("/v2/orgs", drip_body(b"[" + b" " * 400 + b"]", every=0.2))
    server.route("/v2/orgs/big", gzip_bomb(8 << 20))
    server.route("/v2/orgs/nested", nested_json(200_000, 404))
    server.route("/v2/orgs/rate", reply(429, "slow", {"X-RateLimit-Reset": "1e20"}))
    server.route("/v2/orgs/echo", echo_headers(500, {"message": "echo"}))
    server.route(
        "/v2/orgs/bad-link/projects", reply(200, [], {"Link": '<http://[::1>; rel="next"'})
    )
    server.route("/v2/orgs/empty/projects", endless_pages([]))
    server.route("/v2/orgs/echo/projects", echo_headers(200, []))
    calls: list[Callable[[V2Client], Any]] = [
        lambda c: c.list_orgs(),
        lambda c: c.get_org("big"),
        lambda c: c.get_org("nested"),
        lambda c: c.get_org("rate"),
        lambda c: c.get_org("echo"),
        lambda c: list(c.iter_list_org_projects("bad-link")),
        lambda c: list(c.iter_list_org_projects("empty")),
    ]
    errors: list[BaseException] = []
    for auth in ("tokenQuery", "tokenHeader"):
        client = V2Client(
            CANARY,
            auth=auth,
            base_url=server.url("/v2"),
            retry=RetryPolicy.never(),
            deadline=1.0,
            max_response_bytes=1 << 20,
        )
        for call in calls:
            try:
                call(client)
            except SemaphoreError as error:
                errors.append(error)
    pages = list(
        V2Client(CANARY, base_url=server.url("/v2")).iter_list_org_projects("echo").pages()
    )
    return errors, pages


def test_every_feature_leaks_nothing(collected: Collector, tmp_path: Path) -> None:
    with scripted_server() as server:
        errors = failures(server)
    assert len(errors) == 8
    with running_fault_server() as faults:
        hostile, echoed = hostile_failures(faults)
    assert len(hostile) == 14, hostile
    assert "***" in echoed[0].headers["x-echo-authorization"]
    errors += hostile

    fixtures = FixtureTransport.from_path(FIXTURES / "v1alpha")
    client = V1alphaClient(CANARY, org_name="myorg", transport=fixtures)
    paginator = client.iter_list_workflows(project_id=PROJECT_ID)
    pages = list(paginator.pages())

    async def concurrently() -> None:
        async with V2Client(CANARY, transport=FixtureTransport.from_path(FIXTURES / "v2")) as c:
            await asyncio.gather(c.list_orgs_async(), c.get_org_async("renderedtext"))

    asyncio.run(concurrently())

    recorder = RecordingTransport(tmp_path, transport=httpx.MockTransport(echo_server))
    try:
        V1Client(CANARY, transport=recorder).list_projects()
    except SemaphoreError as error:
        errors.append(error)

    visible = [
        client,
        client.with_options(retry=RetryPolicy.never()),
        client._connections._credentials,
        paginator,
        *pages,
        *echoed,
        *fixtures.requests,
        *errors,
    ]
    for value in visible:
        assert CANARY not in shown(value), value
    assert collected.lines, "no log record was produced"
    assert any(line.startswith("httpcore") for line in collected.lines), "no httpcore record"
    for line in collected.lines:
        assert CANARY not in line
    for path in recorder.recorded:
        assert CANARY not in path.read_text(encoding="utf-8")


def test_contract_reports_of_broken_servers_leak_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A server that echoes the token (header and body, cut by the HAR's caps), one that
    never answers, and a run stopped by its budget: reports and output stay clean."""
    options = ["--root", str(ROOT), "--token", CANARY, "--seed", "5", "--max-examples", "1"]
    with echoing() as echo, hanging() as silent:
        runs = {
            "echo": [*options, "--surface", "v2", "--base-url", echo + "/v2",
                     "--tag", "Organizations", "--har-max-body", "777"],
            "silent": [*options, "--surface", "v2", "--base-url", silent + "/v2",
                       "--request-timeout", "1"],
            "budget": [*options, "--surface", "v2", "--max-time", "2", "--max-examples", "10"],
        }  # fmt: skip
        codes = {
            name: contract_main([*argv, "--report-dir", str(tmp_path / name)])
            for name, argv in runs.items()
        }
    assert codes == {"echo": 1, "silent": 3, "budget": 3}
    captured = capsys.readouterr()
    assert CANARY not in captured.out + captured.err
    written = list(files_under(tmp_path))
    assert len(written) == 9
    for path in written:
        assert CANARY not in path.read_text(encoding="utf-8"), path
    echoed = (tmp_path / "echo" / "v2.har").read_text(encoding="utf-8")
    assert "x-echo" in echoed.lower() and "[REDACTED]" in echoed and "per-body limit" in echoed
