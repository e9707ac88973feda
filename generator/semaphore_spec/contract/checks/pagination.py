"""`PaginationConsistency`: a page of a list says truthfully where it is in the list.

Schemathesis checks that declared headers conform to their schemas; it cannot know
that `Total` must count the list, that `link` must point back at the same server, or
which headers a page must always carry. The registry names each surface's pagination
style (operations say theirs in `x-semaphore-pagination`); `STYLES` records what
each style promises, from the registry's descriptions and the servers' libraries:

- `json-header` (v1, will_paginate): a `Pagination` JSON object on every page;
- `link-header` (v1alpha, Scrivener.Headers): `link` (first and last on every page),
  `total`, `per-page`, `total-pages` and `page-number`; links use http:// as the
  server sees itself behind its TLS proxy;
- `link-total` (v2, api-pagination): `Total` on every page, `Link` only with
  relations that lead somewhere (none at all on a single page), `Per-Page` possibly;
  the docs' links say http:// (the recorded examples too), so http:// is no fault.

Cursor styles carry their position in the body, which the response schema covers.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import schemathesis
from schemathesis import Case, CheckContext, Response

from .. import linkheader
from ..spec import declared_headers, documented_response
from .failures import ContractFailure
from .probe import send

PAGE = "page"
RELATIONS = ("first", "prev", "next", "last")


@dataclass(frozen=True)
class Style:
    """What every page of a list paginated in one style carries."""

    required: frozenset[str]  # lower-case header names present on every page
    always_first_last: bool  # first/last on every page (else only where they lead elsewhere)
    http_links: bool  # links may say http:// whatever scheme the request used


STYLES: Mapping[str, Style] = {
    "json-header": Style(frozenset({"pagination"}), always_first_last=False, http_links=False),
    "link-header": Style(
        frozenset({"link", "total", "per-page", "total-pages", "page-number"}),
        always_first_last=True,
        http_links=True,
    ),
    "link-total": Style(frozenset({"total"}), always_first_last=False, http_links=True),
}


@dataclass(frozen=True)
class PageFacts:
    """What a page says about itself; None where it does not say."""

    number: int | None
    size: int | None
    total: int | None
    pages: int | None


class Violation(Exception):
    """One broken promise of a page (the check turns it into a failure)."""

    def __init__(self, title: str, message: str) -> None:
        super().__init__(title)
        self.title, self.message = title, message


@schemathesis.check
class PaginationConsistency:
    """A paginated list's headers are present, well-formed and agree with its items and URL.

    Most lists a test meets fit on one page, where `link` has little or nothing to say;
    so once per operation and run, after a good page, the check also asks for the next
    page (one past the end of a single-page list) and checks that answer too.
    """

    def __init__(self) -> None:
        self.walked: set[str] = set()

    def after_response(self, ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
        """Check one 2xx answer of a paginated operation."""
        operation = case.operation.definition.raw
        style_name = str(operation.get("x-semaphore-pagination"))
        style = STYLES.get(style_name)
        if style is None or not 200 <= response.status_code < 300:
            return None
        _judge(case, response, style, style_name)
        label = case.operation.label
        meta = case.meta
        if label in self.walked or (meta is not None and meta.generation.mode.is_negative):
            return None
        requested = _requested_page(urlsplit(str(response.request.url)).query)
        if requested is None:
            return None
        self.walked.add(label)
        following = case.derive(query={**(case.query or {}), PAGE: str(requested + 1)})
        answer = send(ctx, case, following)
        if 200 <= answer.status_code < 300:
            _judge(following, answer, style, style_name)
        return None


def _judge(case: Case[Any], response: Response, style: Style, style_name: str) -> None:
    try:
        inspect_page(case, response, style, style_name)
    except Violation as exc:
        raise ContractFailure(
            operation=case.operation.label, title=exc.title, message=exc.message, case_id=case.id
        ) from None


def inspect_page(case: Case[Any], response: Response, style: Style, style_name: str) -> None:
    """Raise `Violation` for the first broken promise of this page."""
    document = case.operation.schema.raw_schema
    spec = documented_response(document, case.operation.definition.raw, response.status_code)
    declared = declared_headers(document, spec) if spec is not None else {}
    headers = {name.lower(): values[-1] for name, values in response.headers.items() if values}
    for name in sorted(style.required):
        if name in declared and name not in headers:
            raise Violation(
                f"Missing pagination header `{declared[name]}`",
                f"Every page of a `{style_name}` list carries `{declared[name]}`; "
                "this one does not.",
            )
    request = urlsplit(str(response.request.url))
    requested = _requested_page(request.query)
    facts = _facts(headers)
    items = _items(response)
    _check_numbers(facts, requested, items)
    if "link" in headers:
        _check_links(headers["link"], request, facts, style, requested)
    elif "link" in declared and style.always_first_last:
        raise Violation(
            "Missing pagination header `link`", "This style sends `link` on every page."
        )
    elif "link" in declared and facts.pages is not None and facts.pages > 1:
        raise Violation(
            f"Missing pagination header `{declared['link']}`",
            f"The list has {facts.pages} pages, but the answer links to none of the others.",
        )


def _requested_page(query: str) -> int | None:
    values = [v for k, v in parse_qsl(query, keep_blank_values=True) if k == PAGE]
    if not values:
        return 1
    return int(values[-1]) if values[-1].isdigit() and int(values[-1]) >= 1 else None


def _integer(headers: Mapping[str, str], name: str, minimum: int) -> int | None:
    if name not in headers:
        return None
    text = headers[name].strip()
    if not text.isdigit() or int(text) < minimum:
        raise Violation(
            f"Malformed pagination header `{name}`",
            f"`{name}: {headers[name]}` is not an integer of at least {minimum}.",
        )
    return int(text)


def _facts(headers: Mapping[str, str]) -> PageFacts:
    if "pagination" in headers:
        return _json_facts(headers["pagination"])
    return PageFacts(
        number=_integer(headers, "page-number", 1),
        size=_integer(headers, "per-page", 1),
        total=_integer(headers, "total", 0),
        pages=_integer(headers, "total-pages", 0),
    )


def _json_facts(raw: str) -> PageFacts:
    """The will_paginate `Pagination` object, its flags checked against its numbers."""
    try:
        value = json.loads(raw)
    except ValueError:
        raise Violation("Malformed pagination header `Pagination`", f"Not JSON: {raw!r}") from None
    fields = ("total_entries", "total_pages", "per_page", "current_page")
    if not isinstance(value, dict) or not all(_is_count(value.get(name)) for name in fields):
        raise Violation(
            "Malformed pagination header `Pagination`",
            f"Expected an object with the integers {', '.join(fields)}; got {raw!r}.",
        )
    facts = PageFacts(
        number=value["current_page"],
        size=value["per_page"],
        total=value["total_entries"],
        pages=value["total_pages"],
    )
    number, pages = value["current_page"], value["total_pages"]
    expected = {
        "first_page": number == 1,
        "last_page": number >= pages,
        "previous_page": number - 1 if number > 1 else None,
        "next_page": number + 1 if number < pages else None,
    }
    for name, wanted in expected.items():
        if name in value and value[name] != wanted:
            raise Violation(
                "Inconsistent pagination header `Pagination`",
                f"Page {number} of {pages} says {name}={json.dumps(value[name])}, "
                f"expected {json.dumps(wanted)}.",
            )
    return facts


def _is_count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _items(response: Response) -> list[Any] | None:
    """The page's items: a bare array, or the only array member of an object."""
    try:
        body = json.loads(response.content)
    except ValueError:
        return None
    if isinstance(body, list):
        return body
    if isinstance(body, dict):
        lists = [value for value in body.values() if isinstance(value, list)]
        if len(lists) == 1:
            return lists[0]
    return None


