"""Recorded exchanges that travel: shipped with the package (`FixtureTransport.for_surface`),
read from a published `fixtures.json` or from any working directory (`from_path`), and
matched on the request body when asked (`match_body=True`)."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import yaml

import semaphoreci_openapi
from client_support import CANARY, FIXTURES
from conftest import REGISTRY, ROOT
from semaphoreci_openapi.testing import (
    Fixture,
    FixtureFileNotFound,
    FixtureNotFound,
    FixtureTransport,
)

SUBPACKAGES = {name: s.client_package.rsplit(".", 1)[-1] for name, s in REGISTRY.items()}
PIPELINE_ID = "6cf4569c-f76c-4dea-b293-3e4282ba1153"


@pytest.fixture
def elsewhere(tmp_path: Path) -> Iterator[Path]:
    """Run the test from a folder that is not the project root."""
    before = Path.cwd()
    os.chdir(tmp_path)
    try:
        yield tmp_path
    finally:
        os.chdir(before)


def _recorded(surface: str) -> int:
    return len([p for p in (FIXTURES / surface).iterdir() if p.suffix == ".yaml"])


@pytest.mark.parametrize("surface", sorted(REGISTRY))
def test_the_package_ships_every_recorded_exchange(surface: str) -> None:
    shipped = (
        Path(semaphoreci_openapi.__file__).parent / "_fixtures" / f"{SUBPACKAGES[surface]}.json"
    )
    published = ROOT / "published" / surface / "fixtures.json"
    assert shipped.read_bytes() == published.read_bytes()
    transport = FixtureTransport.for_surface(SUBPACKAGES[surface])
    assert len(transport.fixtures) == _recorded(surface)


def test_for_surface_answers_a_client_from_any_folder(elsewhere: Path) -> None:
    from semaphoreci_openapi.v1alpha import Client

    transport = FixtureTransport.for_surface("v1alpha")
    client = Client(CANARY, org_name="myorg", transport=transport)
    pipeline = client.describe_pipeline(PIPELINE_ID).pipeline
    assert pipeline.name == "First pipeline example"
    assert next(f.name for f in transport.fixtures if f.operation == "describePipeline") == (
        "describePipeline.200"
    )


def test_for_surface_names_what_is_shipped_when_the_surface_is_unknown() -> None:
    with pytest.raises(FixtureFileNotFound, match=r"'nope'.*shipped: .*v1alpha"):
        FixtureTransport.for_surface("nope")


def test_from_path_reads_a_published_fixtures_json_relative_to_the_cwd(elsewhere: Path) -> None:
    (elsewhere / "fx").mkdir()
    (elsewhere / "fx" / "fixtures.json").write_bytes(
        (ROOT / "published" / "v1alpha" / "fixtures.json").read_bytes()
    )
    by_file = FixtureTransport.from_path("fx/fixtures.json")
    by_folder = FixtureTransport.from_path("fx")
    assert len(by_file.fixtures) == len(by_folder.fixtures) == _recorded("v1alpha")
    request = httpx.Request("GET", f"https://x.test/api/v1alpha/pipelines/{PIPELINE_ID}")
    assert by_file.match(request).name == "describePipeline.200"


def test_from_path_says_which_path_is_missing(elsewhere: Path) -> None:
    with pytest.raises(FixtureFileNotFound) as caught:
        FixtureTransport.from_path("tests/fixtures/v1alpha")
    assert "tests/fixtures/v1alpha: no such fixture file or folder" in str(caught.value)
    assert str(elsewhere) in str(caught.value)


def _create_target(body: dict[str, object]) -> httpx.Request:
    # The query of the plain recording: both recordings fit, but for their bodies.
    query = {"project_id": "a426b4db-1919-483d-926d-06ba1320b209"}
    return httpx.Request(
        "POST",
        "https://x.test/api/v1alpha/deployment_targets",
        params=query,
        content=json.dumps(body).encode(),
    )


def _recorded_body(name: str) -> dict[str, object]:
    data = yaml.safe_load((FIXTURES / "v1alpha" / f"{name}.yaml").read_text(encoding="utf-8"))
    body: dict[str, object] = data["request"]["body"]
    return body


def test_bodies_pick_the_fixture_only_when_asked() -> None:
    sent = _recorded_body("createDeploymentTarget.200.project-in-body")
    fixtures = FixtureTransport.from_path(FIXTURES / "v1alpha").only("createDeploymentTarget")
    # By default the body is ignored: the plain recording answers.
    assert fixtures.match(_create_target(sent)).name == "createDeploymentTarget.200"
    by_body = FixtureTransport(fixtures.fixtures, match_body=True)
    chosen = by_body.match(_create_target(sent))
    assert chosen.name == "createDeploymentTarget.200.project-in-body"
    # Every one of these recorded a body: one never recorded finds no answer.
    with pytest.raises(FixtureNotFound):
        by_body.match(_create_target({"name": "never recorded"}))
    assert fixtures.match(_create_target({"name": "never recorded"}))


def test_a_recorded_token_placeholder_matches_any_sent_value() -> None:
    recorded = {"method": "POST", "path": "/things", "body": {"token": "TOKEN", "name": "a"}}
    fixture = Fixture("createThing.200", "createThing", recorded, {"status": 200})

    def sent(body: dict[str, str]) -> httpx.Request:
        return httpx.Request("POST", "https://x.test/api/things", json=body)

    assert fixture.score(sent({"token": CANARY, "name": "a"}), match_body=True) is not None
    assert fixture.score(sent({"token": CANARY, "name": "b"}), match_body=True) is None
    assert fixture.score(sent({"token": CANARY, "name": "b"})) is not None  # not asked
    # A recording without a body fits whatever is sent.
    bodiless = Fixture("createThing.200", "createThing", {"method": "POST", "path": "/things"}, {})
    assert bodiless.score(sent({"name": "b"}), match_body=True) == 0
