"""The contract package's pure parts: Link headers, redaction, curl, selection, servers."""

from __future__ import annotations

import shlex

import pytest

from conftest import REGISTRY, published
from semaphore_spec.contract import linkheader
from semaphore_spec.contract.checks.counted_pages import (
    CountedPageViolation,
    inspect_counted_page,
    is_counted,
    page_index,
)
from semaphore_spec.contract.checks.numbered_pages import (
    NumberedPageViolation,
    has_more,
    inspect_numbered_page,
    is_numbered,
    requested_page,
)
from semaphore_spec.contract.checks.page_facts import expected_pages
from semaphore_spec.contract.checks.page_style import (
    STYLES_KEY,
    Violation,
    style_of,
    styles_entry,
)
from semaphore_spec.contract.curl import curl
from semaphore_spec.contract.errors import ContractError
from semaphore_spec.contract.redact import REDACTED, Redactor
from semaphore_spec.contract.results import SentRequest
from semaphore_spec.contract.selection import select
from semaphore_spec.contract.target import check_base_url, server_urls, servers_for
from semaphore_spec.registry import BodyCursorStyle, BodyPageCountStyle, MoreFlagHeaderStyle

TOKEN = "s3cr3t-t0ken/+="


def test_link_header_parses_targets_and_relations() -> None:
    value = '<https://a.test/v2/orgs?page=2>; rel="next", <https://a.test/v2/orgs?page=5>;rel=last'
    links = linkheader.parse(value)
    assert [(link.target, link.relations) for link in links] == [
        ("https://a.test/v2/orgs?page=2", ["next"]),
        ("https://a.test/v2/orgs?page=5", ["last"]),
    ]


@pytest.mark.parametrize(
    "value",
    [
        'https://a.test/?page=2; rel="next"',  # no angle brackets
        '<https://a.test/?page=2> rel="next"',  # no `;` before the parameter
        '<https://a.test/?page=2>; rel="next',  # unterminated quoted string
        '<https://a.test/?page=2>; rel="next"; <https://a.test/?page=3>',  # `;` between links
    ],
)
def test_link_header_refuses_malformed_values(value: str) -> None:
    with pytest.raises(linkheader.MalformedLink):
        linkheader.parse(value)


def test_page_counts_allow_an_empty_list_to_have_no_page_or_one() -> None:
    assert expected_pages(0, 30) == {0, 1}
    assert expected_pages(31, 30) == {2}


def test_the_pagination_check_reads_every_registry_style_from_the_document() -> None:
    for surface in REGISTRY.values():
        document = {STYLES_KEY: styles_entry(surface.pagination)}
        for name, style in surface.pagination.items():
            promises = style_of(document, name)
            if isinstance(style, BodyCursorStyle | MoreFlagHeaderStyle | BodyPageCountStyle):
                # Cursor pages carry their position in the body; has-more and counted
                # pages are judged by checks.numbered_pages and checks.counted_pages.
                assert promises is None, name
            else:
                assert promises is not None and promises.page_param == style.page_param, name
                assert promises.required == {h.lower() for h in style.every_page}, name


def test_a_style_the_registry_does_not_describe_is_a_failure_not_a_skip() -> None:
    with pytest.raises(Violation, match="Unknown pagination style"):
        style_of({STYLES_KEY: {}}, "renamed-away")


def test_redactor_scrubs_credentials_and_every_spelling_of_the_token() -> None:
    redactor = Redactor.for_locations(TOKEN, [("query", "auth_token")])
    url = redactor.url(f"https://h.test/v2/orgs?auth_token={TOKEN}&page=2")
    assert TOKEN not in url and "page=2" in url and "auth_token=" in url
    assert redactor.header("Authorization", f"Token {TOKEN}") == f"Token {REDACTED}"
    echoed = f"<https://h.test/x?auth_token=s3cr3t-t0ken%2F%2B%3D>; body {TOKEN}"
    assert "s3cr3t" not in redactor.text(echoed)
    assert TOKEN not in repr(redactor)


def test_curl_reproduces_the_request_with_the_token_from_the_environment() -> None:
    request = SentRequest(
        method="POST",
        url=f"https://h.test/v2/orgs/acme/teams?auth_token={TOKEN}",
        headers=(
            ("Authorization", f"Token {TOKEN}"),
            ("Content-Type", "application/json"),
            ("User-Agent", "schemathesis"),
        ),
        body=b'{"name": "it\'s"}',
    )
    command = curl(request, Redactor(TOKEN))
    assert "s3cr3t" not in command and "User-Agent" not in command
    words = shlex.split(command)
    assert words[:3] == ["curl", "-X", "POST"]
    # Unquoted, the placeholder is the variable the shell fills in.
    assert "Authorization: Token $SEMAPHORE_API_TOKEN" in words
    assert words[-1] == "https://h.test/v2/orgs/acme/teams?auth_token=$SEMAPHORE_API_TOKEN"
    assert '{"name": "it\'s"}' in words


def test_selection_is_read_only_unless_writes_are_allowed() -> None:
    document = published("v2")
    reads = select(document)
    assert reads and all(operation.method == "GET" for operation in reads)
    everything = select(document, allow_writes=True)
    assert {"POST", "PATCH", "DELETE"} <= {operation.method for operation in everything}
    teams = select(document, tags=["Teams"], operation_ids=["getOrg"])
    assert "getOrg" in {o.operation_id for o in teams}
    assert all("Teams" in o.tags or o.operation_id == "getOrg" for o in teams)


