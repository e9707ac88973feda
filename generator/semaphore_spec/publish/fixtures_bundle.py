"""The recorded exchanges of a surface as one file keyed by operationId (fixtures.json).

The published spec carries the response bodies as examples; this file carries the
whole exchanges (request method, path, query, headers and body; response status,
headers and body or text) for anyone who wants to replay or mock them. Operations
come in document order, exchanges in the order `load_fixtures` gives (the plain
example of each status first), so the file is stable from build to build.
"""

from __future__ import annotations

from typing import Any

from ..errors import FixtureError
from ..fixtures import Fixture, operations


def exchange(fixture: Fixture) -> dict[str, Any]:
    """One recorded exchange as published; `name` is its example key in the spec."""
    return {
        "name": fixture.name,
        "status": fixture.status,
        "variant": fixture.variant,
        "summary": fixture.summary,
        "source": fixture.source,
        "file": fixture.file,
        "request": fixture.request,
        "response": fixture.response,
    }


def fixtures_document(
    surface: str, document: dict[str, Any], fixtures: list[Fixture]
) -> dict[str, Any]:
    """`{surface, version, operations: {operationId: {method, path, exchanges}}}`."""
    ops = {op.operation_id: op for op in operations(document)}
    for fixture in fixtures:
        if fixture.operation_id not in ops:
            raise FixtureError(
                f"operation {fixture.operation_id} is not in the published spec",
                file=fixture.file,
            )
    return {
        "surface": surface,
        "version": document.get("info", {}).get("version"),
        "operations": {
            op_id: {
                "method": op.method,
                "path": op.path,
                "exchanges": [exchange(f) for f in fixtures if f.operation_id == op_id],
            }
            for op_id, op in ops.items()
        },
    }
