"""Deterministic example values generated from a JSON Schema of the document.

Used when no recorded fixture answers a request: the value is the schema's own
example where it has a valid one, otherwise one built from its keywords (type,
enum, const, format, bounds, pattern, required properties). The same schema always
gives the same value, so the mock's answers are reproducible.
"""

from __future__ import annotations

import importlib
import math
import re
from typing import Any

from .document import Document, Located

_MAX_DEPTH = 12
_FORMATS: dict[str, str] = {
    "date-time": "2024-01-01T00:00:00Z",
    "date": "2024-01-01",
    "time": "00:00:00Z",
    "uuid": "00000000-0000-4000-8000-000000000000",
    "email": "user@example.com",
    "uri": "https://example.com/",
    "url": "https://example.com/",
    "uri-reference": "https://example.com/",
    "hostname": "example.com",
    "ipv4": "192.0.2.1",
    "ipv6": "2001:db8::1",
    "int64": "0",
}
_TYPE_ORDER = ("object", "array", "string", "integer", "number", "boolean", "null")


class Generator:
    """Builds example values for the schemas of one document."""

    def __init__(self, document: Document) -> None:
        self.document = document

    def example(self, schema: Located) -> Any:
        """A value that conforms to `schema` (best effort for exotic keywords)."""
        return self._value(schema, 0)

    def _value(self, schema: Located, depth: int) -> Any:
        schema = self.document.resolve(schema)
        node = schema.node
        if node is True or node is None or node == {}:
            return "example"
        if not isinstance(node, dict):
            return None
        for candidate in self._declared(node):
            if self.document.is_valid(candidate, schema):
                return candidate
        if "allOf" in node:
            return self._all_of(schema, depth)
        for keyword in ("oneOf", "anyOf"):
            for index in range(len(node.get(keyword) or [])):
                value = self._value(schema.child(keyword, index), depth + 1)
                if self.document.is_valid(value, schema):
                    return value
        for kind in self._types(node):
            value = self._of_type(kind, schema, depth)
            if self.document.is_valid(value, schema):
                return value
        # Nothing validated (e.g. a `not` or an unsatisfiable mix): give the first attempt.
        return self._of_type(self._types(node)[0], schema, depth)

    @staticmethod
    def _declared(node: dict[str, Any]) -> list[Any]:
        found: list[Any] = []
        if "const" in node:
            found.append(node["const"])
        found.extend(node.get("examples") or [])
        if "example" in node:
            found.append(node["example"])
        if "default" in node:
            found.append(node["default"])
        found.extend(node.get("enum") or [])
        return found

    @staticmethod
    def _types(node: dict[str, Any]) -> list[str]:
        declared = node.get("type")
        if isinstance(declared, str):
            return [declared]
        if isinstance(declared, list) and declared:
            # A real value says more than null; `null` goes last.
            return sorted((str(t) for t in declared), key=_TYPE_ORDER.index)
        if "properties" in node or "required" in node or "additionalProperties" in node:
            return ["object"]
        if "items" in node or "prefixItems" in node:
            return ["array"]
        if "minimum" in node or "maximum" in node or "multipleOf" in node:
            return ["number"]
        return ["string"]

    def _all_of(self, schema: Located, depth: int) -> Any:
        merged: dict[str, Any] = {}
        for index in range(len(schema.node["allOf"])):
            part = self._value(schema.child("allOf", index), depth + 1)
            if not isinstance(part, dict):
                return part
            merged.update(part)
        own = {key: value for key, value in schema.node.items() if key != "allOf"}
        if own.get("properties") or own.get("required"):
            extra = self._object(schema, depth)
            merged.update(extra)
        return merged

    def _of_type(self, kind: str, schema: Located, depth: int) -> Any:
        node: dict[str, Any] = schema.node
        if kind == "object":
            return self._object(schema, depth)
        if kind == "array":
            return self._array(schema, depth)
        if kind == "string":
            return _string(node)
        if kind == "integer":
            return int(_number(node, integer=True))
        if kind == "number":
            return _number(node, integer=False)
        if kind == "boolean":
            return True
        return None

    def _object(self, schema: Located, depth: int) -> dict[str, Any]:
        node: dict[str, Any] = schema.node
        properties = node.get("properties") or {}
        required = [str(name) for name in node.get("required") or []]
        out: dict[str, Any] = {}
        if depth >= _MAX_DEPTH:
            names = required
        else:
            # Every declared property, so a generated answer shows the whole shape.
            names = list(properties) + [name for name in required if name not in properties]
        for name in names:
            if name in properties:
                out[name] = self._value(schema.child("properties", name), depth + 1)
            elif isinstance(node.get("additionalProperties"), dict):
                out[name] = self._value(schema.child("additionalProperties"), depth + 1)
            else:
                out[name] = "example"
        minimum = int(node.get("minProperties") or 0)
        extra = schema.child("additionalProperties")
        index = 0
        while len(out) < minimum and extra.node is not False:
            out[f"key{index}"] = self._value(extra, depth + 1) if extra.node else "example"
            index += 1
        return out

    def _array(self, schema: Located, depth: int) -> list[Any]:
        node: dict[str, Any] = schema.node
        prefix = [
            self._value(schema.child("prefixItems", index), depth + 1)
            for index in range(len(node.get("prefixItems") or []))
        ]
        minimum = int(node.get("minItems") or 0)
        maximum = node.get("maxItems")
        # One item shows the item shape; deeper down, only what is required.
        wanted = max(minimum, 0 if depth >= _MAX_DEPTH else 1)
        if maximum is not None:
            wanted = min(wanted, int(maximum))
        items = schema.child("items")
        out = list(prefix)
        while len(out) < wanted and items.node is not False:
            value = self._value(items, depth + 1) if items.node is not None else "example"
            if node.get("uniqueItems") and value in out:
                value = _vary(value, len(out))
            out.append(value)
        return out


