"""Lists of models built on read (issue 16, `_runtime/model_list.py`): a list answer or a
list field keeps its JSON objects and builds an item's model when the item is read, and
still reads, compares, copies and changes as a list of models does."""

from __future__ import annotations

import copy
import gc
import json
import pickle
import weakref
from collections import OrderedDict
from typing import Any

import httpx
import pytest

from client_support import fixture_body
from semaphoreci_openapi._runtime.model_list import ModelList, model_list
from semaphoreci_openapi.errors import ResponseParseError
from semaphoreci_openapi.v1alpha import Client
from semaphoreci_openapi.v1alpha.models import (
    Agent,
    AgentList,
    PipelineListed,
    PipelineListedState,
)
from semaphoreci_openapi.v1alpha.types import UNSET

PROJECT = "c394d20b-b3c6-4c90-b743-a9a65fa95a78"


def listed_body() -> list[dict[str, Any]]:
    """Four distinct recorded list items (one of them with a nested `queue` model)."""
    body = fixture_body("v1alpha", "listPipelines.200") + fixture_body(
        "v1alpha", "listPipelines.200.by-workflow"
    )
    body = [copy.deepcopy(body[i % len(body)]) for i in range(4)]
    for number, item in enumerate(body):
        item["ppl_id"] = f"{number}{item['ppl_id'][1:]}"
    assert len({item["ppl_id"] for item in body}) == 4
    assert "queue" in body[1] and "queue" not in body[0]
    return body


def answer(body: Any) -> list[PipelineListed]:
    """`list_pipelines` as the client returns it, for `body`."""

    def handle(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=json.dumps(body).encode())

    with Client("TOKEN", org_name="myorg", transport=httpx.MockTransport(handle)) as client:
        return client.list_pipelines(project_id=PROJECT)


def slots(items: list[Any]) -> list[Any]:
    """What the list holds underneath (a JSON object until a model is stored)."""
    return [list.__getitem__(items, i) for i in range(list.__len__(items))]


def eager(body: list[dict[str, Any]]) -> list[PipelineListed]:
    return [PipelineListed.from_dict(item) for item in body]


def test_a_list_answer_is_a_list_of_models_that_keeps_its_json_objects() -> None:
    body = listed_body()
    items = answer(body)
    assert isinstance(items, list) and isinstance(items, ModelList)
    assert len(items) == len(body)
    assert all(type(value) is dict for value in slots(items))
    first = items[0]
    assert isinstance(first, PipelineListed) and first.ppl_id == body[0]["ppl_id"]
    assert items[-1].ppl_id == body[-1]["ppl_id"]
    assert [item.ppl_id for item in items] == [item["ppl_id"] for item in body]


def test_reading_fields_of_every_item_leaves_no_model_behind() -> None:
    items = answer(listed_body())
    for item in items:
        assert isinstance(item.state, PipelineListedState)
        assert item.created_at.raw is not None and item.ppl_id
    del item
    assert all(type(value) is dict for value in slots(items))
    gc.collect()
    assert not [o for o in gc.get_objects() if type(o) is PipelineListed]


def test_a_missing_required_key_still_fails_inside_the_call() -> None:
    body = listed_body()
    del body[1]["ppl_id"]
    with pytest.raises(ResponseParseError, match="ppl_id"):
        answer(body)


def test_an_item_that_is_not_an_object_fails_inside_the_call() -> None:
    with pytest.raises(ResponseParseError, match="PipelineListed is a JSON object, not int"):
        answer([*listed_body(), 7])


def test_anything_but_a_list_of_exact_dicts_is_built_at_once() -> None:
    body = listed_body()
    for data in (tuple(body), [OrderedDict(item) for item in body]):
        items = model_list(PipelineListed, data)
        assert all(type(value) is PipelineListed for value in slots(items))
        assert items == eager(body) and items[0].ppl_id == body[0]["ppl_id"]


def test_indexing_slicing_and_reversed_read_models() -> None:
    body = listed_body()
    items, models = answer(body), eager(body)
    assert items[1] == models[1] and items[-2] == models[-2]
    part = items[1:3]
    assert type(part) is list and part == models[1:3]
    assert items[::-1] == models[::-1]
    assert list(reversed(items)) == models[::-1]
    with pytest.raises(IndexError):
        items[len(body)]


def test_equality_and_order_compare_models() -> None:
    body = listed_body()
    items = answer(body)
    assert items == eager(body) and eager(body) == items
    assert items == answer(body) and (items != answer(body)) is False
    assert items != eager(body)[:-1] and items != "text"
    assert not items < answer(body) and items <= answer(body)
    assert (items < []) is False
    with pytest.raises(TypeError):
        _ = items < 3  # type: ignore[operator]


def test_membership_index_count_remove_and_pop() -> None:
    body = listed_body()
    items, models = answer(body), eager(body)
    assert models[2] in items and "nothing" not in items
    assert items.index(models[2]) == 2 and items.count(models[2]) == 1
    with pytest.raises(ValueError, match="is not in list"):
        items.index(models[0], 1)
    popped = items.pop(0)
    assert popped == models[0] and len(items) == len(body) - 1
    items.remove(models[2])
    assert items == models[1:2] + models[3:]
    last = items.pop()
    assert last == models[-1]


