"""Every request a real server accepted is accepted by the spec (through the mock).

The mock validates each request against the published spec before it answers, so a
recorded 2xx exchange that the mock refuses means the spec is stricter than the server.
"""

from __future__ import annotations

from functools import cache

import pytest

from conftest import ROOT, all_fixtures, fixture_id, published
from exchange import request_of
from semaphore_spec.fixtures import Fixture, Router
from semaphore_spec.mock.transport import MockTransport

ACCEPTED = [item for item in all_fixtures() if 200 <= item[1].status < 300]


@cache
def _transport() -> MockTransport:
    return MockTransport(root=ROOT)


@pytest.mark.parametrize("item", ACCEPTED, ids=fixture_id)
def test_the_spec_accepts_what_the_server_accepted(item: tuple[str, Fixture]) -> None:
    surface, fixture = item
    document = published(surface)
    request = request_of(document, Router(document).route(fixture), fixture)
    response = _transport().handle_request(request)
    response.read()
    assert response.status_code == fixture.status, (
        f"the mock refused a request the server accepted: {response.status_code} {response.text}"
    )
