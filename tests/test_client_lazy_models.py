"""Lazy models (issue 16): a received object is checked for its required keys at once and
decoded field by field on first read; the public model API stays as it was."""

from __future__ import annotations

import copy
import json
import pickle
from typing import Any

import httpx
import pytest

from client_support import fixture_body
from semaphoreci_openapi import Timestamp, Unset
from semaphoreci_openapi._runtime import decoding
from semaphoreci_openapi._runtime.jsonbody import loads
from semaphoreci_openapi.errors import ModelDecodeError, ResponseParseError, SemaphoreError
from semaphoreci_openapi.v1alpha import Client
from semaphoreci_openapi.v1alpha.models import (
    PipelineListed,
    PipelineListedState,
    PipelineQueueListed,
    PipelineQueueListedType,
)

PROJECT = "c394d20b-b3c6-4c90-b743-a9a65fa95a78"


def listed() -> dict[str, Any]:
    item = fixture_body("v1alpha", "listPipelines.200")[0]
    assert isinstance(item, dict)
    return copy.deepcopy(item)


def client_answering(body: bytes) -> Client:
    def handle(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers={"Content-Type": "application/json"})

    return Client("TOKEN", org_name="myorg", transport=httpx.MockTransport(handle))


def test_fields_are_decoded_on_first_read_and_cached() -> None:
    item = listed()
    model = PipelineListed.from_dict(item)
    assert set(vars(model)) == {decoding.RAW}  # nothing decoded yet
    state = model.state
    assert isinstance(state, PipelineListedState) and state == item["state"]
    assert model.state is state and "state" in vars(model)
    stamp = model.created_at
    assert isinstance(stamp, Timestamp) and stamp.raw == item["created_at"]
    assert model.created_at is stamp
    assert set(vars(model)) == {decoding.RAW, "state", "created_at"}


def test_a_missing_required_key_fails_at_decode_time() -> None:
    item = listed()
    del item["ppl_id"], item["state"]
    with pytest.raises(KeyError, match=r"PipelineListed lacks required field\(s\) ppl_id, state"):
        PipelineListed.from_dict(item)


def test_an_object_that_is_no_mapping_fails_at_decode_time() -> None:
    with pytest.raises(TypeError, match="PipelineListed is a JSON object, not list"):
        PipelineListed.from_dict([])  # type: ignore[arg-type]


def test_a_missing_required_key_is_a_response_parse_error_of_the_call() -> None:
    item = listed()
    del item["created_at"]
    with pytest.raises(ResponseParseError, match=r"lacks required field\(s\) created_at"):
        client_answering(json.dumps([item]).encode()).list_pipelines(project_id=PROJECT)


def test_a_field_of_the_wrong_shape_is_a_typed_error_when_read() -> None:
    item = listed()
    item["state"] = 3  # no string: not even an open enum takes it
    item["queue"] = "not an object"
    model = client_answering(json.dumps([item]).encode()).list_pipelines(project_id=PROJECT)[0]
    assert model.ppl_id == item["ppl_id"]  # the rest of the item reads as usual
    with pytest.raises(ModelDecodeError, match=r"PipelineListed\.state in the response") as raised:
        _ = model.state
    assert raised.value.model == "PipelineListed" and raised.value.field == "state"
    assert isinstance(raised.value, SemaphoreError) and isinstance(raised.value, ValueError)
    with pytest.raises(ModelDecodeError, match=r"PipelineListed\.queue"):
        _ = model.queue


@pytest.mark.parametrize("value", [["DONE"], {"v": 1}], ids=["list", "object"])
def test_an_unhashable_enum_value_is_a_typed_error_when_read(value: Any) -> None:
    item = listed()
    item["state"] = value
    with pytest.raises(ModelDecodeError, match=r"PipelineListed\.state"):
        _ = PipelineListed.from_dict(item).state


