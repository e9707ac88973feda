"""Tests for the overlay applier (semaphore_spec.stages.apply_overlays).

The first test runs every folder of tests/overlay_cases (the Overlay Specification's own
examples, one OAI compliant set and a few constructed cases); the rest pin down the
errors, strictness and the edge cases of the Overlay semantics.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from semaphore_spec.errors import OverlayError
from semaphore_spec.stages import apply_overlays as module
from semaphore_spec.stages.apply_overlays import apply_overlay, apply_overlays

CASES_DIR = Path(__file__).parent / "overlay_cases"
CASES = sorted(path.name for path in CASES_DIR.iterdir() if path.is_dir())
SOURCE = "overlays/test.yaml"


def _load(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", CASES)
def test_overlay_case(name: str) -> None:
    folder = CASES_DIR / name
    document = _load(folder / "input.yaml")
    overlay = _load(folder / "overlay.yaml")
    expected = _load(folder / "output.yaml")
    source = f"tests/overlay_cases/{name}/overlay.yaml"
    assert apply_overlay(document, overlay, source=source) == expected


def test_every_case_is_complete_and_says_where_it_comes_from() -> None:
    assert len(CASES) >= 14
    for name in CASES:
        folder = CASES_DIR / name
        for file in ("input.yaml", "overlay.yaml", "output.yaml"):
            assert (folder / file).is_file(), f"{name} lacks {file}"
        about = (folder / "about.md").read_text(encoding="utf-8")
        assert "verbatim" in about or "written for these tests" in about or "unchanged" in about


# --- helpers ------------------------------------------------------------------------------


def make_document() -> dict[str, Any]:
    ok = {"200": {"description": "OK"}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "API", "version": "1"},
        "paths": {
            "/items": {
                "get": {"summary": "List items", "tags": ["items"], "responses": ok},
                "post": {"summary": "Create an item", "tags": ["items"], "responses": ok},
            },
            "/users": {"get": {"summary": "List users", "tags": ["users"], "responses": ok}},
        },
    }


def make_overlay(*actions: Any, version: str = "1.1.0") -> dict[str, Any]:
    return {"overlay": version, "info": {"title": "test", "version": "1"}, "actions": list(actions)}


def overlay_error(
    overlay: Any, *, document: dict[str, Any] | None = None, strict: bool = True
) -> OverlayError:
    with pytest.raises(OverlayError) as caught:
        apply_overlay(document or make_document(), overlay, source=SOURCE, strict=strict)
    return caught.value


# --- strictness and error messages --------------------------------------------------------


def test_target_matching_nothing_names_file_action_target_and_reason() -> None:
    overlay = make_overlay(
        {"target": "$.info", "update": {"x-audience": "public"}},
        {
            "target": "$.paths['/admin']",
            "remove": True,
            "description": "Hide the admin\n  API",
            "x-reason": "not released yet",
        },
    )
    error = overlay_error(overlay)
    assert (error.file, error.action, error.target) == (SOURCE, 2, "$.paths['/admin']")
    text = str(error)
    for part in (SOURCE, "action #2", "$.paths['/admin']", "matches nothing"):
        assert part in text
    # The reason is quoted on one line, so the user sees what the failing action was for.
    assert "Hide the admin API" in text
    assert "not released yet" in text


def test_non_strict_skips_actions_that_match_nothing() -> None:
    overlay = make_overlay(
        {"target": "$.info", "update": {"x-first": 1}},
        {"target": "$.paths['/admin']", "remove": True},
        {"target": "$.paths[?@.delete]", "update": {"x-never": True}},
        {"target": "$.info", "update": {"x-last": 2}},
    )
    result = apply_overlay(make_document(), overlay, source=SOURCE, strict=False)
    expected = make_document()
    expected["info"].update({"x-first": 1, "x-last": 2})
    assert result == expected


def test_an_optional_action_may_match_nothing_even_when_strict() -> None:
    overlay = make_overlay(
        {"target": "$.paths[?@.delete]", "x-optional": True, "update": {"x-never": True}},
        {"target": "$.info", "x-optional": True, "update": {"x-seen": 1}},
    )
    result = apply_overlay(make_document(), overlay, source=SOURCE)
    expected = make_document()
    expected["info"]["x-seen"] = 1
    assert result == expected
    strict_twin = make_overlay({"target": "$.paths[?@.delete]", "update": {"x-never": True}})
    with pytest.raises(OverlayError, match="matches nothing"):
        apply_overlay(make_document(), strict_twin, source=SOURCE)


def test_x_optional_must_be_a_boolean() -> None:
    overlay = make_overlay({"target": "$.info", "x-optional": "yes", "update": {"a": 1}})
    with pytest.raises(OverlayError, match="`x-optional` must be a boolean"):
        apply_overlay(make_document(), overlay, source=SOURCE)


def test_non_strict_still_rejects_a_broken_overlay() -> None:
    error = overlay_error(make_overlay({"target": "$.paths[", "remove": True}), strict=False)
    assert error.action == 1
    assert "invalid RFC 9535 JSONPath" in error.message


@pytest.mark.parametrize(
    "target",
    [
        "$.paths[",
        "paths.*.get",  # no root identifier
        " $.info",  # RFC 9535 allows no surrounding whitespace
        "$.info | $.paths",  # union operator: a python-jsonpath extension, not RFC 9535
        "$[?@.summary =~ /List/]",  # regex operator: another extension
        "$.info.x-logo",  # member-name shorthand cannot contain "-"
        "$.paths.*.get[?@.x-oai-traits.paged]",  # the 1.0.0 spec's traits example
    ],
)
def test_invalid_jsonpath_is_an_error_naming_the_action(target: str) -> None:
    overlay = make_overlay(
        {"target": "$.info", "update": {"x-ok": True}},
        {"target": target, "update": {"x-new": True}, "x-reason": "mark things"},
    )
    error = overlay_error(overlay)
    assert (error.file, error.action, error.target) == (SOURCE, 2, target)
    assert "invalid RFC 9535 JSONPath" in error.message
    assert "mark things" in error.message


def test_bracketed_names_with_dashes_are_valid() -> None:
    overlay = make_overlay({"target": "$.info['x-logo']", "update": {"url": "logo.png"}})
    document = make_document()
    document["info"]["x-logo"] = {"alt": "Logo"}
    result = apply_overlay(document, overlay, source=SOURCE)
    assert result["info"]["x-logo"] == {"alt": "Logo", "url": "logo.png"}


def test_invalid_copy_jsonpath_is_an_error() -> None:
    error = overlay_error(make_overlay({"target": "$.info", "copy": "$.info.x-logo"}))
    assert (error.action, error.target) == (1, "$.info")
    assert "`copy` '$.info.x-logo'" in error.message


def test_object_update_of_a_string_is_an_error() -> None:
    error = overlay_error(make_overlay({"target": "$.info.title", "update": {"text": "API"}}))
    assert (error.action, error.target) == (1, "$.info.title")
    assert "$['info']['title']" in error.message
    assert "must be a primitive value" in error.message
    assert "not an object" in error.message


def test_primitive_update_of_an_object_is_an_error() -> None:
    error = overlay_error(make_overlay({"target": "$.info", "update": "API"}))
    assert "must be an object, not a string" in error.message


def test_merge_conflict_names_the_property() -> None:
    overlay = make_overlay({"target": "$.paths['/items'].get", "update": {"tags": {"a": 1}}})
    error = overlay_error(overlay)
    assert "$['paths']['/items']['get']['tags']" in error.message
    assert "an object" in error.message
    assert "an array in the document" in error.message


def test_mixed_selection_is_an_error() -> None:
    # summary is a string, tags an array, responses an object.
    error = overlay_error(make_overlay({"target": "$.paths['/items'].get.*", "update": {}}))
    assert "mix of" in error.message


def test_removing_the_root_is_an_error() -> None:
    error = overlay_error(make_overlay({"target": "$", "remove": True}))
    assert "cannot remove the document root" in error.message


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"update": {"x": 1}, "remove": True}, "found `update` and `remove`"),
        ({"update": {"x": 1}, "copy": "$.info"}, "found `update` and `copy`"),
        ({}, "found none of them"),
        ({"description": "only words"}, "found none of them"),
        ({"remove": False}, "`remove: false` does nothing"),
        ({"remove": "yes"}, "`remove` must be a boolean"),
        ({"copy": 3}, "`copy` must be a JSONPath string"),
        ({"updates": {"x": 1}}, "unknown action field(s) 'updates'"),
        ({"update": {}, "description": 7}, "`description` must be a string"),
        ({"update": {}, "x-reason": ["a"]}, "`x-reason` must be a string"),
    ],
)
def test_malformed_action_is_an_error(fields: dict[str, Any], expected: str) -> None:
    error = overlay_error(make_overlay({"target": "$.info", **fields}))
    assert (error.file, error.action, error.target) == (SOURCE, 1, "$.info")
    assert expected in error.message


def test_action_without_target_is_an_error() -> None:
    error = overlay_error(make_overlay({"update": {"x": 1}}))
    assert (error.action, error.target) == (1, None)
    assert "`target` is required" in error.message


def test_action_that_is_not_a_mapping_is_an_error() -> None:
    error = overlay_error(make_overlay({"target": "$.info", "remove": True}, "$.paths"))
    assert error.action == 2
    assert "an action must be a mapping, not a string" in error.message


def test_copy_needs_overlay_1_1() -> None:
    overlay = make_overlay({"target": "$.info", "copy": "$.info"}, version="1.0.0")
    assert "`copy` needs `overlay: 1.1.0`" in overlay_error(overlay).message


def _without(key: str) -> dict[str, Any]:
    overlay = make_overlay({"target": "$.info", "remove": True})
    del overlay[key]
    return overlay


@pytest.mark.parametrize(
    ("overlay", "expected"),
    [
        (_without("overlay"), "`overlay` is required"),
        (_without("info"), "`info` is required"),
        (_without("actions"), "`actions` is required"),
        ({**make_overlay(), "actions": []}, "`actions` is required"),
        ({**make_overlay(), "actions": {"target": "$"}}, "`actions` is required"),
        ({**make_overlay(), "info": {"title": "t"}}, "`info.version` is required"),
        ({**make_overlay(), "info": {"version": "1"}}, "`info.title` is required"),
        ({**_without("overlay"), "overlay": "2.0.0"}, "unsupported overlay version '2.0.0'"),
        ({**_without("overlay"), "overlay": "1.2.0"}, "unsupported overlay version '1.2.0'"),
        ({**_without("overlay"), "overlay": "1.1"}, "unsupported overlay version '1.1'"),
        ({**_without("overlay"), "overlay": 1.1}, "unsupported overlay version 1.1"),
        ({**_without("overlay"), "overlay": "1.0.0-rc"}, "unsupported overlay version"),
        ({**_without("overlay"), "extends": 3, "overlay": "1.0.0"}, "`extends` must be a string"),
        ({**_without("overlay"), "overlay": "1.1.0", "action": []}, "unknown top-level field"),
        (["not", "a", "mapping"], "an overlay must be a mapping, not an array"),
    ],
)
def test_malformed_overlay_is_an_error(overlay: Any, expected: str) -> None:
    error = overlay_error(overlay)
    assert error.file == SOURCE
    assert error.action is None
    assert expected in error.message


@pytest.mark.parametrize("version", ["1.0.0", "1.0.7", "1.1.0", "1.1.12"])
def test_any_patch_version_of_1_0_and_1_1_is_accepted(version: str) -> None:
    overlay = make_overlay({"target": "$.info", "update": {"x-v": version}}, version=version)
    assert apply_overlay(make_document(), overlay, source=SOURCE)["info"]["x-v"] == version


def test_extensions_and_extends_are_accepted() -> None:
    overlay = {
        **make_overlay({"target": "$.info", "update": {"x-a": 1}, "x-owner": "docs"}),
        "extends": "../spec/v2/openapi.yaml",
        "x-generated": True,
    }
    assert apply_overlay(make_document(), overlay, source=SOURCE)["info"]["x-a"] == 1


# --- semantics ----------------------------------------------------------------------------


def test_inputs_are_not_mutated_and_results_share_nothing_with_them() -> None:
    document = make_document()
    overlay = make_overlay(
        {"target": "$.paths['/items'].get", "update": {"x-meta": {"owners": ["a"]}}},
        {"target": "$.paths['/users'].get", "copy": "$.paths['/items'].get"},
        {"target": "$.paths['/items'].post", "remove": True},
        {"target": "$.paths.*.get.tags", "update": ["all"]},
    )
    document_before = copy.deepcopy(document)
    overlay_before = copy.deepcopy(overlay)
    result = apply_overlay(document, overlay, source=SOURCE)
    assert document == document_before
    assert overlay == overlay_before
    assert result["paths"]["/users"]["get"]["x-meta"] == {"owners": ["a"]}
    # Changing the result must not reach the overlay, the input or another node of the result.
    result["paths"]["/items"]["get"]["x-meta"]["owners"].append("b")
    result["paths"]["/items"]["get"]["tags"].append("more")
    assert overlay == overlay_before
    assert document == document_before
    assert result["paths"]["/users"]["get"]["x-meta"] == {"owners": ["a"]}


def test_shared_nodes_of_the_input_are_updated_independently() -> None:
    # yaml.safe_load turns an alias into one object reachable from two places.
    document = yaml.safe_load(
        """
        paths:
          /items: {get: &op {tags: [shared]}}
          /users: {get: *op}
        """
    )
    assert document["paths"]["/items"]["get"] is document["paths"]["/users"]["get"]
    overlay = make_overlay(
        {"target": "$.paths['/items'].get", "update": {"summary": "Items"}},
        {"target": "$.paths.*.get.tags", "update": "extra"},
    )
    result = apply_overlay(document, overlay, source=SOURCE)
    assert result["paths"]["/items"]["get"] == {"summary": "Items", "tags": ["shared", "extra"]}
    assert result["paths"]["/users"]["get"] == {"tags": ["shared", "extra"]}


def test_each_action_sees_the_previous_ones_result() -> None:
    overlay = make_overlay(
        {"target": "$.paths['/items']", "remove": True},
        {"target": "$.paths", "update": {"/items": {"get": {"summary": "Re-created"}}}},
        {"target": "$.paths['/items'].get", "update": {"tags": ["new"]}},
        {"target": "$.paths['/items'].get.summary", "update": "Re-created and renamed"},
    )
    result = apply_overlay(make_document(), overlay, source=SOURCE)
    assert result["paths"]["/items"] == {
        "get": {"summary": "Re-created and renamed", "tags": ["new"]}
    }


def test_overlays_apply_in_order_and_errors_name_their_file() -> None:
    add = make_overlay({"target": "$.paths", "update": {"/new": {"get": {"summary": "New"}}}})
    use = make_overlay({"target": "$.paths['/new'].get", "update": {"x-seen": True}})
    result = apply_overlays(make_document(), [("overlays/10-add.yaml", add), ("20.yaml", use)])
    assert result["paths"]["/new"]["get"] == {"summary": "New", "x-seen": True}
    with pytest.raises(OverlayError) as caught:
        apply_overlays(make_document(), [("overlays/20-use.yaml", use), ("10.yaml", add)])
    assert (caught.value.file, caught.value.action) == ("overlays/20-use.yaml", 1)


def test_a_node_selected_twice_is_updated_once_per_selection() -> None:
    overlay = make_overlay(
        {"target": "$.paths['/items','/items'].get.tags", "update": ["twice"]},
        {"target": "$.paths['/users','/users'].get", "update": {"tags": ["again"]}},
    )
    result = apply_overlay(make_document(), overlay, source=SOURCE)
    assert result["paths"]["/items"]["get"]["tags"] == ["items", "twice", "twice"]
    assert result["paths"]["/users"]["get"]["tags"] == ["users", "again", "again"]


@pytest.mark.parametrize("selector", ["[0,0]", "[0,-3]", "[?@ == 'a', 0]"])
def test_a_node_selected_twice_is_removed_once(selector: str) -> None:
    document = make_document()
    document["paths"]["/items"]["get"]["tags"] = ["a", "b", "c"]
    overlay = make_overlay({"target": f"$.paths['/items'].get.tags{selector}", "remove": True})
    result = apply_overlay(document, overlay, source=SOURCE)
    assert result["paths"]["/items"]["get"]["tags"] == ["b", "c"]


def test_removing_several_items_of_one_array_removes_exactly_those() -> None:
    document = make_document()
    document["paths"]["/items"]["get"]["tags"] = ["a", "b", "c", "d", "e"]
    overlay = make_overlay({"target": "$.paths['/items'].get.tags[0,1,3]", "remove": True})
    result = apply_overlay(document, overlay, source=SOURCE)
    assert result["paths"]["/items"]["get"]["tags"] == ["c", "e"]


def test_update_appends_a_non_array_value_to_a_selected_array() -> None:
    # An `x-` array: OpenAPI fixes no item type for it, so anything may be appended.
    overlay = make_overlay(
        {"target": "$.paths['/items'].get", "update": {"x-list": ["items"]}},
        {"target": "$.paths['/items'].get['x-list']", "update": ["x", "y"]},
        {"target": "$.paths['/items'].get['x-list']", "update": {"name": "obj"}},
        {"target": "$.paths['/items'].get['x-list']", "update": None},
    )
    result = apply_overlay(make_document(), overlay, source=SOURCE)
    assert result["paths"]["/items"]["get"]["x-list"] == ["items", "x", "y", {"name": "obj"}, None]


@pytest.mark.parametrize(
    ("target", "update", "problem"),
    [
        ("$.tags", {"description": "every tag"}, "array of Tag Objects, which need `name`"),
        ("$.paths['/items'].get.tags", {"name": "obj"}, "array of tag names (strings)"),
        ("$", {"tags": [{"description": "d"}]}, "array of Tag Objects, which need `name`"),
    ],
    ids=["root-tags-object", "operation-tags-object", "merge-into-root-tags"],
)
def test_update_of_a_typed_array_is_checked_before_it_is_applied(
    target: str, update: Any, problem: str
) -> None:
    document = {**make_document(), "tags": [{"name": "items"}, {"name": "users"}]}
    overlay = make_overlay({"target": target, "update": update})
    with pytest.raises(OverlayError, match=re.escape(problem)):
        apply_overlay(document, overlay, source=SOURCE)


def test_update_replaces_every_selected_primitive() -> None:
    overlay = make_overlay({"target": "$.paths.*.*.summary", "update": "Hidden"})
    result = apply_overlay(make_document(), overlay, source=SOURCE)
    summaries = [op["summary"] for item in result["paths"].values() for op in item.values()]
    assert summaries == ["Hidden", "Hidden", "Hidden"]


def test_copy_replaces_a_primitive_and_concatenates_an_array() -> None:
    overlay = make_overlay(
        {"target": "$.paths['/users'].get.summary", "copy": "$.info.title"},
        {"target": "$.paths['/users'].get.tags", "copy": "$.paths['/items'].get.tags"},
    )
    result = apply_overlay(make_document(), overlay, source=SOURCE)
    assert result["paths"]["/users"]["get"]["summary"] == "API"
    assert result["paths"]["/users"]["get"]["tags"] == ["users", "items"]


def test_copy_applies_a_snapshot_of_the_source_to_every_target() -> None:
    # The source is also the first target: the second target must get the source as it
    # was when the action started, not as the first merge left it.
    overlay = make_overlay(
        {"target": "$.paths.*.get.tags", "copy": "$.paths['/items'].get.tags"},
    )
    result = apply_overlay(make_document(), overlay, source=SOURCE)
    assert result["paths"]["/items"]["get"]["tags"] == ["items", "items"]
    assert result["paths"]["/users"]["get"]["tags"] == ["users", "items"]


@pytest.mark.parametrize(("source", "count"), [("$.paths['/nope']", 0), ("$.paths.*.get", 2)])
def test_copy_source_must_select_exactly_one_node(source: str, count: int) -> None:
    overlay = make_overlay({"target": "$.paths['/items'].get", "copy": source})
    for strict in (True, False):
        error = overlay_error(overlay, strict=strict)
        assert error.target == "$.paths['/items'].get"
        assert f"must select exactly one node, it selects {count}" in error.message


def test_copy_of_a_mismatched_kind_is_an_error() -> None:
    overlay = make_overlay({"target": "$.info", "copy": "$.paths['/items'].get.tags"})
    error = overlay_error(overlay)
    assert "the value copied from" in error.message
    assert "must be an object, not an array" in error.message


def test_each_jsonpath_is_compiled_once() -> None:
    module._compile.cache_clear()
    overlay = make_overlay(
        {"target": "$.paths.*.get", "update": {"x-a": 1}},
        {"target": "$.paths.*.get", "update": {"x-b": 2}},
        {"target": "$.paths[?@.post]", "update": {"x-c": 3}},
    )
    apply_overlays(make_document(), [("a.yaml", overlay), ("b.yaml", overlay)])
    apply_overlay(make_document(), overlay, source="c.yaml")
    info = module._compile.cache_info()
    assert (info.misses, info.currsize) == (2, 2)
