"""The official `sem` CLI's calls to the endpoints of issue 17 part A, replayed
against the mock: projects, dashboards, notifications, jobs and tasks.

The calls are data (method, path, query, body), written from what the CLI sends;
the loops are the CLI's: `sem get projects` asks for `page` 1, 2, ... while
`x-has-more` is `true`, `sem get notifications` follows `next_page_token` until it
is empty.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from conftest import ROOT, built_surfaces
from semaphore_spec.mock import create_app
from semaphore_spec.mock.transport import MockTransport

pytestmark = pytest.mark.skipif("v1alpha" not in built_surfaces(), reason="not published")

PROJECT_ID = "c394d20b-b3c6-4c90-b743-a9a65fa95a78"
JOB_ID = "2b5c3a58-3bc8-4b3f-9a2c-9b3f4d7c1e21"
TASK_ID = "f2a4c6e8-0b1d-4f3a-9c5e-7a9b1d3f5a7c"
PROJECT = {
    "apiVersion": "v1alpha",
    "kind": "Project",
    "metadata": {"name": "semaphore"},
    "spec": {"repository": {"url": "git@github.com:renderedtext/semaphore.git"}},
}
DASHBOARD = {
    "apiVersion": "v1alpha",
    "kind": "Dashboard",
    "metadata": {"name": "master-branches", "title": "Master branches"},
    "spec": {"widgets": [{"name": "w", "type": "list_workflows", "filters": {"branch": "master"}}]},
}
JOB = {
    "metadata": {"name": "One-off job"},
    "spec": {
        "project_id": PROJECT_ID,
        "agent": {"machine": {"type": "e1-standard-2", "os_image": "ubuntu2004"}},
        "commands": ["echo hello"],
    },
}

# (what the CLI does, method, path, query, JSON body)
CALLS: list[tuple[str, str, str, dict[str, Any] | None, Any]] = [
    ("get project", "GET", "/projects/semaphore", None, None),
    ("create project", "POST", "/projects", None, PROJECT),
    ("edit project", "PATCH", f"/projects/{PROJECT_ID}", None, PROJECT),
    ("delete project", "DELETE", "/projects/semaphore", None, None),
    ("get dashboards", "GET", "/dashboards", None, None),
    ("get dashboard", "GET", "/dashboards/master-branches", None, None),
    ("create dashboard", "POST", "/dashboards", None, DASHBOARD),
    ("edit dashboard", "PATCH", "/dashboards/master-branches", None, DASHBOARD),
    ("delete dashboard", "DELETE", "/dashboards/master-branches", None, None),
    ("get notification", "GET", "/notifications/deploys", None, None),
    ("delete notification", "DELETE", "/notifications/deploys", None, None),
    ("get jobs", "GET", "/jobs", {"states": ["RUNNING", "QUEUED", "PENDING"]}, None),
    ("create job", "POST", "/jobs", None, JOB),
    ("debug job", "POST", f"/jobs/{JOB_ID}/debug", None, {"duration": 3600}),
    ("debug project", "POST", "/jobs/project_debug/semaphore", None, {"duration": 3600}),
    ("attach / debug ssh key", "GET", f"/jobs/{JOB_ID}/debug_ssh_key", None, None),
    ("get tasks", "GET", "/tasks", {"project_id": PROJECT_ID}, None),
    ("get task", "GET", f"/tasks/{TASK_ID}", None, None),
    ("run task", "POST", f"/tasks/{TASK_ID}/run_now", None, {"branch": "master"}),
]


@pytest.fixture(scope="module")
def sem() -> httpx.Client:
    return httpx.Client(
        transport=MockTransport(create_app(ROOT, ["v1alpha"])),
        base_url="https://myorg.semaphoreci.com/api/v1alpha",
        headers={"Authorization": "Token T", "User-Agent": "SemaphoreCLI/v0.32.0 (linux)"},
    )


@pytest.mark.parametrize(
    ("what", "method", "path", "query", "body"), CALLS, ids=[call[0] for call in CALLS]
)
def test_each_call_is_answered(
    sem: httpx.Client, what: str, method: str, path: str, query: Any, body: Any
) -> None:
    answer = sem.request(method, path, params=query, json=body)
    assert answer.status_code == 200, (what, answer.text)


def test_get_projects_loops_while_x_has_more(sem: httpx.Client) -> None:
    names: list[str] = []
    page = 1
    while True:
        answer = sem.get("/projects", params={"page": page})
        assert answer.status_code == 200 and answer.headers["x-page"] == str(page)
        names += [project["metadata"]["name"] for project in answer.json()]
        if answer.headers["x-has-more"] != "true":
            break
        page += 1
    assert page == 2 and names == ["semaphore", "cli", "docs"]


def test_get_notifications_follows_next_page_token(sem: httpx.Client) -> None:
    tokens: list[str] = []
    query: dict[str, str] = {"page_size": "1"}
    while True:
        answer = sem.get("/notifications", params=query)
        assert answer.status_code == 200
        token = answer.json()["next_page_token"]
        if not token:
            break
        tokens.append(token)
        query = {"page_token": token}
    assert tokens == ["ZGVwbG95cw"]
