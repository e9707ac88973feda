"""Lists served page by page with each surface's real headers (semaphore_spec.mock.pagination)."""

from __future__ import annotations

import json
import re

import httpx
import pytest

from conftest import REGISTRY, ROOT, built_surfaces
from semaphore_spec.mock import create_app
from semaphore_spec.mock.pagination import (
    Page,
    PagedStyle,
    cursor_positions,
    headers_for,
    list_location,
    paged,
    past_the_end,
)
from semaphore_spec.mock.transport import MockTransport
from semaphore_spec.registry import BodyCursorStyle
from semaphoreci_openapi.v1alpha import Client
from semaphoreci_openapi.v1alpha.models import ListMembersMemberType


def url(number: int) -> str:
    return f"http://mock/list?page={number}"


def links(value: str) -> dict[str, str]:
    """rel -> URL of an RFC 8288 Link header."""
    return {rel: target for target, rel in re.findall(r'<([^>]*)>;\s*rel="([^"]+)"', value)}


def paged_style(surface: str, name: str) -> PagedStyle:
    style = paged(REGISTRY[surface].pagination[name])
    assert style is not None
    return style


def test_page_arithmetic() -> None:
    page = Page(number=2, size=20, total=35)
    assert page.pages == 2
    assert page.slice(list(range(35))) == list(range(20, 35))
    assert Page(number=1, size=30, total=0).pages == 1
    assert Page(number=3, size=10, total=5).slice(list(range(5))) == []


def test_v1_pagination_header_is_will_paginate_json() -> None:
    style = paged_style("v1", "json-header")
    first = json.loads(headers_for(style, Page(1, 20, 35), url)["Pagination"])
    assert first == {
        "total_entries": 35,
        "total_pages": 2,
        "per_page": 20,
        "current_page": 1,
        "first_page": True,
        "last_page": False,
        "previous_page": None,
        "next_page": 2,
    }
    last = json.loads(headers_for(style, Page(2, 20, 35), url)["Pagination"])
    assert (last["previous_page"], last["next_page"], last["last_page"]) == (1, None, True)


def test_v1alpha_link_always_has_first_and_last() -> None:
    style = paged_style("v1alpha", "link-header")
    headers = headers_for(style, Page(1, 2, 6), url)
    assert set(headers) == {"link", "total", "per-page", "total-pages", "page-number"}
    assert links(headers["link"]) == {"first": url(1), "next": url(2), "last": url(3)}
    assert (headers["total"], headers["per-page"], headers["total-pages"]) == ("6", "2", "3")
    single = headers_for(style, Page(1, 30, 2), url)
    assert links(single["link"]) == {"first": url(1), "last": url(1)}


def test_v2_link_only_has_relations_that_lead_elsewhere() -> None:
    style = paged_style("v2", "link-total")
    middle = headers_for(style, Page(2, 30, 95), url)
    assert links(middle["Link"]) == {
        "first": url(1),
        "prev": url(1),
        "next": url(3),
        "last": url(4),
    }
    assert (middle["Total"], middle["Per-Page"]) == ("95", "30")
    single = headers_for(style, Page(1, 30, 2), url)
    assert "Link" not in single and single["Total"] == "2"


def test_the_list_is_found_in_the_body() -> None:
    assert list_location([1, 2]) == ""
    assert list_location({"branch_name": "x", "builds": [1]}) == "builds"
    assert list_location({"a": [1], "b": [2]}) is None
    assert list_location("text") is None


@pytest.fixture(scope="module")
def v1() -> httpx.Client:
    return httpx.Client(
        transport=MockTransport(create_app(ROOT, ["v1"])),
        base_url="https://semaphoreci.com/api/v1",
        params={"auth_token": "T"},
    )


def test_v1_history_is_served_page_by_page(v1: httpx.Client) -> None:
    # Not the recorded request: the mock pages through the best fixture's 20 builds,
    # 20 a page as that recording states.
    path = "/projects/5db28f4d-905f-43ac-946d-1b3cfbfede30/1428889"
    first = v1.get(path, params={"branch": "x"})
    state = json.loads(first.headers["Pagination"])
    assert state["current_page"] == 1 and state["per_page"] == 20
    assert len(first.json()["builds"]) == min(20, state["total_entries"])
    beyond = v1.get(path, params={"page": state["total_pages"] + 1, "branch": "x"})
    assert beyond.json()["builds"] == []
    assert json.loads(beyond.headers["Pagination"])["next_page"] is None


def test_v1_the_recorded_request_gets_the_recorded_header(v1: httpx.Client) -> None:
    answer = v1.get("/projects/5db28f4d-905f-43ac-946d-1b3cfbfede30/1428889")
    assert json.loads(answer.headers["Pagination"])["total_entries"] == 35


