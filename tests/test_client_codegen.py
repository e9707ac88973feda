"""How the build turns the spec and the registry into the client (stages/generate.py,
codegen/)."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from conftest import REGISTRY, ROOT, published
from semaphore_spec.codegen.context import (
    auth_context,
    operations_context,
    pagination_context,
    surface_context,
)
from semaphore_spec.codegen.package import RUNTIME_SOURCE, package_outputs
from semaphore_spec.codegen.timestamps import TIMESTAMP_MARK, rewrite_timestamps
from semaphore_spec.errors import GenerationError
from semaphoreci_openapi import v1, v1alpha, v2

TS = {TIMESTAMP_MARK: True}


def document(schemas: dict[str, Any]) -> dict[str, Any]:
    return {"openapi": "3.1.0", "paths": {}, "components": {"schemas": schemas}}


def test_marked_schemas_become_one_timestamp_component() -> None:
    source = document(
        {
            "Nanos": {"type": "object", **TS},
            "Thing": {
                "type": "object",
                "properties": {
                    "at": {"$ref": "#/components/schemas/Nanos", "description": "when"},
                    "inline": {"type": "string", "format": "date-time", **TS},
                    "maybe": {"type": ["string", "null"], "format": "date-time", **TS},
                    "plain": {"type": "string"},
                },
                "examples": [{"$ref": "#/components/schemas/Nanos"}],
            },
        }
    )
    before = copy.deepcopy(source)
    out = rewrite_timestamps(source)
    assert source == before, "the input document was changed"
    schemas = out["components"]["schemas"]
    assert set(schemas) == {"Thing", "Timestamp"}
    props = schemas["Thing"]["properties"]
    ref = "#/components/schemas/Timestamp"
    assert props["at"] == {"$ref": ref, "description": "when"}
    assert props["inline"] == {"$ref": ref}
    assert props["maybe"] == {"oneOf": [{"$ref": ref}, {"type": "null"}]}
    assert props["plain"] == {"type": "string"}
    assert schemas["Thing"]["examples"] == [{"$ref": "#/components/schemas/Nanos"}]


def test_no_marks_no_timestamp_component() -> None:
    out = rewrite_timestamps(document({"A": {"type": "string"}}))
    assert "Timestamp" not in out["components"]["schemas"]


def test_an_unmarked_timestamp_component_is_refused() -> None:
    with pytest.raises(GenerationError, match="not a timestamp"):
        rewrite_timestamps(document({"Timestamp": {"type": "string"}}))


def test_auth_schemes_from_the_registry() -> None:
    assert [
        (a["name"], a["location"], a["param"], a["prefix"])
        for a in auth_context(REGISTRY["v1alpha"])
    ] == [
        ("apiToken", "header", "Authorization", "Token "),
        ("bearerToken", "header", "Authorization", "Bearer "),
    ]


def test_every_registry_style_reaches_the_templates_with_its_kind() -> None:
    surface = REGISTRY["v1alpha"]
    context = pagination_context(surface)
    assert set(context) == set(surface.pagination)
    for name, style in surface.pagination.items():
        assert context[name]["kind"] == style.kind
        assert "description" not in context[name]


def test_operations_carry_the_spec_extensions() -> None:
    context = surface_context(REGISTRY["v1alpha"], published("v1alpha"), "field_")
    ops = context["operations"]
    assert ops["list_workflows"]["pagination"] == "link-header"
    assert ops["list_workflows"]["items"] is None
    assert ops["list_agents"]["items"] == "agents"
    assert ops["list_deployment_history"]["items"] == "deployments"
    assert ops["reschedule_workflow"]["idempotency_token"] == "request_token"
    assert ops["get_job_plain_logs"]["server"] == "org_root"
    assert context["variables"] == ["org_name"]


def test_method_names_must_not_collide() -> None:
    doc = {
        "paths": {
            "/a": {"get": {"operationId": "close", "responses": {}}},
        }
    }
    with pytest.raises(GenerationError, match="taken") as caught:
        operations_context(doc, REGISTRY["v1alpha"], "field_")
    assert caught.value.file == "published/v1alpha/openapi.json"
    assert caught.value.pointer == "/paths/~1a/get"


def test_generated_clients_carry_the_registry_facts() -> None:
    for module, name in ((v1, "v1"), (v1alpha, "v1alpha"), (v2, "v2")):
        facts = REGISTRY[name]
        info = module.Client.surface
        assert {k: s.url for k, s in info.servers.items()} == {
            k: s.url for k, s in facts.servers.items()
        }
        assert [s.name for s in info.auth] == [a.name for a in facts.auth]
        assert set(info.pagination) == set(facts.pagination)


def test_runtime_is_copied_verbatim() -> None:
    source = ROOT / RUNTIME_SOURCE
    copied = ROOT / "generated" / "semaphoreci_openapi" / "_runtime"
    names = sorted(p.name for p in source.glob("*.py"))
    assert names == sorted(p.name for p in copied.glob("*.py"))
    for name in names:
        assert (source / name).read_bytes() == (copied / name).read_bytes(), name
    assert "semaphoreci_openapi/_runtime" in package_outputs(ROOT)


def test_runtime_names_no_surface() -> None:
    """Base URLs, auth parameters and style names reach the runtime only as data."""
    styles = [name for s in REGISTRY.values() for name in s.pagination]
    forbidden = ["semaphoreci.com", "auth_token", "Authorization"]
    forbidden += [f"{quote}{name}{quote}" for name in styles for quote in "\"'"]
    for path in Path(ROOT / RUNTIME_SOURCE).glob("*.py"):
        code = path.read_text(encoding="utf-8")
        for word in forbidden:
            assert word not in code, f"{path.name} mentions {word}"
