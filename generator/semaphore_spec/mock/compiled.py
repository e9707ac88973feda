"""A compiled first pass over the mock's schema checks (jsonschema-rs).

jsonschema (pure Python) was about a quarter of the mock's time per request, most of it
spent accepting values that conform. `CompiledSchemas.accepts` answers with a validator
compiled once per schema by jsonschema-rs, and may only say "yes" where jsonschema would
too: whenever it says "no" (or cannot tell, e.g. for an integer beyond 64 bits), the
caller asks jsonschema, which finds the problems and words them as before. So the
mock's verdicts and messages stay jsonschema's, and only conforming values get faster.

To make "yes" mean the same in both, the document is compiled in a rewritten copy whose
checks are never looser than the OpenAPI 3.1 dialect's:
- `format`: every format jsonschema's OAS 3.1 checker knows is checked by that very
  checker (jsonschema-rs calls it for strings; for other types both accept); formats it
  does not know are accepted, as jsonschema accepts them;
- `int32`/`int64` (which apply to numbers, where jsonschema-rs calls no custom check)
  become a range that every integer must be in; `float`/`double` accept every JSON value;
- `pattern` becomes a custom format running Python's `re.search`, jsonschema's own test
  (ECMA regular expressions differ from Python's on `\\s`, `\\d`, `.` and `$`).
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote

import jsonschema_rs
from openapi_schema_validator import oas31_format_checker

_URI = "urn:semaphore-spec:mock:compiled"
_DIALECT = "https://json-schema.org/draft/2020-12/schema"
_INTEGER_RANGES = {"int32": 31, "int64": 63}
# Always true for JSON values in jsonschema's OAS checker (an int or a float is a number).
_ANY_NUMBER = frozenset({"float", "double"})
# The subtrees that hold data, not schemas: rewriting them would change what they mean.
_DATA_KEYWORDS = frozenset({"const", "enum", "default", "example", "examples"})


class CompiledSchemas:
    """jsonschema-rs validators for the schemas of one document, compiled on first use."""

    def __init__(self, data: dict[str, Any]) -> None:
        self._formats: dict[str, Any] = {
            name: _checker(name) for name in oas31_format_checker.checkers
        }
        rewritten = self._rewrite(data)
        rewritten["$schema"] = _DIALECT
        self._registry = jsonschema_rs.Registry([(_URI, rewritten)])
        self._validators: dict[str, Any] = {}

    def accepts(self, value: Any, pointer: str) -> bool:
        """True only when `value` conforms to the schema at `pointer` (jsonschema would
        agree); False means "ask jsonschema", not "invalid"."""
        validator = self._validators.get(pointer)
        if validator is None:
            fragment = quote(pointer, safe="/~!$&'()*+,;=:@")
            validator = jsonschema_rs.validator_for(
                {"$ref": f"{_URI}#{fragment}"},
                registry=self._registry,
                formats=self._formats,
                validate_formats=True,
            )
            self._validators[pointer] = validator
        try:
            return bool(validator.is_valid(value))
        except (ValueError, TypeError, OverflowError):
            return False  # a value jsonschema-rs cannot represent: jsonschema decides

    def _rewrite(self, node: Any) -> Any:
        if isinstance(node, list):
            return [self._rewrite(item) for item in node]
        if not isinstance(node, dict):
            return node
        out = {
            key: value if key in _DATA_KEYWORDS else self._rewrite(value)
            for key, value in node.items()
        }
        extra: list[dict[str, Any]] = []
        fmt = out.get("format")
        if isinstance(fmt, str):
            if fmt in _INTEGER_RANGES:
                bits = _INTEGER_RANGES[fmt]
                # Bounds jsonschema-rs may hold as 64-bit floats: pulled in so rounding
                # never admits a value jsonschema's exact integers refuse.
                slack = 0 if bits < 53 else 2 ** (bits - 52)
                del out["format"]
                extra.append(
                    {
                        "anyOf": [
                            {"not": {"type": "integer"}},
                            {"minimum": -(2**bits) + slack, "maximum": 2**bits - 1 - slack},
                        ]
                    }
                )
            elif fmt in _ANY_NUMBER:
                del out["format"]
            elif fmt not in self._formats:
                self._formats[fmt] = _accept
        pattern = out.get("pattern")
        if isinstance(pattern, str):
            del out["pattern"]
            name = f"semaphore-spec-pattern:{pattern}"
            self._formats.setdefault(name, _pattern_checker(pattern))
            extra.append({"format": name})
        if extra:
            existing = out.get("allOf")
            out["allOf"] = (list(existing) if isinstance(existing, list) else []) + extra
        return out


def _checker(name: str) -> Any:
    def check(value: str) -> bool:
        return bool(oas31_format_checker.conforms(value, name))

    return check


def _accept(value: str) -> bool:
    return True


def _pattern_checker(pattern: str) -> Any:
    def check(value: str) -> bool:
        try:
            return re.search(pattern, value) is not None
        except re.error:
            return False  # jsonschema reports the bad pattern itself

    return check
