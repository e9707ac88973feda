"""Every recorded exchange conforms to the published spec, and covers it.

Conformance is Schemathesis' own response validation (declared status, declared
content type, required headers present and conforming, body valid against the
schema) and every check of the project's contract suite (`CUSTOM_CHECKS`: pagination
arithmetic, error body format, credentials), exactly as a contract run applies them
to a live answer. The checks that probe further (the next page, the request without
its token) send their probes to the in-process mock. Coverage: every operation x
documented status has a fixture.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache
from typing import Any

import pytest
import schemathesis
from schemathesis import Case, CheckContext, Response
from schemathesis.specs.openapi import checks

from conftest import REGISTRY, ROOT, all_fixtures, built_surfaces, fixture_id, published
from coverage_table import coverage
from exchange import checked_response, path_parameters, request_of, response_of
from semaphore_spec.contract.checks import (
    CUSTOM_CHECKS,
    CredentialsRequired,
    ErrorBodyFormat,
    PaginationConsistency,
)
from semaphore_spec.contract.checks.page_style import STYLES_KEY, styles_entry
from semaphore_spec.fixtures import Fixture, Router, operations
from semaphore_spec.mock import create_app
from semaphore_spec.mock.conventions import conventions_for

CHECKS = [
    checks.status_code_conformance,
    checks.content_type_conformance,
    checks.response_headers_conformance,
    checks.response_schema_conformance,
]


CheckFunction = Callable[[CheckContext, Response, Case[Any]], bool | None]


def custom_checks(surface: str) -> list[Any]:
    """Fresh instances of the contract suite's own checks, set up as a run of `surface`
    sets them up (`contract.config`)."""
    refused = conventions_for(REGISTRY[surface]).multiple_credentials is not None
    return [
        PaginationConsistency(),
        ErrorBodyFormat(),
        CredentialsRequired(multiple_refused=refused),
    ]


def _as_function(check: Any) -> CheckFunction:
    def run(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
        result: bool | None = check.after_response(ctx, response, case)
        return result

    run.__name__ = type(check).__name__
    return run


@cache
def _schema(surface: str) -> Any:
    # The pagination check reads the registry's styles from the tested document, as
    # the contract runner gives it them.
    document = {**published(surface), STYLES_KEY: styles_entry(REGISTRY[surface].pagination)}
    schema = schemathesis.openapi.from_dict(document)
    # The probes of the project's checks go to the mock, never to the real servers.
    schema.app = create_app(ROOT, [surface])
    return schema


@pytest.mark.parametrize("surface", built_surfaces())
def test_every_check_of_the_contract_suite_runs_on_the_fixtures(surface: str) -> None:
    assert [type(check).__name__ for check in custom_checks(surface)] == list(CUSTOM_CHECKS)


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
    own = [_as_function(check) for check in custom_checks(surface)]
    case.validate_response(checked_response(response), checks=[*CHECKS, *own])
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
