"""semaphoreci_openapi.testing: replaying recorded exchanges, recording new ones."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
import pytest

from client_support import CANARY, FIXTURES, PROJECT_ID, fixture_body, read_yaml
from semaphoreci_openapi.errors import AuthenticationError
from semaphoreci_openapi.testing import (
    PLACEHOLDER,
    Fixture,
    FixtureNotFound,
    FixtureTransport,
    RecordingTransport,
    use_transport,
)
from semaphoreci_openapi.v1 import Client as V1Client
from semaphoreci_openapi.v1alpha import Client as V1alphaClient
from semaphoreci_openapi.v1alpha.models import ProjectInput, ProjectRepositoryRunOnItem

HASH_ID = "5db28f4d-905f-43ac-946d-1b3cfbfede30"


def test_replays_the_projects_own_fixtures() -> None:
    transport = FixtureTransport.from_path(FIXTURES / "v1alpha")
    client = V1alphaClient(CANARY, org_name="myorg", transport=transport)
    pipeline = client.describe_pipeline("6cf4569c-f76c-4dea-b293-3e4282ba1153")
    expected = fixture_body("v1alpha", "describePipeline.200")
    assert pipeline.to_dict() == expected


def test_query_parameters_pick_the_fixture() -> None:
    transport = FixtureTransport.from_path(FIXTURES / "v1alpha")
    client = V1alphaClient(CANARY, org_name="myorg", transport=transport)
    workflows = client.list_workflows(project_id=PROJECT_ID, branch_name="master", page_size=2)
    first_page = fixture_body("v1alpha", "listWorkflows.200.first-page")
    assert [w.wf_id for w in workflows] == [w["wf_id"] for w in first_page]


def test_pagination_over_recorded_pages() -> None:
    transport = FixtureTransport.from_path(FIXTURES / "v1")
    client = V1Client(CANARY, transport=transport)
    builds = list(client.iter_get_branch_history(HASH_ID, 1428889))
    first = fixture_body("v1", "getBranchHistory.200.first-page")["builds"]
    last = fixture_body("v1", "getBranchHistory.200.last-page")["builds"]
    assert [b.build_number for b in builds] == [b["build_number"] for b in first + last]


def test_only_selects_an_error_variant() -> None:
    transport = FixtureTransport.from_path(FIXTURES / "v1").only("listProjects.401")
    with pytest.raises(AuthenticationError) as caught:
        V1Client(CANARY, transport=transport).list_projects()
    assert caught.value.status_code == 401


def test_unknown_requests_and_names_are_reported() -> None:
    transport = FixtureTransport.from_path(FIXTURES / "v1").only("listProjects")
    with pytest.raises(FixtureNotFound) as caught:
        V1Client(CANARY, transport=transport).list_webhooks(HASH_ID)
    assert "GET https://semaphoreci.com/api/v1/projects/" in str(caught.value)
    assert CANARY not in str(caught.value)
    with pytest.raises(FixtureNotFound):
        transport.only("noSuchOperation")


def test_seen_requests_are_redacted() -> None:
    transport = FixtureTransport.from_path(FIXTURES / "v1").only("listProjects")
    V1Client(CANARY, transport=transport).list_projects()
    (request,) = transport.requests
    assert request.url.path == "/api/v1/projects"
    assert CANARY not in str(request.url) and "auth_token" in request.url.params


def test_async_replay() -> None:
    transport = FixtureTransport.from_path(FIXTURES / "v1alpha")

    async def fetch() -> int:
        async with V1alphaClient(CANARY, org_name="myorg", transport=transport) as client:
            return len(await client.list_workflows_async(project_id=PROJECT_ID))

    assert asyncio.run(fetch()) == len(fixture_body("v1alpha", "listWorkflows.200"))


def test_use_transport_routes_clients_built_inside() -> None:
    transport = FixtureTransport.from_path(FIXTURES / "v1")
    with use_transport(transport):
        client = V1Client(CANARY)
    assert len(client.list_projects()) == len(fixture_body("v1", "listProjects.200"))
    assert len(transport.requests) == 1


def test_fixture_files_in_json_too(tmp_path: Path) -> None:
    source = read_yaml(FIXTURES / "v1" / "listProjects.200.yaml")
    (tmp_path / "listProjects.200.json").write_text(__import__("json").dumps(source))
    fixture = Fixture.load(tmp_path / "listProjects.200.json")
    assert fixture.name == "listProjects.200" and fixture.status == 200


def recorded_server(request: httpx.Request) -> httpx.Response:
    """A v1 server that, like the real one, echoes the token in the URLs it returns."""
    token = request.url.params["auth_token"]
    body = fixture_body("v1", "getBuild.200")
    body["build_info_url"] = f"https://semaphoreci.com/api/v1/x?auth_token={token}"
    return httpx.Response(200, json=body, headers={"Set-Cookie": f"s={token}"})


def test_recording_replaces_the_token_and_replays(tmp_path: Path) -> None:
    recorder = RecordingTransport(tmp_path, transport=httpx.MockTransport(recorded_server))
    client = V1Client(CANARY, transport=recorder)
    original = client.get_build(HASH_ID, 1428889, 35)
    (path,) = recorder.recorded
    text = path.read_text(encoding="utf-8")
    assert CANARY not in text and PLACEHOLDER in text
    exchange = read_yaml(path)
    assert path.name == "getBuild.200.yaml"
    assert exchange["request"]["path"] == f"/projects/{HASH_ID}/1428889/builds/35"
    assert exchange["request"]["query"] == {"auth_token": PLACEHOLDER}
    assert "Set-Cookie" not in exchange["response"].get("headers", {})

    replayed = V1Client(CANARY, transport=FixtureTransport.from_path(tmp_path))
    again = replayed.get_build(HASH_ID, 1428889, 35)
    assert again.number == original.number
    assert again.build_info_url == "https://semaphoreci.com/api/v1/x?auth_token=TOKEN"

    client.get_build(HASH_ID, 1428889, 35)
    assert recorder.recorded[1].name == "getBuild.200.recorded-2.yaml"


def test_projects_are_walked_over_recorded_pages_and_created() -> None:
    # Issue 17 part A: the projects list pages on `x-has-more`, as `sem get projects` does.
    transport = FixtureTransport.from_path(FIXTURES / "v1alpha")
    client = V1alphaClient(CANARY, org_name="myorg", transport=transport)
    names = [project.metadata.name for project in client.iter_list_projects(page=1)]
    first = fixture_body("v1alpha", "listProjects.200")
    last = fixture_body("v1alpha", "listProjects.200.last")
    assert names == [p["metadata"]["name"] for p in first + last]
    assert [r.url.params.get("page") for r in transport.requests] == ["1", "2"]
    wanted = read_yaml(FIXTURES / "v1alpha" / "createProject.200.yaml")["request"]["body"]
    created = client.create_project(body=ProjectInput.from_dict(wanted))
    assert created.metadata.id == fixture_body("v1alpha", "createProject.200")["metadata"]["id"]
    assert created.spec.repository.run_on == [
        ProjectRepositoryRunOnItem.BRANCHES,
        ProjectRepositoryRunOnItem.TAGS,
    ]
