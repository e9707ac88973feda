"""The `mock` command: a real server on 127.0.0.1, plain and TLS (semaphore_spec.mock.command).

The server runs as `python -m semaphore_spec.mock`, the same options `semaphore-spec mock`
takes; every test stops the process it started and checks that it stopped cleanly.
"""

from __future__ import annotations

import queue
import signal
import socket
import ssl
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from conftest import ROOT
from semaphore_spec import cli
from semaphore_spec.fixtures import load_fixtures
from semaphore_spec.mock.command import DEFAULT_PORT

PROJECTS = next(f for f in load_fixtures(ROOT, "v1") if f.file.endswith("listProjects.200.yaml"))
STARTUP_SECONDS = 30


class Mock:
    """A running `mock` process and what it announced (`key: value` lines)."""

    def __init__(self, process: subprocess.Popen[str], announced: dict[str, str]) -> None:
        self.process = process
        self.announced = announced
        self.closing: list[str] = []  # what it printed after the stop signal
        self.stop_seconds = 0.0  # from the signal to the exit
        self.errors = ""  # its stderr, once stopped

    @property
    def port(self) -> int:
        return int(self.announced["port"])


def _mock_command(*options: str) -> list[str]:
    return [sys.executable, "-m", "semaphore_spec.mock", "--root", str(ROOT), *options]


