"""OpenAPI 3.1 -> 3.0.3 (semaphore_spec.publish.downgrade), rule by rule.

Each rewrite is checked for its exact output and, where it is a schema, for meaning:
the 3.1 schema (JSON Schema 2020-12) and its 3.0 form accept and reject the same
instances (openapi-schema-validator's OAS31Validator and OAS30Validator).
"""

from __future__ import annotations

import copy
from typing import Any

import pytest
from jsonschema.exceptions import ValidationError
from openapi_schema_validator import OAS30Validator, OAS31Validator
from openapi_spec_validator import OpenAPIV30SpecValidator

from semaphore_spec.publish.downgrade import NOTES_KEY, downgrade


def document(schema: Any, **extra: Any) -> dict[str, Any]:
    """A minimal 3.1 document whose one component schema is `schema`."""
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {},
        "components": {"schemas": {"S": schema}},
        **extra,
    }


def down(schema: Any) -> tuple[Any, list[dict[str, str]]]:
    """The 3.0 form of `schema`, and the downgrade notes."""
    out = downgrade(document(schema))
    return out["components"]["schemas"]["S"], out[NOTES_KEY]


def accepts(validator: Any, schema: Any, instance: Any) -> bool:
    try:
        validator(schema).validate(instance)
    except ValidationError:
        return False
    return True


def assert_same_meaning(schema: Any, instances: list[Any]) -> None:
    converted, _ = down(schema)
    for instance in instances:
        assert accepts(OAS31Validator, schema, instance) == accepts(
            OAS30Validator, converted, instance
        ), instance


CASES: list[tuple[str, Any, Any, list[Any]]] = [
    (
        "nullable type",
        {"type": ["string", "null"], "maxLength": 3},
        {"type": "string", "nullable": True, "maxLength": 3},
        ["abc", None, "abcd", 1],
    ),
    (
        "several types",
        {"type": ["string", "integer", "null"]},
        {"anyOf": [{"type": "string", "nullable": True}, {"type": "integer", "nullable": True}]},
        ["a", 1, None, 1.5, []],
    ),
    (
        "null alone",
        {"type": "null"},
        {"type": "object", "nullable": True, "enum": [None]},
        [None, {}, "x"],
    ),
    ("const", {"const": "edit"}, {"enum": ["edit"]}, ["edit", "read"]),
    (
        "const null",
        {"type": ["string", "null"], "const": None},
        {"type": "string", "nullable": True, "enum": [None]},
        [None, "x"],
    ),
    (
        "exclusive minimum",
        {"type": "integer", "exclusiveMinimum": 0},
        {"type": "integer", "minimum": 0, "exclusiveMinimum": True},
        [0, 1, -1],
    ),
    (
        "inclusive minimum is stricter",
        {"type": "integer", "minimum": 5, "exclusiveMinimum": 0},
        {"type": "integer", "minimum": 5},
        [4, 5],
    ),
    (
        "exclusive maximum is stricter",
        {"type": "number", "maximum": 10, "exclusiveMaximum": 3},
        {"type": "number", "maximum": 3, "exclusiveMaximum": True},
        [3, 2.9, 10],
    ),
    (
        "array without items",
        {"type": "array", "minItems": 1},
        {"type": "array", "minItems": 1, "items": {}},
        [[], [1, "a"]],
    ),
    (
        "boolean subschemas",
        {"type": "object", "properties": {"a": True, "b": False}},
        {"type": "object", "properties": {"a": {}, "b": {"not": {}}}},
        [{"a": 1}, {"b": 1}, {}],
    ),
    (
        "reference with siblings",
        {"$ref": "#/components/schemas/T", "description": "d"},
        {"allOf": [{"$ref": "#/components/schemas/T"}], "description": "d"},
        [],
    ),
    (
        "base64 content",
        {"type": "string", "contentEncoding": "base64"},
        {"type": "string", "format": "byte"},
        [],
    ),
    (
        "binary content",
        {"type": "string", "contentMediaType": "image/png"},
        {"type": "string", "format": "binary"},
        [],
    ),
]


@pytest.mark.parametrize(
    ("name", "source", "expected", "instances"), CASES, ids=[c[0] for c in CASES]
)
def test_schema_rewrite(name: str, source: Any, expected: Any, instances: list[Any]) -> None:
    converted, notes = down(source)
    assert converted == expected
    assert notes == []
    assert_same_meaning(source, instances)


def test_one_of_with_a_null_branch_keeps_its_meaning() -> None:
    """v1alpha writes "object or null" as oneOf [$ref, {type: null}]."""
    target = {"type": "object", "required": ["ip"], "properties": {"ip": {"type": "string"}}}
    source = {
        "oneOf": [{"$ref": "#/components/schemas/T"}, {"type": "null"}],
        "description": "d",
    }
    out = downgrade(document(source, components={"schemas": {"S": source, "T": target}}))
    converted = out["components"]["schemas"]["S"]
    assert converted["oneOf"][1] == {"type": "object", "nullable": True, "enum": [None]}
    whole_31 = {**source, "oneOf": [target, {"type": "null"}]}
    whole_30 = {**converted, "oneOf": [target, converted["oneOf"][1]]}
    for instance, valid in ((None, True), ({"ip": "1.2.3.4"}, True), ({}, False), ("x", False)):
        assert accepts(OAS31Validator, whole_31, instance) is valid
        assert accepts(OAS30Validator, whole_30, instance) is valid


