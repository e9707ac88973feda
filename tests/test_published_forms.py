"""Every published form of every surface: present, valid, consistent with each other.

published/<surface>/ holds the bundled 3.1 document and the forms derived from it
(3.0.3, dereferenced 3.1 and 3.0.3), JSON and YAML. These tests read the committed
files, as a consumer would.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

from conftest import ROOT, built_surfaces, published
from semaphore_spec.publish import dereference as deref_module
from semaphore_spec.publish import downgrade as downgrade_module
from semaphore_spec.publish.walk import is_reference, map_children, resolve_pointer
from semaphore_spec.stages.publish import ARTIFACTS, forms

SURFACES = built_surfaces()
FORMS = {form for form, _ in ARTIFACTS.values()}
VALIDATORS = {"3.1": OpenAPIV31SpecValidator, "3.0": OpenAPIV30SpecValidator}


@cache
def load(surface: str, name: str) -> Any:
    """A published file, parsed (JSON or YAML by its suffix)."""
    text = (ROOT / "published" / surface / name).read_text(encoding="utf-8")
    return json.loads(text) if name.endswith(".json") else yaml.safe_load(text)


def form_file(form: str) -> str:
    """The JSON file of a form."""
    return next(n for n, (f, _) in ARTIFACTS.items() if f == form and n.endswith(".json"))


@pytest.mark.parametrize("surface", SURFACES)
def test_every_form_is_published_as_derived(surface: str) -> None:
    """The files are exactly what the publish stage derives from the 3.1 document."""
    derived = forms(published(surface))
    for name, (form, write) in ARTIFACTS.items():
        path = ROOT / "published" / surface / name
        assert path.is_file(), f"missing {path.relative_to(ROOT)}"
        assert path.read_text(encoding="utf-8") == write(derived[form]), name


@pytest.mark.parametrize("surface", SURFACES)
@pytest.mark.parametrize("stem", ["openapi", "openapi.3.0"])
def test_json_and_yaml_say_the_same(surface: str, stem: str) -> None:
    assert load(surface, f"{stem}.json") == load(surface, f"{stem}.yaml")


@pytest.mark.parametrize("surface", SURFACES)
@pytest.mark.parametrize("form", sorted(FORMS))
def test_form_is_a_valid_openapi_document(surface: str, form: str) -> None:
    document = load(surface, form_file(form))
    version = form[:3]
    assert document["openapi"] == ("3.0.3" if version == "3.0" else "3.1.0")
    errors = [str(e).splitlines()[0] for e in VALIDATORS[version](document).iter_errors()]
    assert errors == []


@pytest.mark.parametrize("surface", SURFACES)
def test_downgrade_keeps_every_operation_and_component(surface: str) -> None:
    source, downgraded = load(surface, "openapi.json"), load(surface, "openapi.3.0.json")
    assert downgraded["paths"].keys() == source["paths"].keys()
    for path, item in source["paths"].items():
        assert downgraded["paths"][path].keys() == item.keys()
    for kind, members in source["components"].items():
        assert downgraded["components"][kind].keys() == members.keys()


def typed_nodes(document: dict[str, Any]) -> list[tuple[str, str, Any]]:
    """(kind, pointer, node) of every typed node: example data and extensions excluded."""
    found: list[tuple[str, str, Any]] = []

    def visit(kind: str, node: Any, pointer: str) -> Any:
        found.append((kind, pointer, node))
        return map_children(kind, node, visit, pointer)

    visit("document", document, "")
    return found


@pytest.mark.parametrize("surface", SURFACES)
def test_downgrade_leaves_no_31_only_schema_syntax(surface: str) -> None:
    schemas = [
        (p, n) for k, p, n in typed_nodes(load(surface, "openapi.3.0.json")) if k == "schema"
    ]
    assert schemas
    for pointer, node in schemas:
        assert isinstance(node, dict), pointer  # no boolean schemas in 3.0
        unknown = {k for k in node if not k.startswith("x-")} - downgrade_module.SCHEMA_KEYWORDS_30
        assert not unknown, (pointer, unknown)
        assert isinstance(node.get("type", ""), str), pointer
        assert node.get("type") != "null", pointer
        for key in ("exclusiveMinimum", "exclusiveMaximum"):
            assert isinstance(node.get(key, False), bool), pointer
        if node.get("nullable") is True:
            assert "type" in node, pointer  # 3.0.3 applies nullable only beside a type
        if "$ref" in node:
            assert list(node) == ["$ref"], pointer  # 3.0 ignores a reference's siblings


@pytest.mark.parametrize("surface", SURFACES)
def test_downgrade_notes_point_into_the_31_document(surface: str) -> None:
    """Every note names something that exists in the 3.1 document, and says why."""
    notes = load(surface, "openapi.3.0.json")[downgrade_module.NOTES_KEY]
    source = load(surface, "openapi.json")
    for note in notes:
        assert note["note"], note
        resolve_pointer(source, "#" + note["pointer"])  # KeyError if it points nowhere


@pytest.mark.parametrize("surface", SURFACES)
@pytest.mark.parametrize("form", ["3.1-dereferenced", "3.0-dereferenced"])
def test_dereferenced_form_has_no_reference_left(surface: str, form: str) -> None:
    """Only recursive references may stay, each with a note; no surface has any now,
    so every component but the security schemes is gone too."""
    document = load(surface, form_file(form))
    notes = document[deref_module.NOTES_KEY]
    left = [p for _, p, n in typed_nodes(document) if is_reference(n)]
    assert left == [n["pointer"] for n in notes]
    assert notes == [], "a surface now has recursive schemas: check the notes read well"
    assert set(document["components"]) == {"securitySchemes"}


def test_no_published_folder_holds_an_unknown_file() -> None:
    """What is published is what ARTIFACTS, fixtures.json, the page and the lock name."""
    expected = {*ARTIFACTS, "fixtures.json", "reference.html", "openapi.lock.json"}
    for surface in SURFACES:
        names = {p.name for p in Path(ROOT / "published" / surface).iterdir()}
        assert names == expected, surface
