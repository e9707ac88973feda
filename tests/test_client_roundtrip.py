"""The generated client parses every recorded body, and its models give the data back."""

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


@cache
def endpoint_modules(package: str) -> dict[str, ModuleType]:
    """operationId (snake_case) -> generated endpoint module, for one surface's client."""
    api = importlib.import_module(f"{package}.api")
    modules = {}
    for info in pkgutil.walk_packages(api.__path__, prefix=f"{api.__name__}."):
        if not info.ispkg:
            modules[info.name.rsplit(".", 1)[-1]] = importlib.import_module(info.name)
    return modules


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
    client_module = importlib.import_module(f"{package}.client")
    client = client_module.Client(
        base_url="https://example.invalid", raise_on_unexpected_status=True
    )
    response = response_of(request_of(document, op, fixture), fixture)
    parsed = module._parse_response(client=client, response=response)
    if "body" in fixture.response:
        assert as_data(parsed) == fixture.response["body"]
    elif "text" in fixture.response:
        assert parsed == fixture.response["text"]
    else:
        assert parsed is None
