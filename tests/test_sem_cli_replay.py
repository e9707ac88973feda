"""Acceptance test of issue 17: the official `sem` CLI's calls, replayed against the mock.

The mock is started as a user starts it (`python -m semaphore_spec.mock --tls --port 0`);
every call goes over HTTPS to 127.0.0.1, verified with the CA the mock prints, carrying
the CLI's headers. The calls are data (tests/sem_cli_calls.py); each test node is one
CLI command step, and asserts what the CLI needs: the operation is described, the answer
is 200 with a JSON body holding the fields the CLI reads, and the CLI's pagination loop
ends on the header or field it follows.
"""

from __future__ import annotations

import json
import queue
import re
import signal
import ssl
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from functools import cache
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx
import pytest
from sem_cli_calls import CURSOR, HAS_MORE, LINK_NEXT, PAGE_TOKEN, STEPS, Step

from conftest import ROOT, built_surfaces, published

STARTUP_SECONDS = 60
MAX_PAGES = 20  # the CLI caps its own loops; a mock that never ends a list fails here
HEADERS = {
    "Authorization": "Token sem-cli-replay-token",
    "User-Agent": "SemaphoreCLI/v0.32.0 (linux; amd64)",
    "Content-Type": "application/json",
}


class MockServer:
    """The `mock --tls` process and the client that talks to it as the CLI does."""

    def __init__(self, process: subprocess.Popen[str], announced: dict[str, str]) -> None:
        self.process = process
        self.origin = f"https://127.0.0.1:{announced['port']}"
        self.client = httpx.Client(
            base_url=f"{self.origin}/api",
            verify=ssl.create_default_context(cafile=announced["ca-file"]),
            timeout=30,
        )


def _read_announcement(process: subprocess.Popen[str]) -> dict[str, str]:
    lines: queue.Queue[str | None] = queue.Queue()

    def pump() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            lines.put(line.rstrip("\n"))
        lines.put(None)

    threading.Thread(target=pump, daemon=True).start()
    announced: dict[str, str] = {}
    deadline = time.monotonic() + STARTUP_SECONDS
    while "port" not in announced or "ca-file" not in announced:
        line = lines.get(timeout=max(deadline - time.monotonic(), 0.1))
        if line is None:
            errors = process.stderr.read() if process.stderr else ""
            raise AssertionError(f"the mock exited: {process.wait()} {errors}")
        key, _, value = line.partition(": ")
        announced[key] = value
    return announced


