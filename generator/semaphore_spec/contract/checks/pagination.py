"""`PaginationConsistency`: a page of a list says truthfully where it is in the list.

Schemathesis checks that declared headers conform to their schemas; it cannot know
that a total must count the list, that links must point back at the same server, or
which headers a page must always carry. Operations name their pagination style in
`x-semaphore-pagination`; the contract runner puts the surface's registry styles into
the tested document (`STYLES_KEY`), and each style says which header plays which part,
which headers come on every page, which link relations are sent and which query
parameter numbers the pages. An operation whose style the document does not describe
fails the check: a renamed style must never switch it off silently.

Cursor styles carry their position in the body, which the response schema covers;
`numbered_pages` and `counted_pages` hold the promises of the header-flag and
body-count kinds.
"""

from __future__ import annotations

from collections import Counter
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import schemathesis
from schemathesis import Case, CheckContext, Response

from .. import linkheader
from ..spec import declared_headers, documented_response
from .counted_pages import check_counted, is_counted
from .failures import ContractFailure
from .numbered_pages import check_numbered, is_numbered
from .page_facts import PageFacts, check_numbers, page_facts, page_items
from .page_style import STYLES_KEY, Style, Violation, described_style, style_of, styles_entry
from .probe import ask_for_page

RELATIONS = ("first", "prev", "next", "last")
__all__ = ["STYLES_KEY", "PaginationConsistency", "Violation", "style_of", "styles_entry"]


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
        style_name = operation.get("x-semaphore-pagination")
        if style_name is None or not 200 <= response.status_code < 300:
            return None
        document = case.operation.schema.raw_schema
        try:
            described = described_style(document, str(style_name))
        except Violation as exc:
            raise ContractFailure(
                operation=case.operation.label, title=exc.title, message=exc.message
            ) from None
        if is_numbered(described):
            check_numbered(ctx, case, response, described, self.walked)
            return None
        if is_counted(described):
            check_counted(ctx, case, response, described, self.walked)
            return None
        style = style_of(document, str(style_name))
        if style is None:
            return None
        _judge(case, response, style)
        label = case.operation.label
        meta = case.meta
        if label in self.walked or (meta is not None and meta.generation.mode.is_negative):
            return None
        requested = requested_page(urlsplit(str(response.request.url)).query, style)
        if requested is None:
            return None
        self.walked.add(label)
        following, answer = ask_for_page(ctx, case, style.page_param, requested + 1)
        if 200 <= answer.status_code < 300:
            _judge(following, answer, style)
        return None


def _judge(case: Case[Any], response: Response, style: Style) -> None:
    try:
        inspect_page(case, response, style)
    except Violation as exc:
        raise ContractFailure(
            operation=case.operation.label, title=exc.title, message=exc.message, case_id=case.id
        ) from None


def inspect_page(case: Case[Any], response: Response, style: Style) -> None:
    """Raise `Violation` for the first broken promise of this page."""
    document = case.operation.schema.raw_schema
    spec = documented_response(document, case.operation.definition.raw, response.status_code)
    declared = declared_headers(document, spec) if spec is not None else {}
    headers = {name.lower(): values[-1] for name, values in response.headers.items() if values}
    for name in sorted(style.required):
        if name in declared and name not in headers:
            raise Violation(
                f"Missing pagination header `{declared[name]}`",
                f"Every page of a `{style.name}` list carries `{declared[name]}`; "
                "this one does not.",
            )
    request = urlsplit(str(response.request.url))
    requested = requested_page(request.query, style)
    facts = page_facts(headers, style)
    items = page_items(response)
    check_numbers(facts, requested, items)
    link = style.link
    if link is None:
        return
    _check_first_page_leads_on(headers.get(link), facts, requested, items)
    if link in headers:
        _check_links(headers[link], request, facts, style, requested)
    elif link in declared and style.always_first_last:
        raise Violation(
            f"Missing pagination header `{declared[link]}`",
            "This style sends its links on every page.",
        )
    elif link in declared and facts.pages is not None and facts.pages > 1:
        raise Violation(
            f"Missing pagination header `{declared[link]}`",
            f"The list has {facts.pages} pages, but the answer links to none of the others.",
        )


def _check_first_page_leads_on(
    value: str | None, facts: PageFacts, requested: int | None, items: list[Any] | None
) -> None:
    """A first page that holds fewer items than the total must link to the next page,
    whatever the page size (which not every style states)."""
    if requested != 1 or facts.total is None or items is None or len(items) >= facts.total:
        return
    try:
        links = linkheader.parse(value) if value else []
    except linkheader.MalformedLink:
        return  # reported by the link checks
    relations = {relation for link in links for relation in link.relations}
    if "next" not in relations:
        raise Violation(
            "Total does not match the items",
            f"The first page holds {len(items)} of {facts.total} items but links to no next page.",
        )


def requested_page(query: str, style: Style) -> int | None:
    values = [v for k, v in parse_qsl(query, keep_blank_values=True) if k == style.page_param]
    if not values:
        return 1
    return int(values[-1]) if values[-1].isdigit() and int(values[-1]) >= 1 else None


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
        target_page = _page_of(by_relation[relation], style)
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


def _page_of(target: str, style: Style) -> int | None:
    values = [v for k, v in parse_qsl(urlsplit(target).query) if k == style.page_param]
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
        if pair[0] != style.page_param and kept[pair] < count:
            raise Violation(
                "`link` drops a query parameter",
                f"rel={relation} does not keep the request's `{pair[0]}` value.",
            )
