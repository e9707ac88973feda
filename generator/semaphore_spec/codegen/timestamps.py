"""The client's one `Timestamp` type: every schema marked `x-semaphore-timestamp` becomes a
reference to one component, which the templates replace with the runtime's class."""

from __future__ import annotations

import copy
from typing import Any

from ..errors import GenerationError

TIMESTAMP_MARK = "x-semaphore-timestamp"
TIMESTAMP_MODEL = "Timestamp"


def rewrite_timestamps(document: dict[str, Any]) -> dict[str, Any]:
    """Point every schema marked `x-semaphore-timestamp` at one `Timestamp` component.

    The Python overlay marks the timestamp schemas (inline ones and components); each
    becomes a reference to a single object component, which openapi-python-client turns
    into a model the templates replace with the runtime's `Timestamp` (it parses every
    encoding and keeps the raw value). A nullable timestamp becomes `Timestamp | None`.
    """
    doc = copy.deepcopy(document)
    schemas: dict[str, Any] = doc.setdefault("components", {}).setdefault("schemas", {})
    ref = f"#/components/schemas/{TIMESTAMP_MODEL}"

    def nullable(schema: dict[str, Any]) -> bool:
        kind = schema.get("type")
        return (isinstance(kind, list) and "null" in kind) or schema.get("nullable") is True

    def replacement(schema: dict[str, Any]) -> dict[str, Any]:
        if nullable(schema):
            return {"oneOf": [{"$ref": ref}, {"type": "null"}]}
        return {"$ref": ref}

    marked = {
        f"#/components/schemas/{name}": replacement(schema)
        for name, schema in schemas.items()
        if isinstance(schema, dict) and schema.get(TIMESTAMP_MARK)
    }
    if TIMESTAMP_MODEL in schemas and f"#/components/schemas/{TIMESTAMP_MODEL}" not in marked:
        raise GenerationError(
            f"component `{TIMESTAMP_MODEL}` is not a timestamp, but the client needs the name",
            pointer=f"/components/schemas/{TIMESTAMP_MODEL}",
        )
    for pointer in marked:
        del schemas[pointer.rsplit("/", 1)[-1]]
    used = bool(marked)

    def walk(node: Any) -> Any:
        nonlocal used
        if isinstance(node, list):
            return [walk(item) for item in node]
        if not isinstance(node, dict):
            return node
        if node.get(TIMESTAMP_MARK):
            used = True
            new = replacement(node)
            if "description" in node:
                new["description"] = node["description"]
            return new
        if node.get("$ref") in marked:
            siblings = {k: v for k, v in node.items() if k != "$ref"}
            return {**marked[node["$ref"]], **siblings}
        # Examples are data, not schemas: a `$ref` key in one must stay as it is.
        return {k: v if k in {"example", "examples"} else walk(v) for k, v in node.items()}

    doc = dict(walk(doc))
    if used:
        doc["components"]["schemas"][TIMESTAMP_MODEL] = {
            "type": "object",
            "description": "A point in time in any of the encodings the servers use.",
        }
    return doc
