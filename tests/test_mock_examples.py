"""Answers generated from the schema when no fixture fits (semaphore_spec.mock.examples)."""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest

from conftest import ROOT, built_surfaces, published
from semaphore_spec.mock import create_app
from semaphore_spec.mock.document import Document, Located
from semaphore_spec.mock.examples import Generator
from semaphore_spec.mock.transport import MockTransport


def schemas_of(document: Document) -> list[tuple[str, Located]]:
    """(label, schema) of every documented response body and header of the document."""
    found: list[tuple[str, Located]] = []
    for view in document.operations:
        for status, response in view.responses.items():
            label = f"{view.operation_id} {status}"
            for media in document.response_media(response):
                if media.schema is not None:
                    found.append((f"{label} {media.name}", media.schema))
            for name, (_, schema) in document.response_headers(response).items():
                found.append((f"{label} header {name}", schema))
    return found


@pytest.mark.parametrize("surface", built_surfaces())
def test_every_documented_schema_yields_a_valid_example(surface: str) -> None:
    document = Document(published(surface))
    generator = Generator(document)
    schemas = schemas_of(document)
    assert len(schemas) >= len(document.operations)
    invalid = [
        label
        for label, schema in schemas
        if not document.is_valid(generator.example(schema), schema)
    ]
    assert not invalid


def test_examples_are_deterministic() -> None:
    document = Document(published("v1"))
    schema = document.root.child("components", "schemas", "Build")
    assert Generator(document).example(schema) == Generator(document).example(schema)


def _standalone(schema: dict[str, Any]) -> Any:
    document = Document({"openapi": "3.1.0", "paths": {}, "components": {"schemas": {"S": schema}}})
    located = document.root.child("components", "schemas", "S")
    value = Generator(document).example(located)
    assert document.is_valid(value, located), value
    return value


@pytest.mark.parametrize(
    "schema",
    [
        {"type": "string", "pattern": "^s1-[a-zA-Z0-9-_]+$"},
        {"type": "string", "pattern": r"^\d{4}-\d{2}$"},
        {"type": "string", "format": "uuid"},
        {"type": "string", "minLength": 12, "maxLength": 12},
        {"type": "integer", "minimum": 5, "multipleOf": 4},
        {"type": "number", "exclusiveMaximum": 0},
        {"type": ["null", "string"]},
        {"oneOf": [{"type": "integer"}, {"type": "string", "enum": ["a", "b"]}]},
        {"allOf": [{"type": "object", "required": ["a"]}, {"properties": {"b": {"const": 1}}}]},
        {"type": "array", "minItems": 3, "uniqueItems": True, "items": {"type": "integer"}},
        {"type": "object", "minProperties": 2, "additionalProperties": {"type": "boolean"}},
    ],
)
def test_keywords_are_honoured(schema: dict[str, Any]) -> None:
    _standalone(schema)


def test_declared_examples_come_first() -> None:
    assert _standalone({"type": "string", "examples": ["Throttled"]}) == "Throttled"
    assert _standalone({"type": "string", "examples": [7, "valid"]}) == "valid"


def test_an_operation_without_fixtures_answers_from_its_schema() -> None:
    app = create_app(ROOT, ["v1"])
    app.surfaces[0].fixtures.clear()
    client = httpx.Client(transport=MockTransport(app), base_url="https://semaphoreci.com/api/v1")
    answer = client.get("/projects/abc/85/builds/3", params={"auth_token": "T"})
    assert answer.status_code == 200
    document = app.surfaces[0].document
    view = next(v for v in document.operations if v.operation_id == "getBuild")
    schema = document.response_media(view.responses["200"])[0].schema
    assert schema is not None and document.is_valid(answer.json(), schema)
    history = client.get("/projects/abc/85", params={"auth_token": "T"})
    assert re.fullmatch(r"\{.*\}", history.headers["Pagination"])