def test_extra_examples_are_dropped_with_a_note() -> None:
    converted, notes = down({"type": "string", "examples": ["a", "b", "c"]})
    assert converted == {"type": "string", "example": "a"}
    assert notes == [
        {
            "pointer": "/components/schemas/S/examples",
            "note": "a 3.0 schema has one `example`: kept the first of 3",
        }
    ]


@pytest.mark.parametrize(
    "keyword",
    ["patternProperties", "$defs", "if", "unevaluatedProperties", "prefixItems", "$comment"],
)
def test_keywords_without_30_equivalent_are_dropped_with_a_note(keyword: str) -> None:
    value: Any = {"^x": {"type": "string"}} if keyword in ("patternProperties", "$defs") else {}
    value = "why" if keyword == "$comment" else value
    value = [{"type": "string"}] if keyword == "prefixItems" else value
    converted, notes = down({"type": "object", keyword: value})
    assert keyword not in converted
    assert [n["pointer"] for n in notes] == [f"/components/schemas/S/{keyword}"]
    assert keyword in notes[0]["note"]


def test_text_content_media_type_is_dropped_with_a_note() -> None:
    converted, notes = down({"type": "string", "contentMediaType": "application/json"})
    assert converted == {"type": "string"}
    assert [n["pointer"] for n in notes] == ["/components/schemas/S/contentMediaType"]


def test_document_level_differences() -> None:
    source = document(
        {"type": "string"},
        jsonSchemaDialect="https://json-schema.org/draft/2020-12/schema",
        webhooks={"built": {"post": {"responses": {"200": {"description": "ok"}}}}},
    )
    source["info"] = {
        "title": "t",
        "version": "1",
        "summary": "s",
        "license": {"name": "MIT", "identifier": "MIT"},
    }
    source["components"]["securitySchemes"] = {
        "tls": {"type": "mutualTLS"},
        "key": {"type": "apiKey", "in": "header", "name": "X-Key"},
    }
    source["security"] = [{"tls": []}, {"key": []}]
    out = downgrade(source)
    assert out["openapi"] == "3.0.3"
    assert "webhooks" not in out and "jsonSchemaDialect" not in out
    assert out["info"] == {
        "title": "t",
        "version": "1",
        "license": {"name": "MIT", "url": "https://spdx.org/licenses/MIT.html"},
    }
    assert out["components"]["securitySchemes"] == {
        "key": {"type": "apiKey", "in": "header", "name": "X-Key"}
    }
    assert out["security"] == [{"key": []}]
    assert [n["pointer"] for n in out[NOTES_KEY]] == [
        "/jsonSchemaDialect",
        "/info/summary",
        "/webhooks/built",
        "/components/securitySchemes/tls",
    ]
    assert list(OpenAPIV30SpecValidator(out).iter_errors()) == []


def test_path_items_and_reference_siblings() -> None:
    item = {"get": {"responses": {"200": {"$ref": "#/components/responses/R", "description": "x"}}}}
    source = document({"type": "string"}, paths={"/a": {"$ref": "#/components/pathItems/A"}})
    source["components"]["pathItems"] = {"A": item}
    source["components"]["responses"] = {"R": {"description": "r"}}
    out = downgrade(source)
    assert out["paths"]["/a"] == {
        "get": {"responses": {"200": {"$ref": "#/components/responses/R"}}}
    }
    assert "pathItems" not in out["components"]
    assert [n["pointer"] for n in out[NOTES_KEY]] == ["/paths/~1a/get/responses/200/description"]
    assert list(OpenAPIV30SpecValidator(out).iter_errors()) == []


def test_example_data_is_left_alone_and_the_input_unchanged() -> None:
    """Values of examples look like schemas sometimes; they are data, never rewritten."""
    data = {"type": ["string", "null"], "const": 1, "examples": [1, 2]}
    media = {
        "schema": {"type": ["string", "null"]},
        "example": data,
        "examples": {"a": {"value": data}},
    }
    op = {"responses": {"200": {"description": "ok", "content": {"application/json": media}}}}
    source = document({"type": "string"}, paths={"/a": {"get": op}})
    before = copy.deepcopy(source)
    out = downgrade(source)
    got = out["paths"]["/a"]["get"]["responses"]["200"]["content"]["application/json"]
    assert got["schema"] == {"type": "string", "nullable": True}
    assert got["example"] == data and got["examples"]["a"]["value"] == data
    assert source == before


def test_only_31_documents_are_accepted() -> None:
    with pytest.raises(ValueError, match=r"3\.1"):
        downgrade({"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {}})
