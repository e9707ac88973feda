"""Two surfaces under one base path: the classic API and the org host's project secrets.

In reality they live on different hosts (`semaphoreci.com/api/v1` and
`{org}.semaphoreci.com/api/v1`); the mock serves both on one port and must send each
request to the right one (semaphore_spec.mock.routing): by the Host when it is a
registry host, else by the most literal operation path.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import httpx
import pytest

from conftest import ROOT, built_surfaces
from semaphore_spec.errors import RegistryError
from semaphore_spec.mock import create_app
from semaphore_spec.mock.routing import Routes, host_pattern, literal_segments
from semaphore_spec.mock.surfaces import load_surfaces
from semaphore_spec.mock.transport import MockTransport
from semaphore_spec.registry import load_registry

CLASSIC, PROJECT_SECRETS = "v1", "project-secrets-v1"
pytestmark = pytest.mark.skipif(
    not {CLASSIC, PROJECT_SECRETS} <= set(built_surfaces()), reason="not published"
)


@cache
def _routes() -> Routes:
    return Routes(load_surfaces(ROOT, [CLASSIC, PROJECT_SECRETS]))


def _client(host: str = "mock.test") -> httpx.Client:
    return httpx.Client(transport=MockTransport(create_app(ROOT)), base_url=f"http://{host}")


def test_host_patterns_take_any_label_for_a_variable() -> None:
    pattern = host_pattern("https://{org_name}.semaphoreci.com/api/v1")
    assert pattern.fullmatch("acme.semaphoreci.com")
    assert not pattern.fullmatch("semaphoreci.com")
    assert not pattern.fullmatch("a.b.semaphoreci.com")
    assert host_pattern("https://semaphoreci.com/api/v1").fullmatch("SemaphoreCI.com")


def test_literal_segments_count_the_fixed_parts() -> None:
    assert literal_segments("/projects/{p}/secrets/{s}") == 2
    assert literal_segments("/projects/{hash_id}/{branch_id}") == 1


@pytest.mark.parametrize(
    ("method", "path", "surface", "operation"),
    [
        ("GET", "/api/v1/projects", CLASSIC, "listProjects"),
        ("GET", "/api/v1/projects/abc/89", CLASSIC, "getBranchHistory"),
        ("GET", "/api/v1/projects/abc/89/status", CLASSIC, "getBranchStatus"),
        ("GET", "/api/v1/projects/my-app/secrets", PROJECT_SECRETS, "listProjectSecrets"),
        ("POST", "/api/v1/projects/my-app/secrets", PROJECT_SECRETS, "createProjectSecret"),
        ("PATCH", "/api/v1/projects/my-app/secrets/k", PROJECT_SECRETS, "updateProjectSecret"),
        ("DELETE", "/api/v1/projects/my-app/secrets/k", PROJECT_SECRETS, "deleteProjectSecret"),
    ],
    ids=lambda value: str(value),
)
def test_without_a_known_host_the_most_literal_path_wins(
    method: str, path: str, surface: str, operation: str
) -> None:
    resolution = _routes().resolve(method, path, "127.0.0.1:8080")
    assert resolution.surface is not None and resolution.view is not None
    assert (resolution.surface.name, resolution.view.operation_id) == (surface, operation)


def test_the_registry_host_decides_a_path_both_surfaces_serve() -> None:
    # A classic branch named `secrets` reads like a project's secrets list.
    path = "/api/v1/projects/my-app/secrets"
    classic = _routes().resolve("GET", path, "semaphoreci.com")
    org_host = _routes().resolve("GET", path, "acme.semaphoreci.com:443")
    assert classic.view is not None and classic.view.operation_id == "getBranchHistory"
    assert org_host.view is not None and org_host.view.operation_id == "listProjectSecrets"


def test_classic_and_project_secret_calls_both_reach_their_surface() -> None:
    with _client() as client:
        classic = client.get(
            "/api/v1/projects/649e584dc507ca4b73e1374d3125ef0b567a949c/89",
            params={"auth_token": "TOKEN"},
        )
        secrets = client.get(
            "/api/v1/projects/my-app/secrets", headers={"Authorization": "Token TOKEN"}
        )
    assert classic.status_code == 200 and classic.json()["branch_name"] == "gem_updates"
    assert secrets.status_code == 200 and set(secrets.json()) == {"secrets", "next_page_token"}


def test_each_surface_asks_for_its_own_credentials() -> None:
    with _client() as client:
        # The classic API's query token means nothing to the project secrets gateway.
        refused = client.get("/api/v1/projects/my-app/secrets/k", params={"auth_token": "TOKEN"})
        # ...and the header token means nothing to the classic API.
        classic = client.get(
            "/api/v1/projects/abc/89/status", headers={"Authorization": "Token TOKEN"}
        )
    assert (refused.status_code, refused.text) == (401, "Unauthorized")
    assert (classic.status_code, classic.text) == (401, "Unauthorized")


def test_unanswered_requests_get_the_right_surface_refusal() -> None:
    with _client() as client:
        wrong_method = client.put(
            "/api/v1/projects/my-app/secrets/k", headers={"Authorization": "Token TOKEN"}
        )
    assert wrong_method.status_code == 405
    assert wrong_method.json()["code"] == 12  # the gateway's UNIMPLEMENTED
    with _client("acme.semaphoreci.com") as client:
        gateway = client.get("/api/v1/nothing-here")
    with _client("semaphoreci.com") as client:
        classic = client.get("/api/v1/nothing-here")
    assert gateway.status_code == 404 and gateway.json()["code"] == 5
    assert classic.status_code == 404 and classic.json() == {"error": "Not found."}


def test_a_registry_entry_without_its_conventions_is_a_registry_error(tmp_path: Path) -> None:
    text = (ROOT / "spec" / "surfaces.yaml").read_text(encoding="utf-8")
    (tmp_path / "spec").mkdir()
    broken = text.replace("      unauthenticated: {status: 401, text: Unauthorized}\n", "", 1)
    (tmp_path / "spec" / "surfaces.yaml").write_text(broken, encoding="utf-8")
    with pytest.raises(RegistryError, match=r"lacks conventions\.unauthenticated") as caught:
        load_registry(tmp_path)
    assert caught.value.file == "spec/surfaces.yaml" and caught.value.line is not None
