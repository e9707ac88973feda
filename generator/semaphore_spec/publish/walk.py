"""Typed traversal of an OpenAPI 3.x document.

A generic "walk every dict" is wrong for OpenAPI: example values, `enum` and
`default` are data and may hold keys such as `$ref` or `schema`, and a property or
a component may be *named* `schema`. So the walker follows the specification's
structure instead: each node has a kind (document, path item, operation, schema,
...), and `map_children` knows which of its fields hold which kinds.

`map_children` rebuilds one level: it returns a shallow copy of a node in which
every typed child is replaced by `visit(kind, child, pointer)`. A transformation
is then a recursive `visit` that decides what to do with its node and calls
`map_children` to continue (see downgrade.py and dereference.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..document import HTTP_METHODS, is_ref, join_pointer, lookup_pointer

Visit = Callable[[str, Any, str], Any]

# JSON Schema 2020-12 keywords whose value is one subschema, a list of them, or a map
# of them; every other keyword's value is data (enum, const, default, examples, ...).
SCHEMA_SINGLE = (
    "items",
    "additionalProperties",
    "not",
    "contains",
    "propertyNames",
    "if",
    "then",
    "else",
    "unevaluatedItems",
    "unevaluatedProperties",
    "contentSchema",
)
SCHEMA_LIST = ("allOf", "anyOf", "oneOf", "prefixItems")
SCHEMA_MAP = ("properties", "patternProperties", "$defs", "dependentSchemas")

# Component kinds, by the key they live under in `components`.
COMPONENT_KINDS = {
    "schemas": "schema",
    "responses": "response",
    "parameters": "parameter",
    "examples": "example",
    "requestBodies": "requestBody",
    "headers": "header",
    "securitySchemes": "securityScheme",
    "links": "link",
    "callbacks": "callback",
    "pathItems": "pathItem",
}

# For each kind: field -> (shape, child kind). Shape "one" is a single child, "list"
# a list of children, "map" a mapping of names to children, "extmap" such a mapping in
# an object that may also hold `x-` extensions (Paths, Responses), which are skipped.
# Elsewhere an `x-` key is a real name: a response header `x-page`, a property `x-id`.
_FIELDS: dict[str, dict[str, tuple[str, str]]] = {
    "document": {
        "paths": ("extmap", "pathItem"),
        "webhooks": ("map", "pathItem"),
        "components": ("one", "components"),
    },
    "components": {key: ("map", kind) for key, kind in COMPONENT_KINDS.items()},
    "pathItem": {
        "parameters": ("list", "parameter"),
        **{method: ("one", "operation") for method in HTTP_METHODS},
    },
    "operation": {
        "parameters": ("list", "parameter"),
        "requestBody": ("one", "requestBody"),
        "responses": ("extmap", "response"),
        "callbacks": ("map", "callback"),
    },
    "parameter": {
        "schema": ("one", "schema"),
        "content": ("map", "mediaType"),
        "examples": ("map", "example"),
    },
    "header": {
        "schema": ("one", "schema"),
        "content": ("map", "mediaType"),
        "examples": ("map", "example"),
    },
    "mediaType": {
        "schema": ("one", "schema"),
        "examples": ("map", "example"),
        "encoding": ("map", "encoding"),
    },
    "encoding": {"headers": ("map", "header")},
    "requestBody": {"content": ("map", "mediaType")},
    "response": {
        "headers": ("map", "header"),
        "content": ("map", "mediaType"),
        "links": ("map", "link"),
    },
    "schema": {
        **{key: ("one", "schema") for key in SCHEMA_SINGLE},
        **{key: ("list", "schema") for key in SCHEMA_LIST},
        **{key: ("map", "schema") for key in SCHEMA_MAP},
    },
}


child_pointer = join_pointer
is_reference = is_ref


def map_children(kind: str, node: Any, visit: Visit, pointer: str = "") -> Any:
    """A shallow copy of `node` with each typed child replaced by `visit(...)`.

    A callback's keys are runtime expressions, each naming a path item; everything
    else follows `_FIELDS`. Non-dict nodes (boolean schemas) come back unchanged.
    """
    if not isinstance(node, dict):
        return node
    if kind == "callback":
        return {
            key: value
            if key.startswith("x-")
            else visit("pathItem", value, child_pointer(pointer, key))
            for key, value in node.items()
        }
    fields = _FIELDS.get(kind, {})
    out: dict[str, Any] = {}
    for key, value in node.items():
        spec = fields.get(key)
        if spec is None:
            out[key] = value
            continue
        shape, child_kind = spec
        here = child_pointer(pointer, key)
        if shape == "one":
            out[key] = visit(child_kind, value, here)
        elif shape == "list" and isinstance(value, list):
            out[key] = [visit(child_kind, v, child_pointer(here, i)) for i, v in enumerate(value)]
        elif shape in ("map", "extmap") and isinstance(value, dict):
            out[key] = {
                name: item
                if shape == "extmap" and name.startswith("x-")
                else visit(child_kind, item, child_pointer(here, name))
                for name, item in value.items()
            }
        else:
            out[key] = value
    return out


def resolve_pointer(document: Any, ref: str) -> Any:
    """The node a local `$ref` (`#/a/b`) names; KeyError when it names nothing."""
    if not ref.startswith("#"):
        raise KeyError(f"not a local reference: {ref}")
    return lookup_pointer(document, ref)


def component_kind(ref: str) -> str | None:
    """The node kind a `#/components/<kind>/<name>` reference names, else None."""
    parts = ref.split("/")
    if len(parts) == 4 and parts[0] == "#" and parts[1] == "components":
        return COMPONENT_KINDS.get(parts[2])
    return None
