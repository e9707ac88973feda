"""Pagination in every style of the registry, over many pages, sync and async.

Each style has a fake server (an httpx transport) that serves a list of `TOTAL` items
in pages the way the real server does: the v1 JSON `Pagination` header, the v1alpha
lowercase `link` header with `http://` URLs, the v2 `Link` and `Total` headers, and
the v1alpha body cursors (`cursor`; `cursor_before`/`cursor_after`; `page_token` with
`next_page_token`).
"""

from __future__ import annotations

import asyncio
import copy
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from client_support import CANARY, PROJECT_ID, fixture_body
from semaphoreci_openapi.errors import PaginationError, UnsafeLinkError
from semaphoreci_openapi.v1 import Client as V1Client
from semaphoreci_openapi.v1alpha import Client as V1alphaClient
from semaphoreci_openapi.v2 import Client as V2Client

TOTAL = 47
PER_PAGE = 5
PAGES = -(-TOTAL // PER_PAGE)


@dataclass
class Pages:
    """A fake paginated endpoint: renders page n of `TOTAL` items, records every request."""

    render: Callable[[Pages, httpx.Request], httpx.Response]
    seen: list[httpx.Request] = field(default_factory=list)

    def handler(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request)
        assert request.url.scheme == "https", "a page was fetched over http"
        return self.render(self, request)

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handler)


def window(number: int) -> range:
    """The item indexes on page `number` (from 1)."""
    return range((number - 1) * PER_PAGE, min(number * PER_PAGE, TOTAL))


def links(url: httpx.URL, number: int, scheme: str = "http") -> str:
    """An RFC 8288 link header the way the servers write it (http:// as they see it)."""
    base = url.copy_with(scheme=scheme)
    rels = {"first": 1, "last": PAGES}
    if number > 1:
        rels["prev"] = number - 1
    if number < PAGES:
        rels["next"] = number + 1
    return ", ".join(
        f'<{base.copy_set_param("page", str(page))}>; rel="{rel}"' for rel, page in rels.items()
    )


BUILD = fixture_body("v1", "getBranchHistory.200")
WORKFLOW = fixture_body("v1alpha", "listWorkflows.200")[0]
AGENT = fixture_body("v1alpha", "listAgents.200")["agents"][0]
DEPLOYMENT = fixture_body("v1alpha", "listDeploymentHistory.200")["deployments"][0]
SERVICE_ACCOUNT = fixture_body("v1alpha", "listServiceAccounts.200")["service_accounts"][0]
ORG = fixture_body("v2", "listOrgs.200")[0]
PROJECT = fixture_body("v1alpha", "listProjects.200")[0]
NOTIFICATION = fixture_body("v1alpha", "listNotifications.200")["notifications"][0]
MEMBER = fixture_body("v1alpha", "listMembers.200")["members"][0]


def item(template: dict[str, Any], index: int, **path: Any) -> dict[str, Any]:
    value = copy.deepcopy(template)
    for key, make in path.items():
        target = value
        *parents, last = key.split("__")
        for parent in parents:
            target = target[parent]
        target[last] = make(index)
    return value


def v1_json_header(pages: Pages, request: httpx.Request) -> httpx.Response:
    number = int(request.url.params.get("page", "1"))
    body = copy.deepcopy(BUILD)
    body["builds"] = [item(BUILD["builds"][0], i, build_number=lambda i: i) for i in window(number)]
    header = {
        "total_entries": TOTAL,
        "total_pages": PAGES,
        "per_page": PER_PAGE,
        "current_page": number,
        "first_page": number == 1,
        "last_page": number == PAGES,
        "previous_page": number - 1 or None,
        "next_page": number + 1 if number < PAGES else None,
    }
    return httpx.Response(200, json=body, headers={"Pagination": json.dumps(header)})


def v1alpha_link(pages: Pages, request: httpx.Request) -> httpx.Response:
    number = int(request.url.params.get("page", "1"))
    body = [item(WORKFLOW, i, wf_id=lambda i: f"wf-{i}") for i in window(number)]
    headers = {
        "link": links(request.url, number),
        "total": str(TOTAL),
        "per-page": str(PER_PAGE),
        "total-pages": str(PAGES),
        "page-number": str(number),
    }
    return httpx.Response(200, json=body, headers=headers)


