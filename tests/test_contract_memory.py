"""What keeps a contract run's memory bounded when a server answers huge bodies.

Each piece is tested here on its own; `test_contract_faults.py` measures the whole run.
"""

from __future__ import annotations

import gc
import weakref
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import jsonschema_rs
import requests
import schemathesis
from schemathesis.core import NOT_SET
from schemathesis.core.transport import Response
from schemathesis.engine.recorder import Interaction, Request
from schemathesis.generation.stateful.state_machine import StepOutput
from schemathesis.openapi.checks import JsonSchemaError

from semaphore_spec.contract.har import HarWriter
from semaphore_spec.contract.memory import (
    AnswerRelease,
    GarbageCollector,
    drop_cut_bodies,
    forget_link_answers,
    link_caches,
    shed_rejected_value,
)
from semaphore_spec.contract.redact import Redactor
from semaphore_spec.contract.results import Collector, ContractResult

LINKED = {
    "openapi": "3.1.0",
    "info": {"title": "two linked operations", "version": "1"},
    "paths": {
        "/things": {
            "post": {
                "operationId": "createThing",
                "responses": {
                    "201": {
                        "description": "made",
                        "content": {"application/json": {"schema": {"type": "object"}}},
                        "links": {
                            "read": {
                                "operationId": "getThing",
                                "parameters": {"id": "$response.body#/id"},
                            }
                        },
                    }
                },
            }
        },
        "/things/{id}": {
            "get": {
                "operationId": "getThing",
                "parameters": [
                    {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                ],
                "responses": {"200": {"description": "it"}},
            }
        },
    },
}


def _response(body: bytes, size: int = -1) -> Response:
    return Response(
        status_code=201,
        headers={"content-type": ["application/json"]},
        content=body,
        request=requests.Request("POST", "http://h.test/things").prepare(),
        elapsed=0.1,
        verify=True,
        content_size=size if size >= 0 else len(body),
    )


def _interaction(response: Response | None) -> Interaction:
    sent = requests.Request("POST", "http://h.test/things").prepare()
    return Interaction(request=Request.from_prepared_request(sent), response=response)


def test_links_forget_the_answers_they_read_when_a_scenario_ends() -> None:
    schema = schemathesis.openapi.from_dict(LINKED)
    schema.location = "http://127.0.0.1:9/"
    forget_link_answers(schema)
    machine = schema.as_state_machine()
    # Reached by name inside Schemathesis: if a new version renames them, this says so.
    assert len(link_caches(machine)) == 1
    (entry,) = (e for e in machine._transitions.operations.values() if e.outgoing)
    (link,) = entry.outgoing
    answer = StepOutput(response=_response(b'{"id": "a"}'), case=schema["/things"]["POST"].Case())
    link.extract(answer)
    assert link._cached_extract.cache_info().currsize == 1  # the answer is held
    machine().teardown()
    assert link._cached_extract.cache_info().currsize == 0
    assert machine.__qualname__ == machine.__mro__[1].__qualname__  # shown as before


def test_a_machine_whose_links_cannot_be_found_is_left_alone() -> None:
    assert link_caches(object) == []
    assert link_caches(type("M", (), {"_transitions": SimpleNamespace(operations=[])})) == []


def test_cut_recorded_bodies_are_dropped_and_whole_ones_kept() -> None:
    whole = _response(b'{"id": "a"}')
    cut = _response(b'{"id": "' + b"x" * 90, size=1000)
    interactions = {"a": _interaction(whole), "b": _interaction(cut), "c": _interaction(None)}
    drop_cut_bodies(SimpleNamespace(recorder=SimpleNamespace(interactions=interactions)))  # type: ignore[arg-type]
    assert interactions["a"].response is whole
    dropped = interactions["b"].response
    assert dropped is not None and dropped.content == b""
    assert (dropped.status_code, dropped.content_size, dropped.headers) == (201, 1000, cut.headers)
    assert interactions["c"].response is None


def _scenario(*bodies: bytes) -> Any:
    """A finished scenario as `Collector` reads it: one answer per body, no checks."""
    interactions = {str(n): _interaction(_response(body)) for n, body in enumerate(bodies)}
    recorder = SimpleNamespace(cases={}, interactions=interactions, checks={}, label="POST /x")
    phase = SimpleNamespace(value="examples")
    return SimpleNamespace(recorder=recorder, phase=phase, skip_reason=None, label="POST /x")


def test_without_a_cassette_the_kept_answers_stop_at_the_budget() -> None:
    result = ContractResult("v2", "http://h.test", 1, True, Redactor("t0ken"), {})
    collector = Collector(result, Redactor("t0ken"), max_kept=25)
    collector.scenario(_scenario(b"x" * 10, b"y" * 10, b"z" * 10))
    collector.scenario(_scenario(b"w" * 5))
    bodies = [e.response.body for e in result.exchanges if e.response is not None]
    assert bodies == [b"x" * 10, b"y" * 10, b"", b"w" * 5]
    assert [e.response.size for e in result.exchanges if e.response is not None][2] == 10
    assert result.requests == 4


def test_a_body_the_run_did_not_keep_says_so_in_the_cassette(tmp_path: Path) -> None:
    result = ContractResult("v2", "http://h.test", 1, True, Redactor("t0ken"), {})
    collector = Collector(result, Redactor("t0ken"), max_kept=5)
    collector.scenario(_scenario(b"x" * 10))
    writer = HarWriter(tmp_path / "x.har", Redactor("t0ken"))
    writer.add(result.exchanges[0])
    writer.close("done")
    text = (tmp_path / "x.har").read_text(encoding="utf-8")
    assert "truncated: the first 0 of 10 bytes (the run kept no more)" in text


class _Cycle:
    """An object in a reference cycle: only the cyclic garbage collector frees it."""

    def __init__(self) -> None:
        self.me = self


def _finished(*sizes: int) -> Any:
    """A finished scenario as `GarbageCollector` reads it: answers of these sizes."""
    answers = [SimpleNamespace(response=SimpleNamespace(content_size=size)) for size in sizes]
    interactions = dict(enumerate([*answers, SimpleNamespace(response=None)]))
    return SimpleNamespace(recorder=SimpleNamespace(interactions=interactions))


def test_cyclic_garbage_is_collected_once_the_answers_reach_the_budget() -> None:
    collector = GarbageCollector(budget=1000)
    was_enabled = gc.isenabled()
    gc.disable()  # only the budget may collect here
    try:
        garbage = _Cycle()
        alive = weakref.ref(garbage)
        del garbage
        collector.scenario(_finished(400, 500))
        assert alive() is not None and collector.collections == 0
        collector.scenario(_finished(100))
        assert alive() is None and collector.collections == 1
        assert collector.received == 0  # counting starts over
    finally:
        if was_enabled:
            gc.enable()


def _recorded(*answers: Response, checks: dict[str, Any] | None = None) -> Any:
    """A finished scenario as `AnswerRelease` reads it: the recorder's cut copies."""
    interactions = {str(n): _interaction(a.truncated(100)) for n, a in enumerate(answers)}
    return SimpleNamespace(recorder=SimpleNamespace(interactions=interactions, checks=checks or {}))


def _huge() -> Response:
    answer = _response(b'["' + b"x" * 1000 + b'"]')
    answer.json()  # parsed, as the checks leave it
    return answer


def test_a_huge_answer_is_emptied_once_its_scenario_is_reported() -> None:
    schema = schemathesis.openapi.from_dict(LINKED)
    case = schema["/things"]["POST"].Case()
    release = AnswerRelease(limit=100)
    release.watch(schema)
    assert release.received in schema.hooks.get_all_by_name("after_call")
    huge, small = _huge(), _response(b"{}")
    release.received(None, case, huge)  # type: ignore[arg-type]
    release.received(None, case, small)  # type: ignore[arg-type]
    assert release.held == 1  # only what the recorder cuts
    release.scenario(_recorded(_huge()))  # another scenario, another answer
    assert len(huge.content) == 1004 and release.held == 1
    release.scenario(_recorded(huge))
    assert huge.content == b"" and huge._deserialized is NOT_SET
    assert huge.content_size == 1004  # what the server sent is still told
    assert small.content == b"{}" and release.held == 0 and release.emptied == 1


def test_an_answer_without_a_request_to_tell_it_by_is_not_held() -> None:
    case = schemathesis.openapi.from_dict(LINKED)["/things"]["POST"].Case()
    release = AnswerRelease(limit=100)
    anonymous = _huge()
    anonymous.request = None  # type: ignore[assignment]
    release.received(None, case, anonymous)  # type: ignore[arg-type]
    assert release.held == 0


def test_an_answer_no_scenario_records_is_let_go_untouched() -> None:
    case = schemathesis.openapi.from_dict(LINKED)["/things"]["POST"].Case()
    release = AnswerRelease(limit=100)
    unrecorded = _huge()
    release.received(None, case, unrecorded)  # type: ignore[arg-type]
    for held in (1, 1, 0):
        release.scenario(_recorded())
        assert release.held == held
    assert len(unrecorded.content) == 1004 and release.emptied == 0


def _violation() -> JsonSchemaError:
    (error,) = jsonschema_rs.validator_for({"type": "object"}).iter_errors(["x" * 1000])
    return JsonSchemaError.from_exception(
        operation="POST /things", exc=error, root_schema={"type": "object"}
    )


def test_a_schema_violation_keeps_its_message_and_sheds_the_value() -> None:
    shed, kept = _violation(), _violation()
    failure_info = SimpleNamespace(failure=shed)
    checks = {"a": [SimpleNamespace(failure_info=failure_info), SimpleNamespace(failure_info=None)]}
    AnswerRelease(limit=100).scenario(_recorded(checks=checks))
    assert shed.instance is None and len(shed._raw_message) == 0
    assert shed.message == kept.message and "is not of type" in shed.message
    assert shed == kept  # Schemathesis' dedup sets still see the same failure
    shed_rejected_value(AssertionError("not a violation"))  # other failures: left alone
