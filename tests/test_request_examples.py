"""Recorded requests are published as examples of their operations' parameters and
bodies (stages/request_examples.py), in the 3.1 and the 3.0.3 spec, so Schemathesis's
examples phase replays a real request for every operation that takes any input."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import ROOT, built_surfaces, published
from semaphore_spec.contract.runner import ContractOptions, run_contract
from semaphore_spec.fixtures import Operation, Router, load_fixtures, operations
from semaphore_spec.mock import create_app
from semaphore_spec.stages.request_examples import path_values, typed_value

FORMS = ("openapi.json", "openapi.3.0.json")


def _resolve(document: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    ref = node.get("$ref")
    if isinstance(ref, str):
        _, _, kind, name = ref.split("/", 3)
        resolved: dict[str, Any] = document["components"][kind][name]
        return resolved
    return node


def _declared(document: dict[str, Any], op: Operation) -> list[tuple[tuple[str, ...], Any]]:
    """(who declares it, parameter) for every parameter of `op`: the operation, its
    path item (shared by the path's operations) or a component (shared by any)."""
    found: list[tuple[tuple[str, ...], Any]] = []
    for owner, params in (
        (("op", op.operation_id), op.spec.get("parameters", [])),
        (("item", op.path), document["paths"][op.path].get("parameters", [])),
    ):
        for raw in params:
            parameter = _resolve(document, raw)
            key = ("ref", raw["$ref"]) if "$ref" in raw else owner
            found.append(((*key, parameter["in"], parameter["name"]), parameter))
    return found


def _sent_cases() -> list[tuple[str, str, str, str, Any, bool]]:
    """(surface, operationId, where, name, typed value, published) for every
    non-credential path or query value an accepted recorded request sent; `published`
    is false when an operation sharing the parameter was recorded refusing it and
    never accepting it."""
    cases = []
    for surface in built_surfaces():
        document = published(surface)
        router = Router(document)
        sent: list[tuple[int, str, tuple[str, ...], str, str, Any]] = []
        for fixture in load_fixtures(ROOT, surface):
            op = router.route(fixture)
            values = {
                "path": path_values(op.path, fixture.request["path"]),
                "query": fixture.request.get("query") or {},
            }
            for key, parameter in _declared(document, op):
                value = values.get(parameter["in"], {}).get(parameter["name"])
                if value is None or "TOKEN" in str(value) or "example" in parameter:
                    continue
                typed = typed_value(value, parameter["schema"], document)
                if typed is not None:
                    sent.append((fixture.status, op.operation_id, key, *key[-2:], typed))
        took = {(k, o, json.dumps(v)) for status, o, k, _, _, v in sent if 200 <= status < 300}
        refused = {
            (key, json.dumps(typed))
            for status, operation, key, _, _, typed in sent
            if 400 <= status < 500
            and status not in (401, 403, 429)
            and (key, operation, json.dumps(typed)) not in took
        }
        for status, operation, key, where, name, typed in sent:
            if not 200 <= status < 300:
                continue
            blocked = (key, json.dumps(typed)) in refused
            case = (surface, operation, where, name, typed, not blocked)
            if case not in cases:
                cases.append(case)
    return cases


SENT = _sent_cases()


@pytest.mark.parametrize(
    "case",
    SENT,
    ids=[f"{s}-{op}-{w}-{n}-{v}{'' if p else '-refused'}" for s, op, w, n, v, p in SENT],
)
@pytest.mark.parametrize("form", FORMS)
def test_every_sent_parameter_value_is_an_example_unless_a_sibling_refused_it(
    case: tuple[str, str, str, str, Any, bool], form: str
) -> None:
    surface, operation_id, where, name, value, expected = case
    document = json.loads((ROOT / "published" / surface / form).read_text("utf-8"))
    op = next(o for o in operations(document) if o.operation_id == operation_id)
    parameter = next(
        p for _, p in _declared(document, op) if p["in"] == where and p["name"] == name
    )
    values = [example["value"] for example in parameter.get("examples", {}).values()]
    assert (value in values) == expected, f"{operation_id} {where} {name}: {value!r} in {values}"


def test_some_shared_value_is_left_out_because_a_sibling_refused_it() -> None:
    assert [c for c in SENT if not c[-1]], "the refusal rule has nothing to do on our data"


def _bodies() -> list[tuple[str, str, str]]:
    """(surface, operationId, fixture) for every accepted request body of a media type
    its operation declares."""
    found = []
    for surface in built_surfaces():
        document = published(surface)
        router = Router(document)
        for fixture in load_fixtures(ROOT, surface):
            op = router.route(fixture)
            declared = _resolve(document, op.spec.get("requestBody") or {}).get("content", {})
            media = {"body": "application/json", "form": "application/x-www-form-urlencoded"}
            sent = [
                fixture.request[k]
                for k, m in media.items()
                if k in fixture.request and m in declared
            ]
            if 200 <= fixture.status < 300 and sent and "TOKEN" not in str(sent):
                found.append((surface, op.operation_id, Path(fixture.file).stem))
    return found


BODIES = _bodies()


@pytest.mark.parametrize("case", BODIES, ids=["-".join(c) for c in BODIES])
@pytest.mark.parametrize("form", FORMS)
def test_every_accepted_request_body_is_an_example(case: tuple[str, str, str], form: str) -> None:
    surface, operation_id, stem = case
    document = json.loads((ROOT / "published" / surface / form).read_text("utf-8"))
    fixture = next(f for f in load_fixtures(ROOT, surface) if Path(f.file).stem == stem)
    op = next(o for o in operations(document) if o.operation_id == operation_id)
    content = _resolve(document, op.spec["requestBody"])["content"]
    sent = fixture.request.get("body", fixture.request.get("form"))
    values = [
        ex["value"] for media in content.values() for ex in media.get("examples", {}).values()
    ]
    assert sent in values


@pytest.mark.parametrize("surface", built_surfaces())
def test_the_examples_phase_replays_a_request_for_every_operation(surface: str) -> None:
    lines: list[str] = []
    options = ContractOptions(
        surface=surface,
        token="examples-phase-token",
        app=create_app(ROOT, [surface]),
        allow_writes=True,
        max_examples=1,
        seed=7,
        stateless_server=True,
        phases=("examples",),
    )
    result = run_contract(ROOT, options, progress=lines.append)
    start = lines.index("examples:") + 1
    phase = [line for line in lines[start:] if line.startswith("  ")]
    assert len(phase) == len(operations(published(surface)))
    assert not [line for line in lines if "No examples in schema" in line]
    assert all(line.startswith("  ok") for line in phase), phase
    assert not [s for op in result.operations.values() for s in op.skipped if "examples" in s]
