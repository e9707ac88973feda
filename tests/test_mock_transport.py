"""The mock in-process: httpx transports (sync and async) and the ASGI app's response hook."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from conftest import ROOT
from semaphore_spec.fixtures import load_fixtures
from semaphore_spec.mock import Exchange, MockResponse, create_app
from semaphore_spec.mock.transport import AsyncMockTransport, MockTransport

BASE = "https://semaphoreci.com/api/v1"
PROJECTS = next(f for f in load_fixtures(ROOT, "v1") if f.file.endswith("listProjects.200.yaml"))


def test_sync_transport_answers_from_the_fixtures() -> None:
    with httpx.Client(transport=MockTransport(root=ROOT, surfaces=["v1"]), base_url=BASE) as client:
        answer = client.get("/projects", params={"auth_token": "T"})
    assert answer.status_code == 200
    assert answer.json() == PROJECTS.response["body"]
    assert answer.headers["content-type"] == "application/json; charset=utf-8"


def test_async_transport_runs_the_asgi_app() -> None:
    async def fetch() -> tuple[httpx.Response, httpx.Response]:
        transport = AsyncMockTransport(root=ROOT, surfaces=["v1"])
        async with httpx.AsyncClient(transport=transport, base_url=BASE) as client:
            ok = await client.get("/projects", params={"auth_token": "T"})
            refused = await client.get("/projects")
            return ok, refused

    ok, refused = asyncio.run(fetch())
    assert ok.status_code == 200 and ok.json() == PROJECTS.response["body"]
    assert (refused.status_code, refused.text) == (401, "Unauthorized")


def test_a_transport_needs_an_app_or_a_root() -> None:
    with pytest.raises(ValueError):
        MockTransport()


def test_the_response_hook_sees_every_exchange_and_may_replace_the_answer() -> None:
    seen: list[Exchange] = []

    def drop_projects(exchange: Exchange, response: MockResponse) -> MockResponse:
        seen.append(exchange)
        if exchange.operation_id == "listProjects" and response.status == 200:
            return MockResponse(200, [("Content-Type", "application/json")], b"[]")
        return response

    app = create_app(ROOT, ["v1"], response_hook=drop_projects)
    client = httpx.Client(transport=MockTransport(app), base_url=BASE)
    assert client.get("/projects", params={"auth_token": "T"}).json() == []
    client.get("/projects")
    client.get("/projects/abc/x/status", params={"auth_token": "T"})
    client.get("/nothing")
    assert [(e.operation_id, e.outcome) for e in seen] == [
        ("listProjects", "fixture"),
        ("listProjects", "unauthenticated"),
        ("getBranchStatus", "rejected"),
        (None, "unanswered"),
    ]
    assert seen[0].fixture == PROJECTS.file
    assert [p.name for p in seen[2].problems] == ["branch_id"]