def test_concatenation_repetition_and_copies_are_lists_of_the_same_models() -> None:
    body = listed_body()
    items, models = answer(body), eager(body)
    assert items + models[:1] == models + models[:1]
    assert models[:1] + items == models[:1] + models
    assert [*items] == models and list(items) == models and tuple(items) == tuple(models)
    doubled = items * 2
    assert type(doubled) is list and doubled == models * 2 and 2 * items == models * 2
    assert items.copy() == models and type(items.copy()) is list
    shallow = copy.copy(items)
    assert isinstance(shallow, ModelList) and shallow == models
    assert copy.deepcopy(UNSET) is UNSET and pickle.loads(pickle.dumps(UNSET)) is UNSET
    deep = copy.deepcopy(items)
    assert deep == models and all(a is not b for a, b in zip(deep, items, strict=True))
    assert pickle.loads(pickle.dumps(items)) == models
    rebuilt = type(items)(items)  # as generic code copies a list of its own type
    assert isinstance(rebuilt, ModelList) and rebuilt == models and rebuilt[0] == models[0]
    assert type(items)(body) == body  # built like a list, it holds what it is given
    assert repr(items) == repr(models)


def test_in_place_changes_of_the_list() -> None:
    body = listed_body()
    items, models = answer(body), eager(body)
    items += models[:1]
    assert items == models + models[:1]
    items.extend(items)
    assert len(items) == 2 * (len(body) + 1)
    assert items[0] is items[len(body) + 1]  # the same objects, as a list repeats them
    again = answer(body)
    again *= 2
    assert again == models * 2 and again[0] is again[len(body)]
    again[1:3] = answer(body)[:1]
    assert again[1] == models[0] and len(again) == 2 * len(body) - 1
    again.insert(0, models[2])
    assert again[0] is models[2]
    again.append(models[1])
    assert again[-1] is models[1]
    del again[0]
    again.clear()
    assert again == [] and not again


def test_sort_with_a_key_and_reverse() -> None:
    body = listed_body()
    items = answer(body)
    items.sort(key=lambda item: item.ppl_id)
    assert [item.ppl_id for item in items] == sorted(item["ppl_id"] for item in body)
    items.reverse()
    assert [item.ppl_id for item in items] == sorted((i["ppl_id"] for i in body), reverse=True)


def test_iteration_sees_items_added_while_it_runs_as_a_list_does() -> None:
    body = listed_body()
    items, models = answer(body), eager(body)
    seen = []
    for item in items:
        seen.append(item.ppl_id)
        if len(items) == len(body):
            items.append(models[0])
    assert seen == [item["ppl_id"] for item in body] + [body[0]["ppl_id"]]


def test_an_assignment_to_an_item_is_kept_by_the_list() -> None:
    items = answer(listed_body())
    items[0].name = "renamed"
    assert items[0].name == "renamed"
    for item in items:
        item.branch_name = "main"
    assert {item.branch_name for item in items} == {"main"}
    kept = items[1]
    assert items[1] is kept and type(slots(items)[1]) is PipelineListed


def test_values_that_change_in_place_are_kept_by_the_list() -> None:
    items = answer(listed_body())
    items[0].additional_properties["seen"] = True
    assert items[0]["seen"] is True and items[0].to_dict()["seen"] is True
    before = type(slots(items)[1])
    assert before is dict
    _ = items[1].queue  # a nested model: the item is stored before it is handed out
    assert type(slots(items)[1]) is PipelineListed


def test_a_copy_of_an_item_is_not_the_item_in_the_list() -> None:
    items = answer(listed_body())
    twin = copy.copy(items[0])
    twin.name = "twin"
    assert items[0].name != "twin" and type(slots(items)[0]) is dict
    deep = copy.deepcopy(items[1])
    deep.name = "deep"
    assert items[1].name != "deep"


def test_an_item_kept_alone_does_not_keep_the_list_alive() -> None:
    items = answer(listed_body())
    first = items[0]
    gone = weakref.ref(items)
    del items
    assert gone() is None  # freed by reference counting, no cycle
    first.name = "still works"
    assert first.name == "still works"


def test_a_list_field_is_a_model_list_and_round_trips() -> None:
    body = fixture_body("v1alpha", "listAgents.200")
    page = AgentList.from_dict(copy.deepcopy(body))
    agents = page.agents
    assert isinstance(agents, ModelList) and isinstance(agents, list)
    assert all(isinstance(agent, Agent) for agent in agents)
    assert agents[0].metadata.name == body["agents"][0]["metadata"]["name"]
    assert page.to_dict() == body
    assert json.loads(json.dumps(page.to_dict())) == body
    assert page == AgentList.from_dict(copy.deepcopy(body))
    agents[1].metadata.name = "renamed"
    assert page.agents[1].metadata.name == "renamed"
    assert page.to_dict()["agents"][1]["metadata"]["name"] == "renamed"


def test_json_of_every_item_round_trips() -> None:
    body = listed_body()
    items = answer(body)
    assert [item.to_dict() for item in items] == body
    assert json.loads(json.dumps([item.to_dict() for item in items])) == body