@pytest.mark.parametrize(
    ("tags", "ids", "message"),
    [
        (["No such tag"], [], "unknown tag"),
        ([], ["noSuchOperation"], "unknown operationId"),
        ([], ["createTeam"], "--allow-writes"),
    ],
)
def test_selection_refuses_what_it_cannot_test(
    tags: list[str], ids: list[str], message: str
) -> None:
    with pytest.raises(ContractError, match=message):
        select(published("v2"), tags=tags, operation_ids=ids)


def test_every_operation_is_sent_to_its_own_server_on_the_tested_host() -> None:
    surface = REGISTRY["v1alpha"]
    base = "https://acme.semaphoreci.com/api/v1alpha"
    assert server_urls(surface, base) == {
        "default": base,
        "org_root": "https://acme.semaphoreci.com",
        # The account host keeps its path; a run against one host sends it there too.
        "me": base,
    }
    document = servers_for(surface, published("v1alpha"), base)
    assert document["servers"] == [{"url": base}]
    logs = document["paths"]["/jobs/{job_id}/plain_logs.json"]["get"]
    assert logs["servers"] == [{"url": "https://acme.semaphoreci.com"}]
    assert "servers" not in document["paths"]["/pipelines"]["get"]


@pytest.mark.parametrize(
    "url", ["acme.semaphoreci.com/api/v1alpha", "ftp://h.test/", "https://h.test/?x=1"]
)
def test_base_url_must_be_an_absolute_http_url(url: str) -> None:
    with pytest.raises(ContractError):
        check_base_url(url)


def test_a_very_short_token_is_masked_where_credentials_go_but_not_in_free_text() -> None:
    redactor = Redactor.for_locations("T", [("header", "Authorization")])
    assert (
        redactor.text("POST /orgs/{org}/teams (createTeam)")
        == "POST /orgs/{org}/teams (createTeam)"
    )
    assert redactor.header("Authorization", "Token T") == "Token [REDACTED]"
    assert "auth_token=T" not in redactor.url("https://x.test/v2/orgs?auth_token=T&page=2")
    long = Redactor.for_locations("s3cr3t-token", [])
    assert long.text("echoed s3cr3t-token back") == "echoed [REDACTED] back"


HAS_MORE = REGISTRY["v1alpha"].pagination["page-has-more"].model_dump(mode="json")
DECLARED = {"x-page": "x-page", "x-has-more": "x-has-more"}


def test_numbered_pages_are_read_from_the_registry_facts() -> None:
    assert is_numbered(HAS_MORE)
    assert not is_numbered(REGISTRY["v1alpha"].pagination["cursor"].model_dump(mode="json"))
    assert requested_page(HAS_MORE, "page=3&x=1") == 3
    assert requested_page(HAS_MORE, "x=1") == 1
    assert requested_page(HAS_MORE, "page=zero") is None
    assert has_more(HAS_MORE, {"x-has-more": "true"})
    assert not has_more(HAS_MORE, {"x-has-more": "false"})
    inspect_numbered_page(HAS_MORE, {"x-page": "2", "x-has-more": "false"}, DECLARED, 2)


@pytest.mark.parametrize(
    ("headers", "title"),
    [
        ({"x-page": "1"}, "Missing pagination header `x-has-more`"),
        ({"x-has-more": "true"}, "Missing pagination header `x-page`"),
        ({"x-page": "1", "x-has-more": "yes"}, "Malformed pagination header `x-has-more`"),
        ({"x-page": "0", "x-has-more": "true"}, "Malformed pagination header `x-page`"),
        ({"x-page": "3", "x-has-more": "true"}, "Wrong page number"),
    ],
    ids=["no-flag", "no-page", "flag-not-boolean", "page-zero", "other-page"],
)
def test_numbered_pages_that_break_a_promise_are_reported(
    headers: dict[str, str], title: str
) -> None:
    with pytest.raises(NumberedPageViolation) as caught:
        inspect_numbered_page(HAS_MORE, headers, DECLARED, 1)
    assert caught.value.title == title


COUNTED = REGISTRY["v1alpha"].pagination["page-count"].model_dump(mode="json")


def test_counted_pages_are_read_from_the_registry_facts() -> None:
    assert is_counted(COUNTED) and not is_counted(HAS_MORE)
    assert page_index(COUNTED, "member_type=user") == 0
    assert page_index(COUNTED, "page_no=2") == 2
    assert page_index(COUNTED, "page_no=two") is None
    shifted = {**COUNTED, "first_page": 1}
    assert page_index(shifted, "page_no=1") == 0
    assert page_index(shifted, "page_no=0") is None
    # Inside the count, at the page size, and past the count with no items: no promise broken.
    inspect_counted_page(COUNTED, "page_no=1&page_size=2", 2, ["a", "b"])
    inspect_counted_page(COUNTED, "page_no=5", 2, [])
    # No count in the body: a server version that does not page promises nothing.
    inspect_counted_page(COUNTED, "page_no=5", None, ["a"])


@pytest.mark.parametrize(
    ("query", "count", "items", "title"),
    [
        ("page_no=2", 2, ["a"], "Items past the last page"),
        ("page_no=0", 0, ["a"], "Items past the last page"),
        ("page_no=0&page_size=1", 3, ["a", "b"], "More items than the page size"),
    ],
    ids=["past-the-count", "counts-no-page", "over-the-page-size"],
)
def test_counted_pages_that_break_a_promise_are_reported(
    query: str, count: int, items: list[str], title: str
) -> None:
    with pytest.raises(CountedPageViolation) as caught:
        inspect_counted_page(COUNTED, query, count, items)
    assert caught.value.title == title
