"""The mock's answers remembered per distinct request (mock/answers.py) and the
connection's encoded response heads (mock/http1.py)."""

from __future__ import annotations

import httpx

from conftest import ROOT
from semaphore_spec.mock import Exchange, MockResponse, create_app, http1
from semaphore_spec.mock.answers import MAX_KEY_BODY, AnsweredRequests
from semaphore_spec.mock.app import MockApp
from semaphore_spec.mock.exchange import HttpRequest
from semaphore_spec.mock.limits import Limits
from semaphore_spec.mock.transport import MockTransport

BASE = "https://semaphoreci.com/api/v1"


def _request(path: str = "/api/v1/projects", body: bytes = b"", **headers: str) -> HttpRequest:
    return HttpRequest("GET", "https", "semaphoreci.com", path, "auth_token=T", headers, body)


class _Counting:
    """A `compute` that counts its calls and answers with the path it was asked."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, request: HttpRequest) -> tuple[Exchange, MockResponse]:
        self.calls += 1
        response = MockResponse(200, [("X-Path", request.raw_path)], request.raw_path.encode())
        return Exchange(request, "s", "op", "fixture", "f.yaml"), response


def test_a_repeated_request_is_answered_once_as_fresh_copies() -> None:
    answered, compute = AnsweredRequests(), _Counting()
    _, first = answered.answer(_request(), compute)
    first.headers.append(("X-Added", "by a hook"))
    exchange, again = answered.answer(_request(), compute)
    assert compute.calls == 1
    assert again.headers == [("X-Path", "/api/v1/projects")]
    assert again is not first and again.content == b"/api/v1/projects"
    assert (exchange.outcome, exchange.fixture, exchange.request) == (
        "fixture",
        "f.yaml",
        _request(),
    )


def test_any_difference_in_the_request_or_context_is_answered_anew() -> None:
    answered, compute = AnsweredRequests(), _Counting()
    answered.answer(_request(), compute)
    answered.answer(_request(accept="text/plain"), compute)
    answered.answer(_request("/api/v1/projects/x"), compute)
    answered.answer(_request(body=b"{}"), compute)
    answered.answer(_request(), compute, context="other limits")
    assert compute.calls == 5


def test_the_memory_is_bounded_by_count_bytes_and_body_size() -> None:
    compute = _Counting()
    few = AnsweredRequests(size=2)
    for path in ("/a", "/b", "/c", "/a"):
        few.answer(_request(path), compute)
    assert compute.calls == 4  # "/a" was forgotten when "/c" filled the memory
    small = AnsweredRequests(max_bytes=3)
    small.answer(_request("/long"), compute)
    small.answer(_request("/long"), compute)
    assert compute.calls == 6  # a body larger than the bound is never kept
    large = AnsweredRequests()
    large.answer(_request(body=b"x" * (MAX_KEY_BODY + 1)), compute)
    large.answer(_request(body=b"x" * (MAX_KEY_BODY + 1)), compute)
    assert compute.calls == 8


class _CountingApp(MockApp):
    answers = 0

    def _answer(self, request: HttpRequest) -> tuple[Exchange, MockResponse]:
        self.answers += 1
        return super()._answer(request)


def test_the_app_answers_a_repeated_request_from_memory_and_the_hook_sees_each() -> None:
    seen: list[Exchange] = []

    def hook(exchange: Exchange, response: MockResponse) -> MockResponse:
        seen.append(exchange)
        response.headers.append(("X-Hook", str(len(seen))))
        return response

    app = _CountingApp(create_app(ROOT, ["v1"]).surfaces, response_hook=hook)
    client = httpx.Client(transport=MockTransport(app), base_url=BASE)
    first = client.get("/projects", params={"auth_token": "T"})
    second = client.get("/projects", params={"auth_token": "T"})
    assert app.answers == 1 and len(seen) == 2
    assert first.content == second.content and first.status_code == second.status_code == 200
    assert (first.headers["x-hook"], second.headers["x-hook"]) == ("1", "2")
    app.limits = Limits(max_body_bytes=10)
    client.get("/projects", params={"auth_token": "T"})
    assert app.answers == 2


def test_a_response_head_is_encoded_once_and_reused() -> None:
    response = MockResponse(201, [("X-Once", "1")])
    first = http1.encode_response(response, response.headers, b"body")
    key = (201, (("X-Once", "1"),))
    assert http1._HEADS[key] == b"HTTP/1.1 201 Created\r\nx-once: 1"
    http1._HEADS[key] = b"HTTP/1.1 201 Created\r\nx-once: remembered"
    again = http1.encode_response(response, response.headers, b"body")
    assert first.startswith(b"HTTP/1.1 201 Created\r\nx-once: 1\r\ndate: ")
    assert again.startswith(b"HTTP/1.1 201 Created\r\nx-once: remembered\r\ndate: ")
    assert again.endswith(b"\r\n\r\nbody")
    del http1._HEADS[key]
