"""The generated client parses every recorded body, and its models give the data back.

Success fixtures go through the endpoint's parser and must serialize back to exactly the
recorded JSON (timestamps and enum values as sent, unknown fields kept); error fixtures
go through the runtime's error mapping and must come back as the right exception with
the recorded body.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache
from types import ModuleType
from typing import Any

import pytest
from openapi_python_client.strings import snake_case

from conftest import REGISTRY, all_fixtures, fixture_id, published
from exchange import request_of, response_of
from semaphore_spec.fixtures import Fixture, Router
from semaphoreci_openapi.errors import APIError


@cache
def endpoint_modules(package: str) -> dict[str, ModuleType]:
    """operationId (snake_case) -> generated endpoint module, for one surface's client."""
    api = importlib.import_module(f"{package}.api")
    modules = {}
    for info in pkgutil.walk_packages(api.__path__, prefix=f"{api.__name__}."):
        if not info.ispkg:
            modules[info.name.rsplit(".", 1)[-1]] = importlib.import_module(info.name)
    return modules


def client_of(package: str) -> Any:
    """A client of the surface (never sends anything here: responses are handed to it)."""
    client_module = importlib.import_module(f"{package}.client")
    variables = {name: "myorg" for name in client_module.SURFACE.servers["default"].variables}
    return client_module.Client("TOKEN", **variables)


def as_data(value: Any) -> Any:
    """What a parsed result serializes back to."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list):
        return [as_data(v) for v in value]
    return value


@pytest.mark.parametrize("item", all_fixtures(), ids=fixture_id)
def test_client_parses_and_round_trips(item: tuple[str, Fixture]) -> None:
    surface, fixture = item
    document = published(surface)
    op = Router(document).route(fixture)
    package = REGISTRY[surface].client_package
    module = endpoint_modules(package)[snake_case(op.operation_id)]
    response = response_of(request_of(document, op, fixture), fixture)
    status = fixture.response["status"]
    if 200 <= status < 300:
        parsed = module._parse_response(response)
        if "body" in fixture.response:
            assert as_data(parsed) == fixture.response["body"]
        elif "text" in fixture.response:
            assert parsed == fixture.response["text"]
        else:
            assert parsed is None
        return
    client = client_of(package)
    with pytest.raises(APIError) as caught:
        client._outcome(response, op.method.upper(), str(response.request.url))
    error = caught.value
    assert error.status_code == status
    if "body" in fixture.response:
        assert error.body == fixture.response["body"]
    else:
        assert error.text == fixture.response.get("text", "")