def _vary(value: Any, index: int) -> Any:
    """A different value of the same kind, for arrays whose items must be unique."""
    if isinstance(value, bool):
        return not value
    if isinstance(value, int | float):
        return value + index
    if isinstance(value, str):
        return f"{value}{index}"
    return value


def _number(node: dict[str, Any], *, integer: bool) -> float:
    low = node.get("minimum")
    high = node.get("maximum")
    if isinstance(node.get("exclusiveMinimum"), int | float):
        low = node["exclusiveMinimum"] + (1 if integer else 0.5)
    if isinstance(node.get("exclusiveMaximum"), int | float):
        high = node["exclusiveMaximum"] - (1 if integer else 0.5)
    value: float = 0
    if low is not None:
        value = max(value, low)
    if high is not None:
        value = min(value, high)
    step = node.get("multipleOf")
    if isinstance(step, int | float) and step > 0:
        value = math.ceil(value / step) * step
    return math.ceil(value) if integer else value


def _string(node: dict[str, Any]) -> str:
    value = _FORMATS.get(str(node.get("format")), "example")
    pattern = node.get("pattern")
    if isinstance(pattern, str) and not re.search(pattern, value):
        value = _from_pattern(pattern) or value
    low = int(node.get("minLength") or 0)
    high = node.get("maxLength")
    if len(value) < low:
        value += "x" * (low - len(value))
    if high is not None and len(value) > int(high):
        value = value[: int(high)]
    return value


def _from_pattern(pattern: str) -> str | None:
    """The shortest simple string a regular expression matches, or None."""
    try:
        # The stdlib's own regex parser gives the pattern's structure; it is private but
        # stable. Imported by name: typeshed's view of `re._parser` varies by context.
        regex_parser: Any = importlib.import_module("re._parser")
        parsed = regex_parser.parse(pattern)
    except Exception:
        return None
    text = _render(list(parsed), regex_parser)
    if text is None or not re.search(pattern, text):
        return None
    return text


def _render(items: list[Any], parser: Any) -> str | None:
    out: list[str] = []
    for op, arg in items:
        name = str(op)
        if name == "LITERAL":
            out.append(chr(arg))
        elif name == "ANY":
            out.append("a")
        elif name == "IN":
            char = _first_in(arg)
            if char is None:
                return None
            out.append(char)
        elif name in ("MAX_REPEAT", "MIN_REPEAT"):
            low, high, sub = arg
            piece = _render(list(sub), parser)
            if piece is None:
                return None
            # One repetition where zero is allowed keeps strings non-empty.
            out.append(piece * (max(low, 1) if high != 0 else 0))
        elif name == "SUBPATTERN":
            piece = _render(list(arg[-1]), parser)
            if piece is None:
                return None
            out.append(piece)
        elif name == "BRANCH":
            piece = _render(list(arg[1][0]), parser)
            if piece is None:
                return None
            out.append(piece)
        elif name == "AT":
            continue
        elif name == "CATEGORY":
            out.append(_category(str(arg)))
        else:
            return None
    return "".join(out)


def _first_in(arg: list[Any]) -> str | None:
    negate = any(str(op) == "NEGATE" for op, _ in arg)
    if negate:
        return "a" if all(str(op) != "LITERAL" or chr(value) != "a" for op, value in arg) else "b"
    for op, value in arg:
        if str(op) == "LITERAL":
            return chr(value)
        if str(op) == "RANGE":
            return chr(value[0])
        if str(op) == "CATEGORY":
            return _category(str(value))
    return None


def _category(name: str) -> str:
    if "DIGIT" in name and "NOT" not in name:
        return "0"
    if "SPACE" in name and "NOT" not in name:
        return " "
    return "a"