def v2_link_total(pages: Pages, request: httpx.Request) -> httpx.Response:
    number = int(request.url.params.get("page", "1"))
    # The links repeat the query token; the client must not send it twice.
    body = [item(ORG, i, username=lambda i: f"org-{i}") for i in window(number)]
    headers = {"Link": links(request.url, number, scheme="https"), "Total": str(TOTAL)}
    return httpx.Response(200, json=body, headers=headers)


def v1alpha_cursor(pages: Pages, request: httpx.Request) -> httpx.Response:
    cursor = request.url.params.get("cursor", "")
    number = int(cursor.removeprefix("c")) if cursor else 1
    agents = [item(AGENT, i, metadata__name=lambda i: f"agent-{i}") for i in window(number)]
    following = f"c{number + 1}" if number < PAGES else ""
    return httpx.Response(200, json={"agents": agents, "cursor": following})


def v1alpha_has_more(pages: Pages, request: httpx.Request) -> httpx.Response:
    # projecthub: `page` from 1, `x-page` names the page, `x-has-more` says if more follow.
    number = int(request.url.params.get("page", "1"))
    body = [item(PROJECT, i, metadata__name=lambda i: f"project-{i}") for i in window(number)]
    headers = {"x-page": str(number), "x-has-more": "true" if number < PAGES else "false"}
    return httpx.Response(200, json=body, headers=headers)


def v1alpha_page_token(pages: Pages, request: httpx.Request) -> httpx.Response:
    # grpc-gateway lists: `page_token` in, `next_page_token` out, "" on the last page.
    token = request.url.params.get("page_token", "")
    number = int(token.removeprefix("t")) if token else 1
    found = [item(NOTIFICATION, i, metadata__name=lambda i: f"n-{i}") for i in window(number)]
    following = f"t{number + 1}" if number < PAGES else ""
    return httpx.Response(200, json={"notifications": found, "next_page_token": following})


def v1alpha_page_count(pages: Pages, request: httpx.Request) -> httpx.Response:
    # RBAC lists: `page_no` from 0 in, `total_pages` of the whole list in the body.
    number = int(request.url.params.get("page_no", "0")) + 1
    members = [item(MEMBER, i, id=lambda i: f"m-{i}") for i in window(number)]
    return httpx.Response(200, json={"members": members, "total_pages": PAGES})


CURSOR_BASE = 1_700_000_000_000_000  # microseconds, as the deployment history uses


def v1alpha_cursor_pair(pages: Pages, request: httpx.Request) -> httpx.Response:
    kind = request.url.params.get("cursor_type", "FIRST")
    assert kind in {"FIRST", "BEFORE"}
    number = 1 if kind == "FIRST" else int(request.url.params["cursor_value"]) - CURSOR_BASE + 1
    deployments = [item(DEPLOYMENT, i, id=lambda i: f"deploy-{i}") for i in window(number)]
    before = CURSOR_BASE + number if number < PAGES else 0
    after = CURSOR_BASE - number if number > 1 else 0
    return httpx.Response(
        200, json={"deployments": deployments, "cursor_before": before, "cursor_after": after}
    )


def v1alpha_service_accounts(pages: Pages, request: httpx.Request) -> httpx.Response:
    token = request.url.params.get("page_token", "")
    number = int(token.removeprefix("t")) if token else 1
    accounts = [item(SERVICE_ACCOUNT, i, id=lambda i: f"sa-{i}") for i in window(number)]
    following = f"t{number + 1}" if number < PAGES else ""
    return httpx.Response(200, json={"service_accounts": accounts, "next_page_token": following})


@dataclass(frozen=True)
class Style:
    """A pagination style: its fake server, the paginator to walk it, and the item key."""

    render: Callable[[Pages, httpx.Request], httpx.Response]
    paginate: Callable[[Any], Any]
    client: Callable[[httpx.MockTransport], Any]
    key: Callable[[Any], Any]
    expected: Callable[[int], Any]
    total: bool = True


def v1(transport: httpx.MockTransport) -> V1Client:
    return V1Client(CANARY, transport=transport)


def v1alpha(transport: httpx.MockTransport) -> V1alphaClient:
    return V1alphaClient(CANARY, org_name="myorg", transport=transport)