@pytest.fixture(scope="module")
def mock() -> Iterator[MockServer]:
    """`semaphore-spec mock --tls --port 0` on 127.0.0.1, stopped (and checked) after."""
    command = [sys.executable, "-m", "semaphore_spec.mock", "--root", str(ROOT)]
    process = subprocess.Popen(
        [*command, "--tls", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        server = MockServer(process, _read_announcement(process))
        with server.client:
            yield server
    finally:
        process.send_signal(signal.SIGINT)
        try:
            code = process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
            raise
        assert code == 0, process.stderr.read() if process.stderr else ""


@cache
def _described() -> dict[str, list[tuple[str, re.Pattern[str]]]]:
    """operationId -> (method, pattern of its path under /api) for every built surface."""
    found: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
    for surface in built_surfaces():
        document = published(surface)
        base = urlsplit(document["servers"][0]["url"]).path.removeprefix("/api")
        for template, item in document.get("paths", {}).items():
            pattern = re.compile(
                re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(base + template)) + "$"
            )
            for method, operation in item.items():
                if isinstance(operation, dict) and "operationId" in operation:
                    found.setdefault(operation["operationId"], []).append((method.upper(), pattern))
    return found


def _assert_described(step: Step) -> None:
    """The spec has the step's operation, at the method and path the CLI calls."""
    places = _described().get(step.operation)
    assert places, f"no operation {step.operation} is described"
    path = re.sub("/+", "/", step.path)  # the CLI doubles a slash in one call
    assert any(method == step.method and pattern.match(path) for method, pattern in places), (
        f"{step.operation} is not described at {step.method} {path}"
    )


def _send(mock: MockServer, step: Step, query: list[tuple[str, str]]) -> httpx.Response:
    if step.multipart is not None:
        # A multipart body sets its own Content-Type (the CLI's upload does too).
        headers = {k: v for k, v in HEADERS.items() if k != "Content-Type"}
        files = {name: (f"{name}.tgz", data) for name, data in (step.files or {}).items()}
        return mock.client.request(
            step.method,
            step.path,
            params=tuple(query),
            data=step.multipart,
            files=files,
            headers=headers,
        )
    content = json.dumps(step.json).encode() if step.json is not None else b""
    return mock.client.request(
        step.method, step.path, params=tuple(query), content=content, headers=HEADERS
    )


def _body(step: Step, answer: httpx.Response) -> Any:
    assert answer.status_code == 200, (
        f"{step.method} {step.path}: the CLI needs 200, the mock said {answer.status_code}: "
        f"{answer.text[:300]}"
    )
    try:
        return answer.json()
    except ValueError:
        return None


def _values(body: Any, path: str) -> list[Any]:
    """The values at a dotted path; `[]` walks every item of a list."""
    found = [body]
    for part in path.split(".") if path else []:
        step: list[Any] = []
        for value in found:
            if part == "[]":
                assert isinstance(value, list), f"{path}: {part} is not a list: {value!r}"
                step.extend(value)
            else:
                assert isinstance(value, dict) and part in value, (
                    f"{path}: no {part!r} in {value!r}"
                )
                step.append(value[part])
        found = step
    return found


def _check_reads(step: Step, body: Any) -> None:
    for path in step.reads:
        _values(body, path)


def _has_next_link(answer: httpx.Response) -> bool:
    return any('rel="next"' in part for part in answer.headers.get_list("link"))


def _walk(mock: MockServer, step: Step) -> int:
    """Follow the CLI's loop from the first page; the number of pages read."""
    query = list(step.query)
    for pages in range(1, MAX_PAGES + 1):
        answer = _send(mock, step, query)
        body = _body(step, answer)
        _check_reads(step, body)
        if step.loop == HAS_MORE:
            assert answer.headers.get("x-page") == dict(query)["page"], answer.headers
            more = answer.headers.get("x-has-more")
            assert more in ("true", "false"), f"x-has-more is {more!r}"
            if more == "false":
                return pages
            query = [(k, str(pages + 1) if k == "page" else v) for k, v in query]
        elif step.loop == LINK_NEXT:
            if not _has_next_link(answer):
                return pages
            query = [(k, str(pages + 1) if k == "page" else v) for k, v in query]
        elif step.loop == CURSOR:
            cursor = _values(body, "cursor")[0]
            assert isinstance(cursor, str), f"cursor is {cursor!r}"
            if cursor == "":
                return pages
            query = [*(p for p in step.query if p[0] != "cursor"), ("cursor", cursor)]
        else:
            assert step.loop == PAGE_TOKEN
            token = _values(body, "next_page_token")[0]
            assert isinstance(token, str), f"next_page_token is {token!r}"
            if token == "":
                return pages
            query = [*(p for p in step.query if p[0] != "page_token"), ("page_token", token)]
    raise AssertionError(f"{step.command}: the list did not end within {MAX_PAGES} pages")


def _param(step: Step) -> Any:
    marks = [pytest.mark.xfail(strict=True, reason=step.gap)] if step.gap else []
    return pytest.param(step, id=step.command, marks=marks)


@pytest.mark.parametrize("step", [_param(step) for step in STEPS])
def test_sem_command_is_answered_as_the_cli_needs(mock: MockServer, step: Step) -> None:
    _assert_described(step)
    if step.loop is not None:
        assert _walk(mock, step) >= 1
        return
    answer = _send(mock, step, list(step.query))
    _check_reads(step, _body(step, answer))


def test_every_step_names_a_distinct_command() -> None:
    """One node per command: ids must not collide (pytest would suffix them silently)."""
    commands = [step.command for step in STEPS]
    assert len(commands) == len(set(commands))


def test_connect_without_a_token_is_refused(mock: MockServer) -> None:
    """`sem connect` with no token: the CLI reports the status, so it must not be 200."""
    answer = mock.client.get(
        "/v1alpha/projects",
        params={"page": "1"},
        headers={k: v for k, v in HEADERS.items() if k != "Authorization"},
    )
    assert answer.status_code == 401


def test_each_loop_starts_from_the_cli_first_request() -> None:
    """The data says what the CLI sends: page 1 (200 per page where it sets a size), and
    the query in `query`, never in the path."""
    for step in STEPS:
        query = dict(step.query)
        if step.loop in (HAS_MORE, LINK_NEXT):
            assert query.get("page") == "1", step.command
        if step.loop == LINK_NEXT:
            assert query.get("page_size") == "200", step.command
        assert not {k for k, _ in parse_qsl(urlsplit(step.path).query)}, step.command