@contextmanager
def running(*options: str, stop: signal.Signals = signal.SIGINT) -> Iterator[Mock]:
    """Start the mock, wait for its announcement, stop it with `stop`, check it stopped."""
    process = subprocess.Popen(
        _mock_command(*options), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    lines: queue.Queue[str | None] = queue.Queue()

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            lines.put(line.rstrip("\n"))
        lines.put(None)

    threading.Thread(target=read, daemon=True).start()
    announced: dict[str, str] = {}
    deadline = time.monotonic() + STARTUP_SECONDS
    try:
        while "port" not in announced or ("--tls" in options and "ca-file" not in announced):
            line = lines.get(timeout=max(deadline - time.monotonic(), 0.1))
            if line is None:
                raise AssertionError(f"the mock exited: {process.wait()} {_stderr(process)}")
            _announce(announced, line)
        # The surface lines follow the port; give them the moment they take to arrive.
        while (line := _next(lines)) is not None:
            _announce(announced, line)
        mock = Mock(process, announced)
        yield mock
    finally:
        process.send_signal(stop)
        signalled = time.monotonic()
        try:
            code = process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
            raise
        mock.stop_seconds = time.monotonic() - signalled
        mock.errors = _stderr(process)
        assert code == 0, mock.errors
        while (line := lines.get(timeout=STARTUP_SECONDS)) is not None:
            mock.closing.append(line)


def _announce(announced: dict[str, str], line: str) -> None:
    if line.startswith("listening on "):
        announced["listening on"] = line.removeprefix("listening on ")
    else:
        key, _, value = line.partition(": ")
        announced[key] = value


def _next(lines: queue.Queue[str | None]) -> str | None:
    try:
        return lines.get(timeout=0.5)
    except queue.Empty:
        return None


def _stderr(process: subprocess.Popen[str]) -> str:
    return process.stderr.read() if process.stderr else ""


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_port_zero_picks_a_free_port_prints_it_and_serves(stop: signal.Signals) -> None:
    with running("--port", "0", "--surface", "v1", stop=stop) as mock:
        assert mock.port > 0
        assert mock.announced["listening on"] == f"http://127.0.0.1:{mock.port}"
        assert mock.announced["v1"] == f"http://127.0.0.1:{mock.port}/api/v1"
        assert "v2" not in mock.announced
        answer = httpx.get(f"{mock.announced['v1']}/projects", params={"auth_token": "T"})
        assert answer.status_code == 200
        assert answer.json() == PROJECTS.response["body"]
        assert httpx.get(f"{mock.announced['v1']}/projects").status_code == 401


def test_tls_serves_https_with_the_printed_certificate_authority() -> None:
    with running("--port", "0", "--surface", "v1", "--tls") as mock:
        ca_file = Path(mock.announced["ca-file"])
        assert ca_file.is_file()
        trusting = ssl.create_default_context(cafile=str(ca_file))
        for host in ("127.0.0.1", "localhost"):
            with httpx.Client(verify=trusting) as client:
                answer = client.get(
                    f"https://{host}:{mock.port}/api/v1/projects", params={"auth_token": "T"}
                )
            assert answer.status_code == 200
            assert answer.json() == PROJECTS.response["body"]
        assert mock.announced["v1"] == f"https://127.0.0.1:{mock.port}/api/v1"
        with pytest.raises(httpx.ConnectError), httpx.Client() as untrusting:
            untrusting.get(f"https://127.0.0.1:{mock.port}/api/v1/projects")
    # The throwaway authority goes with the server.
    assert not ca_file.exists()


def test_tls_writes_the_ca_where_asked_and_leaves_it(tmp_path: Path) -> None:
    wanted = tmp_path / "certs" / "mock-ca.pem"
    with running("--port", "0", "--surface", "v1", "--tls", "--ca-file", str(wanted)) as mock:
        assert Path(mock.announced["ca-file"]) == wanted
        assert wanted.read_text().startswith("-----BEGIN CERTIFICATE-----")
    assert wanted.is_file()


def test_a_busy_port_is_an_error_not_a_traceback() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        result = subprocess.run(
            _mock_command("--port", str(port), "--surface", "v1"),
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert result.returncode == 2
    assert f"cannot listen on 127.0.0.1:{port}" in result.stderr
    assert "Traceback" not in result.stderr


def test_an_unknown_surface_is_an_error() -> None:
    result = subprocess.run(
        _mock_command("--port", "0", "--surface", "v9"), capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 2
    assert "unknown surface v9" in result.stderr


def test_the_cli_parses_the_mock_command() -> None:
    argv = ["mock", "--surface", "v1", "--surface", "v2", "--tls"]
    args = cli.parser(argv).parse_args(argv)
    assert (args.command, args.surface, args.host, args.port, args.tls) == (
        "mock",
        ["v1", "v2"],
        "127.0.0.1",
        DEFAULT_PORT,
        True,
    )
    assert callable(args.run)


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_a_stop_does_not_wait_for_a_client_stuck_in_a_request(stop: signal.Signals) -> None:
    # The client sent headers and half its body; with a 60 s body timeout only the
    # bounded graceful shutdown (half a second) lets the mock go in time.
    with running("--port", "0", "--surface", "v1", "--header-timeout", "60", stop=stop) as mock:
        stuck = socket.create_connection(("127.0.0.1", mock.port))
        stuck.sendall(
            b"POST /api/v1/projects/abc/hooks?auth_token=T HTTP/1.1\r\nHost: x\r\n"
            b"Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{"
        )
        time.sleep(0.5)  # the request reaches the application
    stuck.close()
    assert mock.closing == [f"stopped ({stop.name})"]
    assert "Traceback" not in mock.errors
    assert mock.stop_seconds < 10  # uvicorn's default waits for the client forever


def test_links_point_at_the_address_it_listens_on_whatever_the_host_header() -> None:
    with running("--port", "0", "--surface", "v1alpha") as mock:
        answer = httpx.get(
            f"{mock.announced['v1alpha']}/pipelines",
            params={"project_id": "6f7a4f31-3e55-4a2b-9d0c-2b1a5a3c9e11"},
            headers={"Authorization": "Token T", "Host": "elsewhere.example:1"},
        )
    assert answer.status_code == 200
    assert answer.headers["link"].startswith(f"<http://127.0.0.1:{mock.port}/api/v1alpha/")
    assert "elsewhere" not in answer.headers["link"]


def test_a_public_url_that_is_not_an_origin_is_an_error_not_a_traceback() -> None:
    result = subprocess.run(
        _mock_command("--port", "0", "--surface", "v1", "--public-url", "http://mock:1/x"),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "--public-url must be an http(s) origin" in result.stderr
    assert "Traceback" not in result.stderr
