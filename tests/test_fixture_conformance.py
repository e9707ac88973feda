"""Every recorded exchange conforms to the published spec, and covers it.

Conformance is Schemathesis' own response validation: declared status, declared
content type, required headers present and conforming, body valid against the
schema. Coverage: every operation x documented status has a fixture.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

import pytest
import schemathesis
from schemathesis.specs.openapi import checks

from conftest import all_fixtures, built_surfaces, fixture_id, published
from coverage_table import coverage
from exchange import path_parameters, request_of, response_of
from semaphore_spec.fixtures import Fixture, Router, operations

CHECKS = [
    checks.status_code_conformance,
    checks.content_type_conformance,
    checks.response_headers_conformance,
    checks.response_schema_conformance,
]


@cache
def _schema(surface: str) -> Any:
    return schemathesis.openapi.from_dict(published(surface))


@cache
def _router(surface: str) -> Router:
    return Router(published(surface))


@pytest.mark.parametrize("item", all_fixtures(), ids=fixture_id)
def test_fixture_conforms(item: tuple[str, Fixture]) -> None:
    surface, fixture = item
    op = _router(surface).route(fixture)  # raises when it routes nowhere or elsewhere
    document = published(surface)
    request = request_of(document, op, fixture)
    response = response_of(request, fixture)
    case = (
        _schema(surface)
        .find_operation_by_id(op.operation_id)
        .Case(
            path_parameters=path_parameters(op, fixture.request["path"]),
            query=fixture.request.get("query"),
            headers=fixture.request.get("headers"),
        )
    )
    case.validate_response(response, checks=CHECKS)
    # Schemathesis leaves headers carried as JSON (`content:`) unchecked; check their syntax.
    declared = (op.spec["responses"].get(str(fixture.status)) or {}).get("headers") or {}
    for name, header in declared.items():
        header = _deref(document, header)
        value = response.headers.get(name)
        if value is not None and "application/json" in (header.get("content") or {}):
            json.loads(value)


def _deref(document: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    ref = node.get("$ref")
    if not ref:
        return node
    _, _, kind, name = ref.split("/", 3)
    return dict(document["components"][kind][name])


@pytest.mark.parametrize("surface", built_surfaces())
def test_every_operation_and_status_has_a_fixture(surface: str) -> None:
    _, missing = coverage(surface)
    assert not missing, f"no fixture for: {sorted(missing)}"


@pytest.mark.parametrize("surface", built_surfaces())
def test_every_response_with_content_has_an_example(surface: str) -> None:
    """The published spec shows a recorded example for every response that has a body."""
    document = published(surface)
    bare = []
    for op in operations(document):
        for status, response in op.spec["responses"].items():
            content = _deref(document, response).get("content") or {}
            # Where a status has alternative media types (plain text or JSON), one
            # recorded example of what the server really sent is enough.
            if content and not any(media.get("examples") for media in content.values()):
                bare.append(f"{op.operation_id} {status}")
    assert not bare, f"responses without an example: {bare}"
