"""Pages numbered in the query, counted in the body.

The registry kind `body-page-count` (the RBAC lists of members and groups): the client
asks for `page_param` = `first_page`, `first_page` + 1, ... and every answer says in
the body's `total_pages_field` how many pages the whole list has. A client loops until
it has asked for that many, so a page past the count must hold no items, a page may
not hold more items than the page size asked for, and the page after one inside the
count must exist. A body without the count is a server version that does not page,
and promises nothing.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from schemathesis import Case, CheckContext, Response

from .failures import ContractFailure
from .page_facts import page_items
from .probe import ask_for_page

KIND = "body-page-count"


class CountedPageViolation(Exception):
    """One broken promise of a counted page."""

    def __init__(self, title: str, message: str) -> None:
        super().__init__(title)
        self.title, self.message = title, message


def is_counted(facts: Mapping[str, Any] | None) -> bool:
    """Whether a registry pagination style is of this kind."""
    return facts is not None and facts.get("kind") == KIND


def _query_int(query: str, names: list[str]) -> int | None:
    values = [v for k, v in parse_qsl(query, keep_blank_values=True) if k in names]
    if not values or not values[-1].isascii() or not values[-1].isdigit():
        return None
    return int(values[-1])


def page_index(facts: Mapping[str, Any], query: str) -> int | None:
    """Which page a request asks for, counted from 0 (None when not a page number)."""
    first = int(facts.get("first_page") or 0)
    name = str(facts["page_param"])
    if name not in {k for k, _ in parse_qsl(query, keep_blank_values=True)}:
        return 0
    number = _query_int(query, [name])
    return number - first if number is not None and number >= first else None


def page_count(facts: Mapping[str, Any], response: Response) -> int | None:
    """The number of pages the body counts, or None when it counts none."""
    try:
        body = json.loads(response.content)
    except ValueError:
        return None
    value = body.get(str(facts["total_pages_field"])) if isinstance(body, dict) else None
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def inspect_counted_page(
    facts: Mapping[str, Any], query: str, count: int | None, items: list[Any] | None
) -> None:
    """Raise `CountedPageViolation` for the first broken promise of one page."""
    index = page_index(facts, query)
    if count is None or index is None or items is None:
        return
    if index >= count and items:
        raise CountedPageViolation(
            "Items past the last page",
            f"Page {index + 1} of the list was asked for; the body counts {count} "
            f"page(s) but holds {len(items)} item(s).",
        )
    size = _query_int(query, [str(n) for n in facts.get("page_size_params") or []])
    if size is not None and size > 0 and len(items) > size:
        raise CountedPageViolation(
            "More items than the page size",
            f"{size} item(s) a page were asked for; the page holds {len(items)}.",
        )


def check_counted(
    ctx: CheckContext,
    case: Case[Any],
    response: Response,
    facts: Mapping[str, Any],
    walked: set[str],
) -> None:
    """Check one 2xx page; once per operation (`walked`), ask for the page after one
    inside the count and check that it exists too. Raises `ContractFailure`."""
    _judge(case, response, facts)
    meta = case.meta
    label = case.operation.label
    if label in walked or (meta is not None and meta.generation.mode.is_negative):
        return
    query = urlsplit(str(response.request.url)).query
    index, count = page_index(facts, query), page_count(facts, response)
    if index is None or count is None or index + 1 >= count:
        return
    walked.add(label)
    param = str(facts["page_param"])
    number = index + 1 + int(facts.get("first_page") or 0)
    following, answer = ask_for_page(ctx, case, param, number)
    if not 200 <= answer.status_code < 300:
        raise ContractFailure(
            operation=label,
            title="A counted page is missing",
            message=f"The body counts {count} pages; page {param}={number} "
            f"answered {answer.status_code}.",
            case_id=following.id,
        )
    _judge(following, answer, facts)


def _judge(case: Case[Any], response: Response, facts: Mapping[str, Any]) -> None:
    query = urlsplit(str(response.request.url)).query
    try:
        inspect_counted_page(facts, query, page_count(facts, response), page_items(response))
    except CountedPageViolation as exc:
        raise ContractFailure(
            operation=case.operation.label, title=exc.title, message=exc.message, case_id=case.id
        ) from None