def v2(transport: httpx.MockTransport) -> V2Client:
    return V2Client(CANARY, auth="tokenQuery", transport=transport)


STYLES = {
    "v1 json-header": Style(
        v1_json_header,
        lambda c: c.iter_get_branch_history("5db28f4d", 1428889),
        v1,
        lambda build: build.build_number,
        lambda i: i,
    ),
    "v1alpha link-header": Style(
        v1alpha_link,
        lambda c: c.iter_list_workflows(project_id=PROJECT_ID, page_size=PER_PAGE),
        v1alpha,
        lambda workflow: workflow.wf_id,
        lambda i: f"wf-{i}",
    ),
    "v1alpha cursor": Style(
        v1alpha_cursor,
        lambda c: c.iter_list_agents(),
        v1alpha,
        lambda agent: agent.metadata.name,
        lambda i: f"agent-{i}",
        total=False,
    ),
    "v1alpha cursor-pair": Style(
        v1alpha_cursor_pair,
        lambda c: c.iter_list_deployment_history("410bf56b-b0dc-46d2-b939-87c88a21bb84"),
        v1alpha,
        lambda deployment: deployment.id,
        lambda i: f"deploy-{i}",
        total=False,
    ),
    "v1alpha page-has-more": Style(
        v1alpha_has_more,
        lambda c: c.iter_list_projects(),
        v1alpha,
        lambda project: project.metadata.name,
        lambda i: f"project-{i}",
        total=False,
    ),
    "v1alpha page-token": Style(
        v1alpha_page_token,
        lambda c: c.iter_list_notifications(),
        v1alpha,
        lambda notification: notification.metadata.name,
        lambda i: f"n-{i}",
        total=False,
    ),
    "v1alpha page-token service accounts": Style(
        v1alpha_service_accounts,
        lambda c: c.iter_list_service_accounts(page_size=PER_PAGE),
        v1alpha,
        lambda account: account.id,
        lambda i: f"sa-{i}",
        total=False,
    ),
    "v1alpha page-count": Style(
        v1alpha_page_count,
        lambda c: c.iter_list_members(page_size=PER_PAGE),
        v1alpha,
        lambda member: member.id,
        lambda i: f"m-{i}",
        total=False,
    ),
    "v2 link-total": Style(
        v2_link_total,
        lambda c: c.iter_list_orgs(),
        v2,
        lambda org: org.username,
        lambda i: f"org-{i}",
    ),
}


@pytest.mark.parametrize("name", STYLES)
def test_every_item_of_every_page_sync(name: str) -> None:
    style = STYLES[name]
    pages = Pages(style.render)
    paginator = style.paginate(style.client(pages.transport()))
    assert pages.seen == [], "nothing is fetched before iterating"
    keys = [style.key(entry) for entry in paginator]
    assert keys == [style.expected(i) for i in range(TOTAL)]
    assert len(pages.seen) == PAGES
    assert paginator.total == (TOTAL if style.total else None)


@pytest.mark.parametrize("name", STYLES)
def test_every_item_of_every_page_async(name: str) -> None:
    style = STYLES[name]
    pages = Pages(style.render)

    async def walk() -> list[Any]:
        client = style.client(pages.transport())
        try:
            return [style.key(entry) async for entry in style.paginate(client)]
        finally:
            await client.aclose()

    assert asyncio.run(walk()) == [style.expected(i) for i in range(TOTAL)]
    assert len(pages.seen) == PAGES


@pytest.mark.parametrize("name", STYLES)
def test_pages_are_fetched_only_when_needed(name: str) -> None:
    style = STYLES[name]
    pages = Pages(style.render)
    iterator = iter(style.paginate(style.client(pages.transport())))
    for _ in range(PER_PAGE):
        next(iterator)
    assert len(pages.seen) == 1
    next(iterator)
    assert len(pages.seen) == 2


@pytest.mark.parametrize("name", STYLES)
def test_max_items_and_max_pages(name: str) -> None:
    style = STYLES[name]
    pages = Pages(style.render)
    client = style.client(pages.transport())
    paginator = style.paginate(client)
    paginator.max_items = PER_PAGE * 2
    assert len(list(paginator)) == PER_PAGE * 2
    assert len(pages.seen) == 2, "the page after the last wanted item was fetched"
    pages.seen.clear()
    paginator = style.paginate(client)
    paginator.max_pages = 3
    assert [page.number for page in paginator.pages()] == [1, 2, 3]
    assert len(pages.seen) == 3


