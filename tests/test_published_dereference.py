"""Dereferencing (semaphore_spec.publish.dereference): inlining, recursion, siblings."""

from __future__ import annotations

from typing import Any

import pytest
from openapi_spec_validator import OpenAPIV31SpecValidator

from semaphore_spec.publish.dereference import NOTES_KEY, dereference


def document(schemas: dict[str, Any], response_schema: Any) -> dict[str, Any]:
    """A 3.1 document with one operation answering `response_schema`."""
    media = {"schema": response_schema}
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/a": {
                "get": {
                    "responses": {
                        "200": {"description": "ok", "content": {"application/json": media}}
                    }
                }
            }
        },
        "components": {
            "schemas": schemas,
            "securitySchemes": {"key": {"type": "apiKey", "in": "header", "name": "X"}},
        },
    }


def body(doc: dict[str, Any]) -> Any:
    return doc["paths"]["/a"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]


def test_references_are_inlined_and_unused_components_dropped() -> None:
    schemas = {
        "Id": {"type": "string"},
        "User": {"type": "object", "properties": {"id": {"$ref": "#/components/schemas/Id"}}},
    }
    out = dereference(
        document(schemas, {"type": "array", "items": {"$ref": "#/components/schemas/User"}})
    )
    assert body(out) == {
        "type": "array",
        "items": {"type": "object", "properties": {"id": {"type": "string"}}},
    }
    assert out["components"] == {
        "securitySchemes": {"key": {"type": "apiKey", "in": "header", "name": "X"}}
    }
    assert out[NOTES_KEY] == []
    assert list(OpenAPIV31SpecValidator(out).iter_errors()) == []


def test_recursion_is_kept_as_a_reference_with_a_note() -> None:
    schemas = {
        "Node": {
            "type": "object",
            "properties": {
                "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}}
            },
        }
    }
    out = dereference(document(schemas, {"$ref": "#/components/schemas/Node"}))
    # The response inlines Node once; its self-reference stays, and Node stays to be named.
    assert body(out)["properties"]["children"]["items"] == {"$ref": "#/components/schemas/Node"}
    assert out["components"]["schemas"]["Node"]["properties"]["children"]["items"] == {
        "$ref": "#/components/schemas/Node"
    }
    pointers = [n["pointer"] for n in out[NOTES_KEY]]
    assert pointers == [
        "/paths/~1a/get/responses/200/content/application~1json/schema/properties/children/items",
        "/components/schemas/Node/properties/children/items",
    ]
    assert "#/components/schemas/Node -> #/components/schemas/Node" in out[NOTES_KEY][0]["note"]
    assert list(OpenAPIV31SpecValidator(out).iter_errors()) == []


def test_mutual_recursion_stops_at_the_first_repeat() -> None:
    schemas = {
        "A": {"type": "object", "properties": {"b": {"$ref": "#/components/schemas/B"}}},
        "B": {"type": "object", "properties": {"a": {"$ref": "#/components/schemas/A"}}},
    }
    out = dereference(document(schemas, {"$ref": "#/components/schemas/A"}))
    assert body(out)["properties"]["b"]["properties"]["a"] == {"$ref": "#/components/schemas/A"}
    # Only A is still named: B is inlined into A, and A keeps its own self-reference.
    assert out["components"]["schemas"] == {
        "A": {
            "type": "object",
            "properties": {
                "b": {"type": "object", "properties": {"a": {"$ref": "#/components/schemas/A"}}}
            },
        }
    }


def test_schema_reference_siblings_apply_with_the_target() -> None:
    schemas = {"Name": {"type": "string", "description": "a name", "maxLength": 5}}
    annotated = {"$ref": "#/components/schemas/Name", "description": "the team's name"}
    clashing = {"$ref": "#/components/schemas/Name", "maxLength": 3}
    out = dereference(
        document(schemas, {"type": "object", "properties": {"a": annotated, "b": clashing}})
    )
    props = body(out)["properties"]
    assert props["a"] == {"type": "string", "description": "the team's name", "maxLength": 5}
    # Both limits hold in 3.1, so neither may overwrite the other.
    assert props["b"] == {"maxLength": 3, "allOf": [schemas["Name"]]}


def test_reference_object_description_overrides() -> None:
    doc = document({}, {"type": "string"})
    doc["paths"]["/a"]["get"]["responses"]["404"] = {
        "$ref": "#/components/responses/NotFound",
        "description": "No such thing.",
        "summary": "not allowed on a response",
    }
    doc["components"]["responses"] = {"NotFound": {"description": "Not found."}}
    out = dereference(doc)
    assert out["paths"]["/a"]["get"]["responses"]["404"] == {"description": "No such thing."}


def test_discriminator_targets_stay() -> None:
    schemas = {
        "Cat": {"type": "object", "properties": {"kind": {"const": "cat"}}},
        "Pet": {
            "oneOf": [{"$ref": "#/components/schemas/Cat"}],
            "discriminator": {
                "propertyName": "kind",
                "mapping": {"cat": "#/components/schemas/Cat"},
            },
        },
    }
    out = dereference(document(schemas, {"$ref": "#/components/schemas/Pet"}))
    assert body(out)["oneOf"] == [schemas["Cat"]]
    assert set(out["components"]["schemas"]) == {"Cat"}


def test_example_data_is_not_dereferenced() -> None:
    doc = document({}, {"type": "object"})
    media = doc["paths"]["/a"]["get"]["responses"]["200"]["content"]["application/json"]
    media["example"] = {"$ref": "#/nowhere"}
    out = dereference(doc)
    assert out["paths"]["/a"]["get"]["responses"]["200"]["content"]["application/json"][
        "example"
    ] == {"$ref": "#/nowhere"}


def test_a_dangling_reference_is_an_error() -> None:
    with pytest.raises(ValueError, match="unresolvable reference #/components/schemas/Gone"):
        dereference(document({}, {"$ref": "#/components/schemas/Gone"}))


def test_names_starting_with_x_are_names_outside_extensible_objects() -> None:
    # A response header `x-page` and a property `x-id` are real names, so their
    # references are inlined; an `x-` key of Responses is an extension, left as is.
    schemas = {"Id": {"type": "string"}}
    doc = document(
        schemas, {"type": "object", "properties": {"x-id": {"$ref": "#/components/schemas/Id"}}}
    )
    doc["components"]["headers"] = {"x-page": {"schema": {"type": "integer"}}}
    responses = doc["paths"]["/a"]["get"]["responses"]
    responses["200"]["headers"] = {"x-page": {"$ref": "#/components/headers/x-page"}}
    responses["x-note"] = {"$ref": "kept as data"}
    out = dereference(doc)
    answer = out["paths"]["/a"]["get"]["responses"]
    assert answer["200"]["headers"] == {"x-page": {"schema": {"type": "integer"}}}
    assert body(out)["properties"] == {"x-id": {"type": "string"}}
    assert answer["x-note"] == {"$ref": "kept as data"}
    assert set(out["components"]) == {"securitySchemes"}
