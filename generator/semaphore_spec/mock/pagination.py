"""Serving a list page by page with the headers its surface really sends.

The registry's pagination style says which header plays which part (its `header`,
`total_header`, `per_page_header`, ...), which query parameters choose the page and
its size, and which link relations are sent; this module computes their values:

- a `json-page-header` style's header: a JSON object (total_entries, total_pages,
  per_page, current_page, first_page, last_page, previous_page, next_page), as
  will_paginate renders it;
- a `link-relation` style's header: RFC 8288 links to other pages, absolute URLs of the
  mock itself with the request's query (sorted) and the page parameter replaced;
- the total, per-page, total-pages and page-number headers.

Styles that carry their position in the body (cursors) are served as recorded, but
for a cursor no recording was asked with: the mock cannot know what lies there, and
answers past the recorded pages (`past_the_end`), so a client's loop ends.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from ..fixtures import Fixture
from ..registry import (
    BodyCursorStyle,
    BodyPageCountStyle,
    JsonPageHeaderStyle,
    LinkRelationStyle,
    MoreFlagHeaderStyle,
    PaginationStyle,
)

PagedStyle = LinkRelationStyle | JsonPageHeaderStyle | MoreFlagHeaderStyle


def paged(style: PaginationStyle | None) -> PagedStyle | None:
    """`style` when the mock computes its headers (numbered pages), else None."""
    if style is None or isinstance(style, BodyCursorStyle | BodyPageCountStyle):
        return None
    return style


@dataclass(frozen=True)
class Page:
    """One page of a list."""

    number: int  # 1-based
    size: int
    total: int

    @property
    def pages(self) -> int:
        """How many pages the list has (at least one, as the servers count)."""
        return max(1, math.ceil(self.total / self.size)) if self.size else 1

    @property
    def count(self) -> int:
        """How many items this page holds (none past the end)."""
        return max(0, min(self.size, self.total - (self.number - 1) * self.size))

    def slice(self, items: Sequence[Any]) -> list[Any]:
        """This page's items of `items`."""
        start = (self.number - 1) * self.size
        return list(items[start : start + self.size])


def cursor_positions(style: PaginationStyle | None) -> frozenset[str]:
    """The query parameters of a body-cursor style that carry a position (those whose
    value copies a body field); constants such as a direction are not positions."""
    if not isinstance(style, BodyCursorStyle):
        return frozenset()
    return frozenset(name for name, value in style.cursor_params.items() if value.startswith("{"))


def past_the_end(body: Any, stop_field: str) -> Any:
    """`body` as the page after the last one: its list empty and `stop_field` cleared
    (0 where the body has a number there, else `""`)."""
    location = list_location(body)
    if location is not None:
        body = with_items(body, location, [])
    if isinstance(body, dict) and stop_field in body:
        recorded = body[stop_field]
        number = isinstance(recorded, int | float) and not isinstance(recorded, bool)
        body = {**body, stop_field: 0 if number else ""}
    return body


def list_location(body: Any) -> str | None:
    """Where the list is in a body: `""` for a bare array, the key of the only array
    property of an object, or None when there is no single list."""
    if isinstance(body, list):
        return ""
    if isinstance(body, dict):
        keys = [key for key, value in body.items() if isinstance(value, list)]
        if len(keys) == 1:
            return str(keys[0])
    return None


def items_of(body: Any, location: str) -> list[Any]:
    """The list at `location` (see `list_location`)."""
    return list(body if location == "" else body[location])


def with_items(body: Any, location: str, items: list[Any]) -> Any:
    """`body` with the list at `location` replaced by `items`."""
    if location == "":
        return items
    return {**body, location: items}


def recorded_page_size(fixture: Fixture, style: PagedStyle) -> int | None:
    """The page size a recorded response states in its pagination headers, if any."""
    headers = {str(k).lower(): v for k, v in (fixture.response.get("headers") or {}).items()}
    if isinstance(style, LinkRelationStyle):
        name = style.per_page_header
        return _positive(headers.get(name.lower())) if name else None
    if isinstance(style, MoreFlagHeaderStyle):
        return style.page_size
    try:
        return _positive(json.loads(str(headers[style.header.lower()])).get("per_page"))
    except (KeyError, ValueError, AttributeError):
        return None


def _positive(value: Any) -> int | None:
    try:
        number = int(value)
    except (TypeError, ValueError):
        return None
    return number if number > 0 else None


def headers_for(
    style: PagedStyle, page: Page, url_for_page: Callable[[int], str]
) -> dict[str, str]:
    """The style's pagination headers (as the registry spells them) for `page`."""
    if isinstance(style, JsonPageHeaderStyle):
        return {style.header: _pagination_json(page)}
    if isinstance(style, MoreFlagHeaderStyle):
        # This page's number, and whether a later page holds items (`true`/`false`,
        # as projecthub writes them).
        more = page.number * page.size < page.total
        return {style.page_header: str(page.number), style.more_header: str(more).lower()}
    out: dict[str, str] = {}
    links = _link(style, page, url_for_page)
    if links is not None:
        out[style.header] = links
    for name, value in (
        (style.total_header, page.total),
        (style.per_page_header, page.size),
        (style.total_pages_header, page.pages),
        (style.page_number_header, page.number),
    ):
        if name is not None:
            out[name] = str(value)
    # The mock's page tokens are page numbers; absent where there is no such page.
    for name, number in (
        (style.next_token_header, page.number + 1),
        (style.previous_token_header, page.number - 1),
    ):
        if name is not None and 1 <= number <= page.pages:
            out[name] = str(number)
    return out


def header_names(style: PagedStyle) -> list[str]:
    """Every header the mock computes for `style`."""
    if isinstance(style, JsonPageHeaderStyle):
        return [style.header]
    if isinstance(style, MoreFlagHeaderStyle):
        return [style.page_header, style.more_header]
    optional = (
        style.total_header,
        style.per_page_header,
        style.total_pages_header,
        style.page_number_header,
        style.next_token_header,
        style.previous_token_header,
    )
    return [style.header, *(name for name in optional if name is not None)]


def _pagination_json(page: Page) -> str:
    return json.dumps(
        {
            "total_entries": page.total,
            "total_pages": page.pages,
            "per_page": page.size,
            "current_page": page.number,
            "first_page": page.number == 1,
            "last_page": page.number >= page.pages,
            "previous_page": page.number - 1 if page.number > 1 else None,
            "next_page": page.number + 1 if page.number < page.pages else None,
        },
        separators=(",", ":"),
    )


def _link(style: LinkRelationStyle, page: Page, url: Callable[[int], str]) -> str | None:
    modes = style.relation_modes()
    first, last = page.number <= 1, page.number >= page.pages
    leads = {
        "first": (1, not first),
        "prev": (min(page.number - 1, page.pages), not first),
        "next": (page.number + 1, not last),
        "last": (page.pages, not last),
    }
    relations: list[tuple[str, int]] = []
    for relation, (number, useful) in leads.items():
        mode = modes.get(relation)
        if mode == "always" or (mode == "useful" and useful):
            relations.append((relation, number))
    if not relations:
        return None
    return ", ".join(f'<{url(number)}>; rel="{rel}"' for rel, number in relations)