def expected_pages(total: int, size: int) -> set[int]:
    """How many pages a list of `total` items has; an empty list counts as 0 or 1."""
    return {0, 1} if total == 0 else {math.ceil(total / size)}


def _check_numbers(facts: PageFacts, requested: int | None, items: list[Any] | None) -> None:
    number, size, total, pages = facts.number, facts.size, facts.total, facts.pages
    if number is not None and requested is not None and number != requested:
        raise Violation(
            "Wrong page number", f"Page {requested} was requested; the answer says page {number}."
        )
    number = number if number is not None else requested
    if (
        total is not None
        and size is not None
        and pages is not None
        and pages not in expected_pages(total, size)
    ):
        raise Violation(
            "Inconsistent page count",
            f"{total} items at {size} a page make {math.ceil(total / size)} pages, not {pages}.",
        )
    if items is None:
        return
    if size is not None and len(items) > size:
        raise Violation(
            "Page larger than its page size", f"{len(items)} items on a page of {size}."
        )
    if total is None:
        return
    if len(items) > total:
        raise Violation("Total smaller than the page", f"Total {total}, but {len(items)} items.")
    if number is None or size is None:
        return
    wanted = max(0, min(size, total - (number - 1) * size))
    if len(items) != wanted:
        raise Violation(
            "Total does not match the items",
            f"Total {total} at {size} a page puts {wanted} items on page {number}; "
            f"the answer has {len(items)}.",
        )