def test_enum_fields_take_declared_and_unknown_values() -> None:
    item = listed()
    item["state"], item["result"] = "DONE", "SOMETHING_NEW"
    model = PipelineListed.from_dict(item)
    assert model.state is PipelineListedState.DONE
    assert model.result == "SOMETHING_NEW" and not model.result.is_known
    assert PipelineListedState.from_value("DONE") is PipelineListedState.DONE
    with pytest.raises(ValueError):
        PipelineListedState.from_value(3)


def test_lazy_and_keyword_built_models_are_equal_and_round_trip() -> None:
    item = listed()
    item["brand_new_field"] = [1, {"x": None}]
    lazy = PipelineListed.from_dict(item)
    eager = PipelineListed.from_dict(item)
    for name in [*PipelineListed.__annotations__, "additional_properties"]:
        getattr(eager, name)  # decode everything in one of them
    assert lazy == eager and repr(lazy) == repr(eager)
    assert lazy.to_dict() == item
    assert lazy.additional_properties == {"brand_new_field": [1, {"x": None}]}
    assert lazy["brand_new_field"] == [1, {"x": None}] and "ppl_id" not in lazy
    built = PipelineQueueListed(queue_id="q", name="production", scope="project", project_id="p")
    built.type_ = PipelineQueueListedType("USER_GENERATED")
    assert PipelineQueueListed.from_dict(built.to_dict()) == built


def test_an_unread_optional_field_is_unset() -> None:
    item = listed()
    item.pop("result", None)
    assert isinstance(PipelineListed.from_dict(item).result, Unset)


def test_assignment_replaces_a_field_that_was_never_read() -> None:
    model = PipelineListed.from_dict(listed())
    model.name = "renamed"
    assert model.name == "renamed" and model.to_dict()["name"] == "renamed"


def test_lazy_models_copy_and_pickle() -> None:
    model = PipelineListed.from_dict(listed())
    for other in (copy.copy(model), copy.deepcopy(model), pickle.loads(pickle.dumps(model))):
        assert other == model and other.created_at == model.created_at


def test_a_model_built_with_keywords_has_no_raw_mapping() -> None:
    queue = PipelineQueueListed(queue_id="q", name="n", scope="s")
    assert decoding.RAW not in vars(queue)
    with pytest.raises(AttributeError, match="project_id"):
        del queue.project_id
        _ = queue.project_id


def test_timestamp_from_dict_shares_and_to_dict_copies() -> None:
    raw = {"seconds": 1571076843, "nanos": 537730000}
    stamp = Timestamp.from_dict(raw)
    assert stamp.raw == raw and stamp.to_dict() is not raw and stamp.datetime is not None


JSON_CASES: dict[str, bytes] = {
    "plain": b'[{"a": 1, "b": [true, null, 1.5, "x"]}]',
    "NaN and Infinity": b'{"a": NaN, "b": -Infinity}',
    "beyond a double": b"[1e400]",
    "integer beyond 64 bits": b"[123456789012345678901234567890]",
    "lone surrogate": b'"\\ud800"',
    "byte-order mark": b"\xef\xbb\xbf[1]",
    "UTF-16": "[1]".encode("utf-16"),
    "duplicate keys": b'{"a": 1, "a": 2}',
}


@pytest.mark.parametrize("body", list(JSON_CASES.values()), ids=list(JSON_CASES))
def test_loads_gives_what_json_loads_gives(body: bytes) -> None:
    ours, theirs = loads(body), json.loads(body)
    assert repr(ours) == repr(theirs)  # repr: NaN != NaN, and types must match too


@pytest.mark.parametrize("body", [b'[{"a": 1', b"<html></html>", b"[1] x"], ids=str)
def test_loads_raises_what_json_loads_raises(body: bytes) -> None:
    with pytest.raises(json.JSONDecodeError):
        loads(body)


def test_loads_of_deep_nesting_is_a_recursion_error() -> None:
    with pytest.raises(RecursionError):
        loads(b"[" * 100_000 + b"]" * 100_000)
