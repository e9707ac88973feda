"""Property tests: Schemathesis against the in-process mock, every operation of every surface.

One pytest test per operation (`surface/operationId`), built the way Schemathesis'
own pytest plugin builds them, whose tests all share one node id per schema (so
pytest-xdist ran 3 of 96).

Positive and negative cases, from the spec's examples, its coverage scenarios and
random generation, each sent with the surface's default credentials (read from the
registry) and checked for server errors, documented status codes, content types,
response schemas and headers, rejection of schema-violating requests and acceptance
of conforming ones. On top of Schemathesis' own checks, a conforming request must
never be refused by the mock's validator: a refusal there is a mock bug, even when
its status is one a real server might send.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.generation.feedback import FeedbackSources
from schemathesis.pytest._test_builder import build_operation_test
from schemathesis.python._constants.orchestrator import make_constants_value_source
from schemathesis.specs.openapi import checks

from conftest import REGISTRY, ROOT, built_surfaces, published
from coverage_table import operation_ids
from semaphore_spec.mock import Exchange, MockResponse, create_app
from semaphore_spec.mock.auth import schemes

# Enough to reach every operation's coverage scenarios and a spread of random cases,
# while the whole suite stays well inside its time budget.
MAX_EXAMPLES = 25
CHECKS = [
    not_a_server_error,
    checks.status_code_conformance,
    checks.content_type_conformance,
    checks.response_schema_conformance,
    checks.response_headers_conformance,
    checks.negative_data_rejection,
    checks.positive_data_acceptance,
]

_exchanges: list[Exchange] = []


def _record(exchange: Exchange, response: MockResponse) -> MockResponse:
    _exchanges.append(exchange)
    return response


APP = create_app(ROOT, response_hook=_record)


@cache
def _schema(surface: str) -> Any:
    schema = schemathesis.openapi.from_dict(published(surface))
    schema.config.generation.update(
        modes=[GenerationMode.POSITIVE, GenerationMode.NEGATIVE],
        max_examples=MAX_EXAMPLES,
        # Credentials come from the registry below, as a client of the surface sends them.
        with_security_parameters=False,
        # The servers (and the mock) ignore unknown query parameters and headers.
        allow_extra_parameters=False,
    )
    schema.app = APP
    return schema


def _operations() -> list[tuple[str, str]]:
    """(surface, operationId) of every operation Schemathesis finds in the published specs."""
    found = []
    for surface in built_surfaces():
        for result in _schema(surface).get_all_operations():
            operation = result.ok()
            found.append((surface, str(operation.definition.raw["operationId"])))
    return found


def _check(surface: str) -> Callable[[Any], None]:
    query, headers = schemes(REGISTRY[surface].auth)[0].credentials("TOKEN")

    def check(case: Any) -> None:
        _exchanges.clear()
        case.call_and_validate(headers=headers, params=query, checks=CHECKS)
        if case.meta is not None and case.meta.generation.mode.is_positive and _exchanges:
            answered = _exchanges[-1]
            assert answered.outcome != "rejected", (
                f"the mock refused a conforming request: {answered.problems}\n"
                f"{case.as_curl_command()}"
            )

    return check


# One test per operation, each its own node id: the family guard (family_guard.py) fails
# the run when fewer run than the coverage table lists operations.
OPERATIONS = _operations()


@pytest.mark.family(expected=sum(len(operation_ids(surface)) for surface in built_surfaces()))
@pytest.mark.parametrize(
    ("surface", "operation_id"), OPERATIONS, ids=[f"{s}/{o}" for s, o in OPERATIONS]
)
def test_mock_conforms(surface: str, operation_id: str) -> None:
    """Schemathesis (examples, coverage scenarios, random cases) finds no failure in the
    mock's answers to the operation."""
    schema = _schema(surface)
    operation = schema.find_operation_by_id(operation_id)
    test = build_operation_test(
        config=schema.config,
        operation=operation,
        test_func=_check(surface),
        given_kwargs={},
        feedback=FeedbackSources(constants_value_source=make_constants_value_source(schema)),
        explicit_settings=settings(
            deadline=None, derandomize=True, suppress_health_check=list(HealthCheck)
        ),
    )
    test()