def _check_links(
    value: str,
    request: Any,
    facts: PageFacts,
    style: Style,
    requested: int | None,
) -> None:
    try:
        links = linkheader.parse(value)
    except linkheader.MalformedLink as exc:
        raise Violation("Malformed `link` header", f"{exc}\n\n{value}") from None
    by_relation: dict[str, str] = {}
    for link in links:
        if not link.relations:
            raise Violation("Malformed `link` header", f"<{link.target}> has no `rel`.")
        for relation in link.relations:
            if relation in by_relation:
                raise Violation("Malformed `link` header", f"rel={relation!r} appears twice.")
            by_relation[relation] = link.target
    for relation, target in by_relation.items():
        if relation in RELATIONS:
            _check_target(relation, target, request, style)
    number = facts.number if facts.number is not None else requested
    pages = facts.pages
    if number is None or pages is None:
        return
    wanted = _wanted_relations(number, pages, style)
    present = {relation for relation in by_relation if relation in RELATIONS}
    if present != set(wanted):
        raise Violation(
            "Wrong `link` relations",
            f"Page {number} of {pages} should link {sorted(wanted) or 'nothing'}, "
            f"links {sorted(present) or 'nothing'}.",
        )
    for relation, page in wanted.items():
        target_page = _page_of(by_relation[relation])
        # Past the end, servers differ on where `prev` leads; it must still lead back.
        if relation == "prev" and number > pages + 1:
            if target_page is None or target_page >= number:
                raise Violation("Wrong `link` target", f"rel=prev leads to page {target_page}.")
        elif page is not None and target_page != page:
            raise Violation(
                "Wrong `link` target",
                f"On page {number} of {pages}, rel={relation} should lead to page {page}, "
                f"not {target_page}.",
            )


def _wanted_relations(number: int, pages: int, style: Style) -> dict[str, int | None]:
    last_page = max(pages, 1)
    wanted: dict[str, int | None] = {}
    if style.always_first_last or number > 1:
        wanted["first"] = 1
    if number > 1:
        wanted["prev"] = number - 1
    if number < last_page:
        wanted["next"] = number + 1
    if style.always_first_last or number < last_page:
        wanted["last"] = last_page
    return wanted


def _page_of(target: str) -> int | None:
    values = [v for k, v in parse_qsl(urlsplit(target).query) if k == PAGE]
    return int(values[-1]) if values and values[-1].isdigit() else None


def _check_target(relation: str, target: str, request: Any, style: Style) -> None:
    """A link leads to the same list: same host, path and (but for `page`) query."""
    parts = urlsplit(target)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise Violation("Wrong `link` target", f"rel={relation} is not an absolute URL: {target}")
    allowed = {request.scheme} | ({"http"} if style.http_links else set())
    if parts.scheme not in allowed:
        raise Violation(
            "Wrong `link` scheme",
            f"rel={relation} uses {parts.scheme}:// for a request made over {request.scheme}://.",
        )
    if parts.netloc.lower() != request.netloc.lower():
        raise Violation(
            "`link` leads to another host",
            f"rel={relation} leads to {parts.netloc}, the request went to {request.netloc}.",
        )
    if parts.path.rstrip("/") != request.path.rstrip("/"):
        raise Violation(
            "`link` leads to another list",
            f"rel={relation} leads to {parts.path}, the request was for {request.path}.",
        )
    # The other parameters stay, values and all; their order may change.
    kept = Counter(parse_qsl(parts.query, keep_blank_values=True))
    for pair, count in Counter(parse_qsl(request.query, keep_blank_values=True)).items():
        if pair[0] != PAGE and kept[pair] < count:
            raise Violation(
                "`link` drops a query parameter",
                f"rel={relation} does not keep the request's `{pair[0]}` value.",
            )
