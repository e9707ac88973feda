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
from semaphore_spec.fixtures import Router, load_fixtures, operations
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


def _sent_cases() -> list[tuple[str, str, str, str, Any]]:
    """(surface, operationId, where, name, typed value) for every non-credential path or
    query value an accepted recorded request sent."""
    cases = []
    for surface in built_surfaces():
        document = published(surface)
        router = Router(document)
        for fixture in load_fixtures(ROOT, surface):
            if not 200 <= fixture.status < 300:
                continue
            op = router.route(fixture)
            sent = {
                "path": path_values(op.path, fixture.request["path"]),
                "query": fixture.request.get("query") or {},
            }
            params = [
                _resolve(document, p)
                for p in [
                    *document["paths"][op.path].get("parameters", []),
                    *op.spec.get("parameters", []),
                ]
            ]
            for parameter in params:
                value = sent.get(parameter["in"], {}).get(parameter["name"])
                if value is None or "TOKEN" in str(value) or "example" in parameter:
                    continue
                typed = typed_value(value, parameter["schema"], document)
                case = (surface, op.operation_id, parameter["in"], parameter["name"], typed)
                if typed is not None and case not in cases:
                    cases.append(case)
    return cases


SENT = _sent_cases()


@pytest.mark.parametrize(
    "case", SENT, ids=[f"{s}-{op}-{where}-{name}-{value}" for s, op, where, name, value in SENT]
)
@pytest.mark.parametrize("form", FORMS)
def test_every_sent_parameter_value_is_an_example(
    case: tuple[str, str, str, str, Any], form: str
) -> None:
    surface, operation_id, where, name, value = case
    document = json.loads((ROOT / "published" / surface / form).read_text("utf-8"))
    op = next(o for o in operations(document) if o.operation_id == operation_id)
    params = [
        _resolve(document, p)
        for p in [*document["paths"][op.path].get("parameters", []), *op.spec.get("parameters", [])]
    ]
    parameter = next(p for p in params if p["in"] == where and p["name"] == name)
    values = [example["value"] for example in parameter.get("examples", {}).values()]
    assert value in values, f"{operation_id} {where} {name}: {value!r} not among {values}"


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


def test_the_examples_phase_replays_a_request_for_every_operation() -> None:
    surface = "v2"  # 43 operations, path, query and body inputs
    lines: list[str] = []
    options = ContractOptions(
        surface=surface,
        token="examples-phase-token",
        app=create_app(ROOT, [surface]),
        allow_writes=True,
        max_examples=1,
        seed=7,
        stateless_server=True,
    )
    result = run_contract(ROOT, options, progress=lines.append)
    phase = lines[lines.index("examples:") + 1 : lines.index("coverage:")]
    assert len(phase) == len(operations(published(surface)))
    assert not [line for line in lines if "No examples in schema" in line]
    assert all(line.startswith("  ok") for line in phase), phase
    assert not [s for op in result.operations.values() for s in op.skipped if "examples" in s]
