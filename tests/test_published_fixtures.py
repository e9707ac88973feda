"""published/<surface>/fixtures.json: the recorded exchanges, keyed by operationId."""

from __future__ import annotations

import json
from typing import Any

import pytest

from conftest import ROOT, built_surfaces, published
from semaphore_spec.fixtures import load_fixtures, operations
from semaphore_spec.publish.fixtures_bundle import fixtures_document

SURFACES = built_surfaces()


def bundle(surface: str) -> dict[str, Any]:
    path = ROOT / "published" / surface / "fixtures.json"
    return dict(json.loads(path.read_text(encoding="utf-8")))


@pytest.mark.parametrize("surface", SURFACES)
def test_bundle_is_every_fixture_of_the_surface(surface: str) -> None:
    fixtures = load_fixtures(ROOT, surface)
    assert bundle(surface) == fixtures_document(surface, published(surface), fixtures)
    files = [e["file"] for op in bundle(surface)["operations"].values() for e in op["exchanges"]]
    assert sorted(files) == sorted(f.file for f in fixtures)


@pytest.mark.parametrize("surface", SURFACES)
def test_keyed_by_every_operation_in_document_order(surface: str) -> None:
    document = published(surface)
    data = bundle(surface)
    assert data["surface"] == surface
    assert data["version"] == document["info"]["version"]
    ops = operations(document)
    assert list(data["operations"]) == [op.operation_id for op in ops]
    for op in ops:
        entry = data["operations"][op.operation_id]
        assert (entry["method"], entry["path"]) == (op.method, op.path)
        assert entry["exchanges"], f"{op.operation_id} has no recorded exchange"


@pytest.mark.parametrize("surface", SURFACES)
def test_recorded_bodies_are_the_specs_examples(surface: str) -> None:
    """Each recorded JSON response body is one of the published examples of its
    response, so the spec's examples and the bundle tell the same story."""
    document = published(surface)
    by_id = {op.operation_id: op for op in operations(document)}
    checked = 0
    for op_id, entry in bundle(surface)["operations"].items():
        responses = by_id[op_id].spec["responses"]
        for exchange in entry["exchanges"]:
            response = exchange["response"]
            declared = responses.get(str(response["status"]), {})
            media = (declared.get("content") or {}).get("application/json")
            if "body" not in response or media is None:
                continue
            values = [ex["value"] for ex in (media.get("examples") or {}).values()]
            assert response["body"] in values, f"{exchange['file']} is not a published example"
            checked += 1
    assert checked > 0
