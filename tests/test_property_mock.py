"""Property tests: Schemathesis against the in-process mock, every operation of every surface.

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
from typing import Any

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi import checks

from conftest import REGISTRY, ROOT, built_surfaces, published
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


def _property_test(surface: str) -> Callable[..., None]:
    schema = schemathesis.openapi.from_dict(published(surface))
    schema.config.generation.update(
        modes=[GenerationMode.POSITIVE, GenerationMode.NEGATIVE],
        max_examples=MAX_EXAMPLES,
        # Credentials come from the registry below, as a client of the surface sends them.
        with_security_parameters=False,
    )
    schema.app = APP
    query, headers = schemes(REGISTRY[surface].auth)[0].credentials("TOKEN")

    @schema.parametrize()
    @settings(deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
    def test(case: Any) -> None:
        _exchanges.clear()
        case.call_and_validate(headers=headers, params=query, checks=CHECKS)
        if case.meta is not None and case.meta.generation.mode.is_positive and _exchanges:
            answered = _exchanges[-1]
            assert answered.outcome != "rejected", (
                f"the mock refused a conforming request: {answered.problems}\n"
                f"{case.as_curl_command()}"
            )

    test.__doc__ = f"Schemathesis finds no failure in the mock of {surface}."
    parametrized: Callable[..., None] = test
    return parametrized


for _surface in built_surfaces():
    globals()[f"test_mock_conforms_{_surface}"] = _property_test(_surface)
