"""A schema reduced to what compatibility depends on.

Two schemas can say the same thing in different ways: `type: [string, "null"]` and
`oneOf: [{type: string}, {type: "null"}]`, a `$ref` and its target inlined, an `allOf`
and its members merged. `view()` reads every spelling into one `SchemaView`, so the rules
compare meaning and not spelling.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from typing import Any

from .refs import Document

# Keywords that bound a value from below or from above (JSON Schema 2020-12).
LOWER_BOUNDS = ("minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties")
UPPER_BOUNDS = ("maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties")


@dataclass(frozen=True)
class SchemaView:
    """What a schema allows. `types` is None when any type is allowed and never holds
    "null" (that is `nullable`); for a oneOf/anyOf it is what the members allow together.
    `enum` is None when the values are not restricted."""

    ref: str | None = None
    types: frozenset[str] | None = None
    nullable: bool = False
    format: str | None = None
    enum: tuple[Any, ...] | None = None
    pattern: str | None = None
    bounds: dict[str, Any] = field(default_factory=dict)
    properties: dict[str, Any] = field(default_factory=dict)
    required: frozenset[str] = frozenset()
    items: Any = None
    additional: Any = None  # additionalProperties: None (absent), a bool or a schema
    variants: tuple[Any, ...] | None = None  # oneOf/anyOf members other than null

    @property
    def unconstrained(self) -> bool:
        """True for `{}`: no type, no alternatives, no list of values."""
        return self.types is None and self.variants is None and self.enum is None

    @property
    def may_be_object(self) -> bool:
        """Whether object fields of this schema can matter at all."""
        return self.types is None or "object" in self.types


def canonical(value: Any) -> str:
    """A stable text for an enum value, so values compare and sort whatever their type."""
    return json.dumps(value, sort_keys=True)


def _types(raw: Any) -> list[str] | None:
    if isinstance(raw, str):
        return [raw]
    if isinstance(raw, list):
        return [str(t) for t in raw]
    return None


def _intersect_types(first: list[str], second: list[str]) -> list[str]:
    both = [t for t in first if t in second]
    # integer is a subtype of number: `allOf: [{type: number}, {type: integer}]` is integer
    if "integer" in first and "number" in second and "integer" not in both:
        both.append("integer")
    if "number" in first and "integer" in second and "integer" not in both:
        both.append("integer")
    return both


def _merge(into: dict[str, Any], part: dict[str, Any]) -> None:
    """Merge one `allOf` member into the schema built so far."""
    for key, value in part.items():
        if key == "properties" and isinstance(value, dict):
            into["properties"] = {**into.get("properties", {}), **value}
        elif key == "required" and isinstance(value, list):
            into["required"] = list(dict.fromkeys([*into.get("required", []), *value]))
        elif key == "type" and "type" in into:
            into["type"] = _intersect_types(_types(into["type"]) or [], _types(value) or [])
        elif key not in into:
            into[key] = value


def flatten(document: Document, node: Any, seen: frozenset[str] = frozenset()) -> dict[str, Any]:
    """`node` with its `$ref`s followed and its `allOf` members merged into it.

    A member already being flattened (a schema that is `allOf` itself) is skipped: that
    is the only way to stop, and it adds nothing new.
    """
    resolved = document.resolve(node)
    raw = resolved.node
    if raw is True or not isinstance(raw, dict):
        return {} if raw is not False else {"not": {}}
    if resolved.ref is not None:
        seen = seen | {resolved.ref}
    if "allOf" not in raw:
        return raw
    merged = {key: value for key, value in raw.items() if key != "allOf"}
    for member in raw["allOf"] or []:
        member_ref = member.get("$ref") if isinstance(member, dict) else None
        if member_ref in seen:
            continue
        _merge(merged, flatten(document, member, seen))
    return merged


def _is_null_schema(document: Document, node: Any) -> bool:
    raw = flatten(document, node)
    return _types(raw.get("type")) == ["null"] or ("const" in raw and raw["const"] is None)


def _member_types(document: Document, members: list[Any]) -> frozenset[str] | None:
    """The types the members of a oneOf/anyOf allow together (None: any). Read from each
    member's own `type` only, so a recursive oneOf does not recurse here."""
    found: set[str] = set()
    for member in members:
        member_types = _types(flatten(document, member).get("type"))
        if member_types is None:
            return None
        found.update(t for t in member_types if t != "null")
    return frozenset(found)


def view(document: Document, node: Any) -> SchemaView:
    """Read `node` (a schema, possibly a `$ref`) into a `SchemaView`."""
    ref = document.resolve(node).ref
    raw = flatten(document, node)
    if "not" in raw and raw["not"] == {}:  # the `false` schema: nothing is valid
        return SchemaView(ref=ref, types=frozenset())
    type_list = _types(raw.get("type"))
    nullable = type_list is not None and "null" in type_list
    members = [*(raw.get("oneOf") or []), *(raw.get("anyOf") or [])]
    real = [m for m in members if not _is_null_schema(document, m)]
    nullable = nullable or len(real) < len(members)
    shape_keys = {"type", "properties", "items", "enum", "const", "additionalProperties"}
    if members and len(real) == 1 and not shape_keys & raw.keys():
        # `oneOf: [X, {type: "null"}]` is X made nullable: look through the wrapper
        inner = view(document, real[0])
        return replace(inner, nullable=inner.nullable or nullable)
    enum: tuple[Any, ...] | None = None
    if "const" in raw:
        enum = (raw["const"],)
    elif isinstance(raw.get("enum"), list):
        enum = tuple(raw["enum"])
    if enum is not None and None in enum:
        nullable = True
        enum = tuple(value for value in enum if value is not None)
    types = frozenset(t for t in type_list if t != "null") if type_list is not None else None
    if types is None and real:
        types = _member_types(document, real)
    required = raw.get("required")
    return SchemaView(
        ref=ref,
        types=types,
        nullable=nullable,
        format=raw.get("format") if isinstance(raw.get("format"), str) else None,
        enum=enum,
        pattern=raw.get("pattern") if isinstance(raw.get("pattern"), str) else None,
        bounds={key: raw[key] for key in (*LOWER_BOUNDS, *UPPER_BOUNDS) if key in raw},
        properties=dict(raw.get("properties") or {}),
        required=frozenset(required) if isinstance(required, list) else frozenset(),
        items=raw.get("items"),
        additional=raw.get("additionalProperties"),
        variants=tuple(real) if real else None,
    )


def variant_key(document: Document, node: Any) -> tuple[str, str]:
    """How to recognise a oneOf/anyOf member across versions: by the component it
    refers to, else by its types."""
    ref = document.resolve(node).ref
    if ref is not None:
        return ("ref", ref)
    types = view(document, node).types
    return ("type", " ".join(sorted(types)) if types is not None else "any")


def variant_label(key: tuple[str, str]) -> str:
    """A variant's name in messages: the component's name or its types."""
    kind, value = key
    return value.rsplit("/", 1)[-1] if kind == "ref" else value
