"""Schemas as a reader sees them on the reference page.

`summary` writes a schema as one short type expression (`array of Project`,
`string | null`, `"passed" | "failed"`), with component names linked to their
section; `fields` lists an object's properties for a table, descending into inline
objects (a named component is linked instead, so every table stays finite even for
recursive schemas). Both return HTML-safe `Markup`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup, escape

SCHEMA_PREFIX = "#/components/schemas/"
MAX_ENUM = 8  # longer enums are summarised as "one of N values" and listed in full elsewhere
MAX_DEPTH = 4  # nesting of inline objects shown in a property table


def anchor(name: str) -> str:
    """The element id of a component schema's section."""
    return f"schema-{name}"


def _literal(value: Any) -> Markup:
    return Markup("<code>{}</code>").format(json.dumps(value, ensure_ascii=False))


def _join(parts: list[Markup], sep: str) -> Markup:
    return Markup(sep).join(parts)


def summary(schema: Any) -> Markup:
    """One-line type expression of `schema`."""
    if schema is None or schema is True or schema == {}:
        return Markup("any")
    if schema is False:
        return Markup("nothing")
    if not isinstance(schema, dict):
        return escape(str(schema))
    ref = schema.get("$ref")
    if isinstance(ref, str):
        name = ref.removeprefix(SCHEMA_PREFIX)
        return Markup('<a class="ref" href="#{}">{}</a>').format(anchor(name), name)
    if "const" in schema:
        return _literal(schema["const"])
    for key, sep in (("oneOf", " | "), ("anyOf", " | "), ("allOf", " & ")):
        if key in schema:
            return _join([summary(s) for s in schema[key]], sep)
    if "enum" in schema:
        values = schema["enum"]
        if len(values) > MAX_ENUM:
            return Markup("{} (one of {} values)").format(_type_name(schema), len(values))
        return _join([_literal(v) for v in values], " | ")
    return _type_name(schema)


def _type_name(schema: dict[str, Any]) -> Markup:
    raw = schema.get("type")
    types = [raw] if isinstance(raw, str) else list(raw or [])
    parts = []
    for t in types or ["any"]:
        if t == "array":
            parts.append(Markup("array of {}").format(summary(schema.get("items", {}))))
        elif t == "object" and "properties" not in schema and "additionalProperties" in schema:
            parts.append(Markup("map of {}").format(summary(schema["additionalProperties"])))
        elif t in ("string", "integer", "number") and "format" in schema:
            parts.append(Markup("{} <small>({})</small>").format(t, schema["format"]))
        else:
            parts.append(escape(t))
    return _join(parts, " | ")


_CONSTRAINTS = (
    ("minimum", "≥ {}"),
    ("exclusiveMinimum", "> {}"),
    ("maximum", "≤ {}"),
    ("exclusiveMaximum", "< {}"),
    ("minLength", "length ≥ {}"),
    ("maxLength", "length ≤ {}"),
    ("minItems", "items ≥ {}"),
    ("maxItems", "items ≤ {}"),
    ("pattern", "matches {}"),
    ("default", "default {}"),
)


def constraints(schema: Any) -> list[str]:
    """The schema's validation limits in words (`≥ 1`, `matches ^[a-z]+$`)."""
    if not isinstance(schema, dict):
        return []
    found = []
    for key, text in _CONSTRAINTS:
        if key in schema:
            value = schema[key]
            shown = value if isinstance(value, str) and key == "pattern" else json.dumps(value)
            found.append(text.format(shown))
    if isinstance(schema.get("enum"), list) and len(schema["enum"]) > MAX_ENUM:
        found.append("one of " + ", ".join(json.dumps(v) for v in schema["enum"]))
    return found


@dataclass
class Field:
    """One row of a property table; `children` are the rows of an inline object."""

    name: str
    type: Markup
    required: bool
    description: str
    constraints: list[str]
    examples: list[str]
    children: list[Field] = field(default_factory=list)


def _inline_object(schema: Any) -> dict[str, Any] | None:
    """The object whose properties a row should expand: the schema or its array items."""
    if not isinstance(schema, dict) or "$ref" in schema:
        return None
    if isinstance(schema.get("properties"), dict):
        return schema
    items = schema.get("items")
    if (
        isinstance(items, dict)
        and "$ref" not in items
        and isinstance(items.get("properties"), dict)
    ):
        return items
    return None


def fields(schema: Any, depth: int = 0) -> list[Field]:
    """The property rows of an object schema (none for other schemas)."""
    if not isinstance(schema, dict) or not isinstance(schema.get("properties"), dict):
        return []
    required = set(schema.get("required", []))
    rows = []
    for name, prop in schema["properties"].items():
        prop_dict = prop if isinstance(prop, dict) else {}
        nested = _inline_object(prop)
        examples = prop_dict.get("examples", [])
        rows.append(
            Field(
                name=name,
                type=summary(prop),
                required=name in required,
                description=str(prop_dict.get("description", "")),
                constraints=constraints(prop),
                examples=[json.dumps(e, ensure_ascii=False) for e in examples]
                if isinstance(examples, list)
                else [],
                children=fields(nested, depth + 1) if nested and depth < MAX_DEPTH else [],
            )
        )
    return rows