@pytest.mark.skipif("v1alpha" not in built_surfaces(), reason="v1alpha is not published")
def test_v1alpha_links_point_at_the_mock_and_can_be_followed() -> None:
    client = httpx.Client(
        transport=MockTransport(create_app(ROOT, ["v1alpha"])),
        base_url="https://mock.test/api/v1alpha",
        headers={"Authorization": "Token T"},
    )
    query = {"project_id": "c394d20b-b3c6-4c90-b743-a9a65fa95a78", "page_size": "1"}
    first = client.get("/plumber-workflows", params=query)
    assert [name for name, _ in first.headers.raw if name.lower() == b"link"] == [b"link"]
    rels = links(first.headers["link"])
    assert set(rels) == {"first", "next", "last"}
    assert rels["next"] == (
        "https://mock.test/api/v1alpha/plumber-workflows"
        "?page=2&page_size=1&project_id=c394d20b-b3c6-4c90-b743-a9a65fa95a78"
    )
    second = client.get(rels["next"])
    assert second.headers["page-number"] == "2"
    assert len(second.json()) == 1 and second.json() != first.json()
    # The recorded first page: its own headers, links re-pointed at the mock.
    recorded = client.get(
        "/plumber-workflows",
        params={**query, "page_size": "2", "branch_name": "master"},
    )
    assert recorded.headers["total"] == "6"
    assert links(recorded.headers["link"])["last"].startswith("https://mock.test/api/v1alpha/")


@pytest.mark.skipif("v2" not in built_surfaces(), reason="v2 is not published")
def test_v2_pages_carry_link_and_total() -> None:
    client = httpx.Client(
        transport=MockTransport(create_app(ROOT, ["v2"])),
        base_url="http://127.0.0.1:9/v2",
        headers={"Authorization": "Token T"},
    )
    last = client.get("/orgs/renderedtext/users", params={"page": 2})
    assert last.headers["Total"] == "32"
    assert (
        links(last.headers["Link"])["first"]
        == "http://127.0.0.1:9/v2/orgs/renderedtext/users?page=1"
    )
    full = client.get(
        "/orgs/someone/users", params={"page": 2}, headers={"Prefer": "example=200-first-page"}
    )
    assert full.json() == []
    assert (full.headers["Total"], full.headers["Per-Page"]) == ("30", "30")
    assert set(links(full.headers["Link"])) == {"first", "prev"}


def test_has_more_headers_follow_the_registry_names() -> None:
    style = paged_style("v1alpha", "page-has-more")
    assert headers_for(style, Page(1, 2, 3), url) == {"x-page": "1", "x-has-more": "true"}
    assert headers_for(style, Page(2, 2, 3), url) == {"x-page": "2", "x-has-more": "false"}
    assert headers_for(style, Page(9, 2, 3), url) == {"x-page": "9", "x-has-more": "false"}
    renamed = style.model_copy(update={"page_header": "X-Page-No", "more_header": "X-More"})
    assert headers_for(renamed, Page(1, 1, 2), url) == {"X-Page-No": "1", "X-More": "true"}


@pytest.mark.skipif("v1alpha" not in built_surfaces(), reason="v1alpha is not published")
def test_v1alpha_projects_pages_say_whether_more_follow() -> None:
    client = httpx.Client(
        transport=MockTransport(create_app(ROOT, ["v1alpha"])),
        base_url="https://mock.test/api/v1alpha",
        headers={"Authorization": "Token T"},
    )
    # The recorded pages: their own headers.
    first = client.get("/projects", params={"page": 1})
    assert (first.headers["x-page"], first.headers["x-has-more"]) == ("1", "true")
    assert len(first.json()) == 2
    last = client.get("/projects", params={"page": 2})
    assert (last.headers["x-page"], last.headers["x-has-more"]) == ("2", "false")
    # A page nobody recorded: computed at the registry's page size (500), so empty.
    beyond = client.get("/projects", params={"page": 40})
    assert beyond.json() == []
    assert (beyond.headers["x-page"], beyond.headers["x-has-more"]) == ("40", "false")


def test_past_the_end_empties_the_list_and_clears_the_stop_field() -> None:
    assert past_the_end({"agents": [1, 2], "cursor": "next"}, "cursor") == {
        "agents": [],
        "cursor": "",
    }
    # A number stays a number: 0, as the servers say "no such page".
    assert past_the_end(
        {"deployments": [1], "cursor_before": 1719219792000000, "cursor_after": 5}, "cursor_before"
    ) == {"deployments": [], "cursor_before": 0, "cursor_after": 5}
    assert past_the_end([1, 2], "cursor") == []
    assert past_the_end({"items": [1]}, "next") == {"items": []}  # no stop field: none added


