"""The compiled first pass (mock/compiled.py) says "conforms" only where jsonschema does.

Each case is a schema and a value; `accepts` must never be true where the OAS 3.1
validator refuses, and must be true for the plain conforming values (else the fast
path would be dead and the mock no faster).
"""

from __future__ import annotations

from typing import Any

import pytest
from openapi_schema_validator import OAS31Validator, oas31_format_checker

from semaphore_spec.mock.compiled import CompiledSchemas
from semaphore_spec.mock.document import Document, Located

SCHEMAS: dict[str, Any] = {
    "int32": {"type": "integer", "format": "int32"},
    "int64": {"type": "integer", "format": "int64"},
    "double": {"type": "number", "format": "double"},
    "uuid": {"type": "string", "format": "uuid"},
    "uri": {"type": "string", "format": "uri"},
    "when": {"type": "string", "format": "date-time"},
    "spaced": {"type": "string", "pattern": "^[1-9][0-9]*\\s+days?$"},
    "dotted": {"type": "string", "pattern": "^release/.*$"},
    "digits": {"type": "string", "pattern": "^\\d+$"},
    "both": {"allOf": [{"$ref": "#/components/schemas/int32"}], "format": "int64"},
    "consts": {"const": {"format": "int32", "pattern": "x"}},
    "named": {"type": "object", "properties": {"pattern": {"type": "string"}}},
}

# (schema, value, conforms according to jsonschema)
CASES: list[tuple[str, Any, bool]] = [
    ("int32", 5, True),
    ("int32", 2**31 - 1, True),
    ("int32", 2**31, False),
    ("int32", -(2**31), True),
    ("int32", -(2**31) - 1, False),
    ("int32", 3e10, True),  # a float: the format checks integers only
    ("int64", 2**63 - 1, True),
    ("int64", 2**63, False),
    ("int64", 2**70, False),
    ("double", 1.5, True),
    ("uuid", "0f8fad5b-d9cb-469f-a165-70867728950e", True),
    ("uuid", "0f8fad5bd9cb469fa16570867728950e", False),
    ("uri", "not a uri at all", True),  # jsonschema has no `uri` checker here
    ("when", "2026-11-22T19:58:00Z", True),
    ("when", "yesterday", False),
    ("spaced", "3 days", True),
    ("spaced", "3\ufeffdays", False),  # ECMA's \s matches U+FEFF, Python's does not
    ("dotted", "release/a\rb", True),  # ECMA's . refuses \r, Python's accepts
    ("digits", "\u0663", True),  # Python's \d is Unicode
    ("both", 2**40, False),
    ("both", 7, True),
    ("consts", {"format": "int32", "pattern": "x"}, True),
    ("consts", {"format": "int32"}, False),
    ("named", {"pattern": "anything"}, True),
    ("named", {"pattern": 3}, False),
]


def _document() -> Document:
    return Document(
        {"openapi": "3.1.0", "info": {}, "paths": {}, "components": {"schemas": SCHEMAS}}
    )


@pytest.mark.parametrize(
    ("schema", "value", "conforms"),
    CASES,
    ids=[f"{schema}-{index}" for index, (schema, _, _) in enumerate(CASES)],
)
def test_compiled_agrees_with_jsonschema(schema: str, value: Any, conforms: bool) -> None:
    document = _document()
    located = Located(SCHEMAS[schema], f"/components/schemas/{schema}")
    reference = OAS31Validator(
        {"components": {"schemas": SCHEMAS}, "$ref": f"#/components/schemas/{schema}"},
        format_checker=oas31_format_checker,
    )
    assert reference.is_valid(value) is conforms  # the case itself is right
    accepted = document.compiled.accepts(value, located.pointer)
    if not conforms:
        assert not accepted
    assert document.is_valid(value, located) is conforms


@pytest.mark.parametrize(
    ("schema", "value"),
    [("int32", 5), ("uuid", "0f8fad5b-d9cb-469f-a165-70867728950e"), ("spaced", "3 days")],
    ids=["int32", "uuid", "pattern"],
)
def test_compiled_accepts_what_conforms(schema: str, value: Any) -> None:
    """The fast path answers for ordinary conforming values (it is not dead code)."""
    compiled = CompiledSchemas({"components": {"schemas": SCHEMAS}})
    assert compiled.accepts(value, f"/components/schemas/{schema}")
