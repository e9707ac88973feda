"""The 3.0.3 downgrade means what the 3.1 document means, on real data.

Every recorded JSON body (responses, and the requests the server accepted) must be
valid against its schema in the dereferenced 3.1 form (JSON Schema 2020-12) and in
the dereferenced 3.0.3 form (the OpenAPI 3.0 dialect). Then each body is mutated
(a value nulled, retyped or removed) and both forms must give the same verdict on
every mutant: a downgrade that loosened or tightened a schema shows up here.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import cache
from typing import Any

import pytest
from jsonschema.exceptions import ValidationError
from openapi_schema_validator import OAS30Validator, OAS31Validator

from conftest import ROOT, all_fixtures, built_surfaces, fixture_id
from semaphore_spec.fixtures import Fixture, Router

MUTATED_LEAVES = 6  # per body, spread over the body; keeps the test to a few seconds
# Recorded bodies the spec itself rejects (a gap in spec/, not in the downgrade). Strict:
# when the spec is fixed the test passes, xfail turns that into a failure, and the
# entry must go.
SPEC_REJECTS: dict[str, str] = {}


def cases() -> list[Any]:
    """Every fixture, the known spec gaps marked as strict expected failures."""
    out = []
    for item in all_fixtures():
        reason = SPEC_REJECTS.get(fixture_id(item))
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        out.append(pytest.param(item, id=fixture_id(item), marks=marks))
    return out


@cache
def form(surface: str, name: str) -> dict[str, Any]:
    path = ROOT / "published" / surface / name
    return dict(json.loads(path.read_text(encoding="utf-8")))


@cache
def router(surface: str) -> Router:
    return Router(form(surface, "openapi.dereferenced.json"))


def media_schema(document: dict[str, Any], op_path: str, method: str, where: list[str]) -> Any:
    node: Any = document["paths"][op_path][method]
    for key in where:
        node = node.get(key) if isinstance(node, dict) else None
    return node


def bodies(fixture: Fixture) -> Iterator[tuple[list[str], Any]]:
    """(where its schema is, under the operation; the JSON body) of a fixture."""
    if "body" in fixture.response and fixture.content_type == "application/json":
        where = ["responses", str(fixture.status), "content", "application/json", "schema"]
        yield where, fixture.response["body"]
    if "body" in fixture.request and fixture.status < 300:
        yield ["requestBody", "content", "application/json", "schema"], fixture.request["body"]


def leaves(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """The path of every value inside `value` (containers included, the root excluded)."""
    if isinstance(value, dict):
        items: Any = value.items()
    elif isinstance(value, list):
        items = enumerate(value)
    else:
        return
    for key, child in items:
        yield (*path, key)
        yield from leaves(child, (*path, key))


def replaced(value: Any, path: tuple[Any, ...], new: Any) -> Any:
    """A copy of `value` with the node at `path` replaced by `new` (removed if `new` is
    the `REMOVE` marker and the parent is an object)."""
    if not path:
        return new
    head, rest = path[0], path[1:]
    if isinstance(value, dict):
        out = dict(value)
        if not rest and new is REMOVE:
            del out[head]
        else:
            out[head] = replaced(value[head], rest, new)
        return out
    items = list(value)
    items[head] = replaced(value[head], rest, None if new is REMOVE else new)
    return items


REMOVE = object()


def mutants(body: Any) -> Iterator[Any]:
    every = list(leaves(body))
    step = max(1, len(every) // MUTATED_LEAVES)
    for path in every[::step][:MUTATED_LEAVES]:
        yield replaced(body, path, None)
        yield replaced(body, path, REMOVE)
        yield replaced(body, path, 12345 if isinstance(_at(body, path), str) else "text")


def _at(value: Any, path: tuple[Any, ...]) -> Any:
    for key in path:
        value = value[key]
    return value


def valid(validator: Any, instance: Any) -> bool:
    try:
        validator.validate(instance)
    except ValidationError:
        return False
    return True


@pytest.mark.parametrize("item", cases())
def test_body_means_the_same_in_31_and_30(item: tuple[str, Fixture]) -> None:
    surface, fixture = item
    op = router(surface).route(fixture)
    for where, body in bodies(fixture):
        schema_31 = media_schema(
            form(surface, "openapi.dereferenced.json"), op.path, op.method, where
        )
        schema_30 = media_schema(
            form(surface, "openapi.3.0.dereferenced.json"), op.path, op.method, where
        )
        assert (schema_31 is None) == (schema_30 is None), where
        if schema_31 is None:
            continue  # a body the operation does not describe (e.g. `{}` on stopJob)
        v31, v30 = OAS31Validator(schema_31), OAS30Validator(schema_30)
        assert valid(v31, body), f"{fixture.file}: body invalid against the 3.1 schema"
        assert valid(v30, body), f"{fixture.file}: body invalid against the 3.0 schema"
        for mutant in mutants(body):
            assert valid(v31, mutant) == valid(v30, mutant), json.dumps(mutant)[:500]


@pytest.mark.parametrize("surface", built_surfaces())
def test_mutants_are_not_all_accepted(surface: str) -> None:
    """The verdicts compared above are not vacuous: many mutants are rejected."""
    verdicts = []
    for name, fixture in all_fixtures():
        if name != surface:
            continue
        op = router(surface).route(fixture)
        for where, body in bodies(fixture):
            schema = media_schema(
                form(surface, "openapi.dereferenced.json"), op.path, op.method, where
            )
            if schema is None:
                continue
            validator = OAS31Validator(schema)
            verdicts += [valid(validator, m) for m in mutants(body)]
    assert verdicts.count(False) > len(verdicts) // 4, (verdicts.count(False), len(verdicts))
    assert verdicts.count(True) > 0