def test_cursor_positions_are_the_parameters_that_copy_a_field() -> None:
    styles = [
        style
        for entry in REGISTRY.values()
        for style in entry.pagination.values()
        if isinstance(style, BodyCursorStyle)
    ]
    assert styles, "the registry has no body-cursor style"
    for style in styles:
        expected = {k for k, v in style.cursor_params.items() if v.startswith("{")}
        assert cursor_positions(style) == expected
    assert cursor_positions(None) == frozenset()
    renamed = styles[0].model_copy(update={"cursor_params": {"after": "{next}", "dir": "UP"}})
    assert cursor_positions(renamed) == {"after"}


@pytest.fixture(scope="module")
def v1alpha() -> httpx.Client:
    if "v1alpha" not in built_surfaces():
        pytest.skip("v1alpha is not published")
    return httpx.Client(
        transport=MockTransport(create_app(ROOT, ["v1alpha"])),
        base_url="https://myorg.semaphoreci.com/api/v1alpha",
        headers={"Authorization": "Token T"},
    )


def test_a_cursor_no_recording_has_is_answered_past_the_last_page(v1alpha: httpx.Client) -> None:
    query = {"page_size": "5", "agent_type": "s1-prod-deployer"}
    first = v1alpha.get("/agents", params=query).json()
    assert first["agents"] and first["cursor"]  # the recorded first page
    beyond = v1alpha.get("/agents", params={**query, "cursor": first["cursor"]})
    assert beyond.status_code == 200
    assert beyond.json() == {**first, "agents": [], "cursor": ""}
    # An empty cursor asks for the first page.
    assert v1alpha.get("/agents", params={**query, "cursor": ""}).json() == first


def test_a_numeric_stop_field_is_cleared_to_zero(v1alpha: httpx.Client) -> None:
    path = "/deployment_targets/05f27763-4a05-4077-af9e-f113fd712b93/history"
    middle = {"cursor_type": "BEFORE", "cursor_value": "1719301877000000", "git_ref_type": "branch"}
    recorded = v1alpha.get(path, params=middle).json()
    assert recorded["deployments"] and recorded["cursor_before"] == 1719219792000000
    following = {**middle, "cursor_value": str(recorded["cursor_before"])}
    beyond = v1alpha.get(path, params=following).json()
    assert beyond["deployments"] == [] and beyond["cursor_before"] == 0


def test_a_recorded_cursor_gets_its_own_page(v1alpha: httpx.Client) -> None:
    first = v1alpha.get("/notifications", params={"page_size": "1"}).json()
    assert first["notifications"] and first["next_page_token"]
    token = first["next_page_token"]
    last = v1alpha.get("/notifications", params={"page_size": "1", "page_token": token}).json()
    assert last == {"notifications": [], "next_page_token": ""}


def test_a_counted_list_is_cut_into_pages_that_agree_with_their_count(
    v1alpha: httpx.Client,
) -> None:
    # The recording holds the whole list (two service accounts and people, one page).
    query = {"member_type": "service_account"}
    whole = v1alpha.get("/members", params=query).json()
    assert len(whole["members"]) == 2 and whole["total_pages"] == 1
    pages = [
        v1alpha.get("/members", params={**query, "page_size": "1", "page_no": str(n)}).json()
        for n in range(3)
    ]
    assert [page["total_pages"] for page in pages] == [2, 2, 2]
    assert [page["members"] for page in pages] == [[whole["members"][0]], [whole["members"][1]], []]
    # Past the count at the default page size: no items, the same count.
    beyond = v1alpha.get("/members", params={**query, "page_no": "7"}).json()
    assert beyond == {**whole, "members": []}


def test_a_counted_list_without_a_count_is_served_as_recorded(v1alpha: httpx.Client) -> None:
    # A server version that ignores page_no and sends no total_pages.
    recorded = v1alpha.get("/groups", params={"page_no": "0", "page_size": "10"}).json()
    assert "total_pages" not in recorded
    assert v1alpha.get("/groups", params={"page_no": "3", "page_size": "10"}).json() == recorded


def test_the_client_walks_a_counted_list_of_the_mock() -> None:
    with Client(
        "mock-token", org_name="myorg", transport=MockTransport(create_app(ROOT, ["v1alpha"]))
    ) as client:
        paginator = client.iter_list_members(
            member_type=ListMembersMemberType.SERVICE_ACCOUNT, page_size=1
        )
        pages = list(paginator.pages())
    assert [len(page.items) for page in pages] == [1, 1]
    assert [page.items[0].name for page in pages] == ["ci-deployer", "octocat"]
