"""The mock under hostile requests: huge and deeply nested bodies, a forged `Host`,
silent and dripping clients (semaphore_spec.mock.limits, .hosts, .protocol).

In-process cases go through `MockTransport`; socket cases run the mock with uvicorn on
127.0.0.1 and a free port (`running_mock`), with short timeouts so each test takes
seconds. Bounds are generous: the machine is shared.
"""

from __future__ import annotations

import re
import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest

from conftest import ROOT
from semaphore_spec.contract.target import running_mock
from semaphore_spec.errors import SpecError
from semaphore_spec.mock import Exchange, MockResponse, create_app
from semaphore_spec.mock.limits import MAX_BODY_BYTES, Limits, json_depth_exceeds
from semaphore_spec.mock.transport import MockTransport

# One operation with a JSON body per surface, its path and credentials, and what its
# refusals look like: (content type, the body's words for a nesting problem).
BODY_OPERATIONS = {
    "v1": ("/api/v1/projects/abc/hooks", {}, {"auth_token": "T"}, "application/json"),
    "v1alpha": (
        "/api/v1alpha/deployment_targets",
        {"Authorization": "Token T"},
        {},
        "text/plain",
    ),
    "v2": ("/v2/orgs/acme/secrets", {"Authorization": "Token T"}, {}, "application/json"),
}
PIPELINES = "/api/v1alpha/pipelines?project_id=6f7a4f31-3e55-4a2b-9d0c-2b1a5a3c9e11"
FORGED_HOST = 'evil.example>; rel="next", <http://attacker'
SHORT = Limits(max_body_bytes=100_000, header_timeout=0.5, body_timeout=0.5)
GIVE_UP = 20.0  # seconds; far above the 0.5 s timeouts, so only a missing bound fails


def post(surface: str, body: bytes, app_limits: Limits | None = None) -> httpx.Response:
    path, headers, query, _ = BODY_OPERATIONS[surface]
    app = create_app(ROOT, [surface], limits=app_limits)
    with httpx.Client(transport=MockTransport(app), base_url="http://mock.test") as client:
        return client.post(
            path,
            params=query,
            headers={**headers, "Content-Type": "application/json"},
            content=body,
        )


@pytest.mark.parametrize("surface", sorted(BODY_OPERATIONS))
def test_a_deeply_nested_body_is_refused_in_the_surfaces_format(surface: str) -> None:
    answer = post(surface, b"[" * 200_000)
    assert answer.status_code == 400
    assert answer.headers["content-type"].startswith(BODY_OPERATIONS[surface][3])
    if surface == "v2":
        assert answer.json() == {"message": "Problems parsing JSON"}
    elif surface == "v1":
        assert answer.json() == {"error": "request body: nests JSON deeper than 100 levels"}
    else:
        assert answer.text == "Malformed request: request body: nests JSON deeper than 100 levels"


@pytest.mark.parametrize("surface", sorted(BODY_OPERATIONS))
def test_a_body_past_the_default_limit_is_refused_in_the_surfaces_format(surface: str) -> None:
    # A 9 MB secret name: every operation documents 400 for a bad body, not 413.
    answer = post(surface, b'{"name": "' + b"a" * 9_000_000 + b'"}')
    assert answer.status_code == 400
    assert answer.headers["content-type"].startswith(BODY_OPERATIONS[surface][3])
    assert f"larger than {MAX_BODY_BYTES} bytes" in answer.text


def test_depth_counts_brackets_outside_strings_only() -> None:
    assert not json_depth_exceeds(b'{"a": "' + b"[" * 500 + b'"}', 3)
    assert not json_depth_exceeds(b'["\\"[[[[", [[1]]]', 3)
    assert json_depth_exceeds(b"[[[[1]]]]", 3)
    assert not json_depth_exceeds(b"[[[1]]] [[[2]]]", 3)


def test_over_a_socket_at_most_the_limit_is_kept_and_the_client_reads_the_answer() -> None:
    kept: list[int] = []

    def measure(exchange: Exchange, response: MockResponse) -> MockResponse:
        kept.append(len(exchange.request.body))
        return response

    app = create_app(ROOT, ["v2"], response_hook=measure, limits=SHORT)
    path, headers, _, _ = BODY_OPERATIONS["v2"]
    with running_mock(ROOT, "v2", app) as origin:
        answer = httpx.post(
            origin + path,
            headers={**headers, "Content-Type": "application/json"},
            content=b'{"name": "' + b"a" * 5_000_000 + b'"}',
            timeout=GIVE_UP,
        )
    assert answer.status_code == 400
    assert "larger than 100000 bytes" in answer.json()["message"]
    assert kept == [SHORT.max_body_bytes + 1]


