"""Drift between a vendor-served OpenAPI document and our published one.

Some of Semaphore's servers build their own OpenAPI document (OpenApiSpex, 3.0) and
serve it. `semaphore-spec diff --vendor VENDOR.json OURS.json` compares it with ours the
way two versions are compared, reading the vendor's document as the old side: an
"added" operation, parameter, field, enum value or status is one only ours has, a
"removed" one only the vendor's has. A change that would break a client generated
from the vendor's document (it sends what our description says the server refuses,
or cannot read what the server sends) is breaking drift.

Before comparing, the vendor's document is brought to the form ours has: 3.0's
`nullable: true` becomes a `"null"` member of `type`. OperationIds are not compared:
the vendor namespaces them (`Workflows.List`) where ours are lowerCamelCase.
"""

from __future__ import annotations

import copy
from typing import Any

from .model import Change
from .refs import Document

# Kinds that compare naming, not the wire.
_IGNORED_KINDS = frozenset({"operation-id-changed"})
_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SCHEMA_MAPS = ("properties", "patternProperties", "$defs", "definitions")
_SCHEMA_ONE = ("items", "additionalProperties", "not", "contains", "propertyNames")


def _schema_to_31(node: Any) -> Any:
    """A 3.0 schema in 3.1 form (nullable folded into `type`), recursively."""
    if not isinstance(node, dict):
        return node
    out = dict(node)
    if out.pop("nullable", False) is True:
        kind = out.get("type")
        if out.get("enum") == [None]:
            # 3.0 has no null type: `{type: X, nullable: true, enum: [null]}` is `null`
            out.pop("enum")
            out["type"] = "null"
        elif isinstance(kind, str):
            out["type"] = [kind, "null"]
        elif isinstance(kind, list) and "null" not in kind:
            out["type"] = [*kind, "null"]
        elif "enum" in out and None not in out["enum"]:
            out["enum"] = [*out["enum"], None]
    for key in _SCHEMA_LISTS:
        if isinstance(out.get(key), list):
            out[key] = [_schema_to_31(item) for item in out[key]]
    for key in _SCHEMA_MAPS:
        if isinstance(out.get(key), dict):
            out[key] = {name: _schema_to_31(item) for name, item in out[key].items()}
    for key in _SCHEMA_ONE:
        if isinstance(out.get(key), dict):
            out[key] = _schema_to_31(out[key])
    return out


def _walk_schemas(node: Any) -> Any:
    """Every `schema` (and component schema) under `node` in 3.1 form."""
    if isinstance(node, list):
        return [_walk_schemas(item) for item in node]
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key == "schema":
            out[key] = _schema_to_31(value)
        else:
            out[key] = _walk_schemas(value)
    return out


def normalize(document: Document) -> Document:
    """The vendor's document in the form our published documents have."""
    data = copy.deepcopy(document.data)
    if str(data.get("openapi", "")).startswith("3.0"):
        data = _walk_schemas(data)
        components = data.get("components")
        if isinstance(components, dict) and isinstance(components.get("schemas"), dict):
            components["schemas"] = {
                name: _schema_to_31(schema) for name, schema in components["schemas"].items()
            }
        data["openapi"] = "3.1.0"
    return Document(data, document.name)


def drift_only(changes: list[Change]) -> list[Change]:
    """The changes that are drift on the wire (naming differences left out)."""
    return [change for change in changes if change.kind not in _IGNORED_KINDS]


NOTE = (
    "Drift from the vendor's served document to ours: *added* is only in ours, "
    "*removed* only in the vendor's; *breaking* drift would break a client generated "
    "from the vendor's document."
)