def test_limits_as_arguments() -> None:
    pages = Pages(v1alpha_link)
    client = v1alpha(pages.transport())
    found = list(client.iter_list_workflows(project_id=PROJECT_ID, max_items=7))
    assert len(found) == 7
    pages.seen.clear()
    walked = list(
        client.iter_list_workflows(project_id=PROJECT_ID, page_size=PER_PAGE, max_pages=2)
    )
    assert len(walked) == 2 * PER_PAGE and len(pages.seen) == 2


def test_http_links_are_followed_over_https_on_the_same_host() -> None:
    pages = Pages(v1alpha_link)
    list(v1alpha(pages.transport()).iter_list_workflows(project_id=PROJECT_ID))
    assert {str(r.url.copy_with(query=None)) for r in pages.seen} == {
        "https://myorg.semaphoreci.com/api/v1alpha/plumber-workflows"
    }
    assert [r.url.params["page"] for r in pages.seen] == [str(n) for n in range(1, PAGES + 1)]
    assert all(r.headers["authorization"] == f"Token {CANARY}" for r in pages.seen)


def test_query_token_in_links_is_not_sent_twice() -> None:
    pages = Pages(v2_link_total)
    list(v2(pages.transport()).iter_list_orgs())
    for request in pages.seen:
        assert request.url.params.get_list("auth_token") == [CANARY]
        assert "authorization" not in request.headers


def test_link_to_another_host_is_refused() -> None:
    def render(pages: Pages, request: httpx.Request) -> httpx.Response:
        link = '<http://evil.example.com/api/v1alpha/plumber-workflows?page=2>; rel="next"'
        return httpx.Response(200, json=[WORKFLOW], headers={"link": link})

    pages = Pages(render)
    paginator = v1alpha(pages.transport()).iter_list_workflows(project_id=PROJECT_ID)
    with pytest.raises(UnsafeLinkError) as caught:
        list(paginator)
    assert "evil.example.com" in str(caught.value)
    assert len(pages.seen) == 1


def test_a_page_served_twice_stops_the_walk() -> None:
    def render(pages: Pages, request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"agents": [AGENT], "cursor": "always-the-same"})

    pages = Pages(render)
    with pytest.raises(PaginationError):
        list(v1alpha(pages.transport()).iter_list_agents())
    assert len(pages.seen) == 2


def test_malformed_pagination_header() -> None:
    def render(pages: Pages, request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=BUILD, headers={"Pagination": "{not json"})

    with pytest.raises(PaginationError):
        list(v1(Pages(render).transport()).iter_get_branch_history("5db28f4d", 1))


def test_single_page_without_headers() -> None:
    def render(pages: Pages, request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=[ORG])

    pages = Pages(render)
    assert len(list(v2(pages.transport()).iter_list_orgs())) == 1
    assert len(pages.seen) == 1


def test_pages_expose_body_and_headers() -> None:
    pages = Pages(v1_json_header)
    first = next(iter(v1(pages.transport()).iter_get_branch_history("5db28f4d", 1).pages()))
    assert first.number == 1 and first.total == TOTAL
    assert first.data.branch_name == BUILD["branch_name"]
    assert [b.build_number for b in first.items] == list(window(1))
    assert json.loads(first.headers["Pagination"])["next_page"] == 2


def test_a_page_count_list_without_a_count_is_one_page() -> None:
    # Older project-member servers ignore `page_no` and send no `total_pages`: asking
    # for the next page would get the same members again.
    def render(pages: Pages, request: httpx.Request) -> httpx.Response:
        members = [item(MEMBER, i, id=lambda i: f"m-{i}") for i in range(3)]
        return httpx.Response(200, json={"members": members})

    pages = Pages(render)
    found = list(v1alpha(pages.transport()).iter_list_project_members(PROJECT_ID))
    assert [m.id for m in found] == ["m-0", "m-1", "m-2"]
    assert len(pages.seen) == 1
    assert pages.seen[0].url.params["page_no"] == "0"