def links(value: str) -> list[tuple[str, str]]:
    """(url, rel) of every link in a `link` header."""
    return re.findall(r'<([^>]*)>; rel="([^"]*)"', value)


def test_a_forged_host_header_cannot_add_a_link_relation() -> None:
    with running_mock(ROOT, "v1alpha") as origin:
        answer = httpx.get(
            origin + PIPELINES,
            headers={"Authorization": "Token T", "Host": FORGED_HOST},
            timeout=GIVE_UP,
        )
    assert answer.status_code == 200
    found = links(answer.headers["link"])
    assert [rel for _, rel in found] == ["first", "last"]
    assert all(url.startswith(origin + "/api/v1alpha/pipelines?") for url, _ in found)
    assert "attacker" not in answer.headers["link"]


def test_a_plain_host_header_still_names_the_in_process_mock() -> None:
    app = create_app(ROOT, ["v1alpha"])
    with httpx.Client(transport=MockTransport(app), base_url="https://acme.example") as client:
        answer = client.get(PIPELINES, headers={"Authorization": "Token T"})
    assert {url.split("/api/")[0] for url, _ in links(answer.headers["link"])} == {
        "https://acme.example"
    }


def test_a_configured_public_url_wins_over_the_host_header() -> None:
    app = create_app(ROOT, ["v1alpha"], public_url="http://mock.internal:4010")
    with httpx.Client(transport=MockTransport(app), base_url="https://acme.example") as client:
        answer = client.get(PIPELINES, headers={"Authorization": "Token T"})
    assert {url.split("/api/")[0] for url, _ in links(answer.headers["link"])} == {
        "http://mock.internal:4010"
    }


@pytest.mark.parametrize(
    "url", ["ftp://mock:1", "http://mock:1/base", "http://mo>ck:1", "http://mock:1/?q=1"]
)
def test_a_public_url_that_is_not_an_origin_is_a_typed_error(url: str) -> None:
    with pytest.raises(SpecError, match="--public-url must be an http"):
        create_app(ROOT, ["v1"], public_url=url)


@contextmanager
def connected(origin: str) -> Iterator[socket.socket]:
    host, port = origin.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=GIVE_UP) as sock:
        yield sock


def closed_after(sock: socket.socket) -> float:
    """Seconds until the server closes `sock` (reading whatever it sends first)."""
    started = time.monotonic()
    while sock.recv(4096):
        pass
    return time.monotonic() - started


def test_a_silent_connection_is_closed_after_the_header_timeout() -> None:
    app = create_app(ROOT, ["v1"], limits=SHORT)
    with running_mock(ROOT, "v1", app) as origin, connected(origin) as sock:
        # Without the deadline `recv` waits GIVE_UP seconds and raises.
        assert closed_after(sock) < GIVE_UP


def test_dripping_headers_do_not_keep_a_connection_open() -> None:
    app = create_app(ROOT, ["v1"], limits=SHORT)
    request = b"GET /api/v1/projects?auth_token=T HTTP/1.1\r\nHost: x\r\nX-Slow: " + b"a" * 400
    with running_mock(ROOT, "v1", app) as origin, connected(origin) as sock:
        started = time.monotonic()
        sock.settimeout(0.05)
        with pytest.raises(OSError):  # the server hangs up while the client still sends
            for byte in request:
                sock.sendall(bytes([byte]))
                try:
                    if sock.recv(4096) == b"":
                        raise ConnectionResetError("closed by the mock")
                except TimeoutError:
                    pass
        assert time.monotonic() - started < GIVE_UP


def test_a_body_that_stops_coming_is_answered_408() -> None:
    app = create_app(ROOT, ["v2"], limits=SHORT)
    path, _, _, _ = BODY_OPERATIONS["v2"]
    head = f"POST {path} HTTP/1.1\r\nHost: x\r\nAuthorization: Token T\r\n"
    head += "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n"
    with running_mock(ROOT, "v2", app) as origin, connected(origin) as sock:
        sock.sendall(head.encode() + b'{"name": ')
        answer = b""
        while chunk := sock.recv(4096):
            answer += chunk
    assert answer.startswith(b"HTTP/1.1 408 ")
