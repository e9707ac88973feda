"""Serving a list page by page with the headers its surface really sends.

The registry names each pagination style's response headers (with their exact
case); this module knows how each named header is computed:

- `Pagination`: a JSON object (total_entries, total_pages, per_page, current_page,
  first_page, last_page, previous_page, next_page), as will_paginate renders it (v1);
- `link`/`Link`: RFC 8288 links to other pages, absolute URLs of the mock itself
  with the request's query (sorted) and `page` replaced;
- `total`/`Total`, `per-page`/`Per-Page`, `total-pages`, `page-number`.

- `next-page-token`/`previous-page-token`: opaque tokens of the neighbouring pages
  (the mock's tokens are page numbers), absent where there is no such page.

Which link relations appear follows the style's server library: the registry's
`link_relations` for the style (relation -> `always` or `useful`), else `_LINK_RELATIONS`.
Styles whose headers are empty (cursors carried in the body) are served as recorded.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..fixtures import Fixture

PAGE_PARAMETER = "page"
PAGE_SIZE_PARAMETERS = ("page_size", "per_page")

# Style -> when each relation is sent. "always": on every page; "useful": only when
# it leads somewhere else (no first/prev on the first page, no next/last on the last).
# Scrivener.Headers (v1alpha) always sends first and last; api-pagination (v2) does not.
_LINK_RELATIONS: dict[str, str] = {"link-header": "always", "link-total": "useful"}
_RELATIONS = ("first", "prev", "next", "last")


def link_relations(style: str, declared: Mapping[str, str] | None = None) -> dict[str, str]:
    """When each relation is sent (`always`, `useful` or absent): as the registry
    declares it for the style, else every relation as its library does."""
    if declared:
        return {str(rel): str(mode) for rel, mode in declared.items()}
    mode = _LINK_RELATIONS.get(style, "useful")
    return {rel: mode for rel in _RELATIONS}


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

    def slice(self, items: Sequence[Any]) -> list[Any]:
        """This page's items of `items`."""
        start = (self.number - 1) * self.size
        return list(items[start : start + self.size])


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


def recorded_page_size(fixture: Fixture) -> int | None:
    """The page size a recorded response states in its pagination headers, if any."""
    headers = {str(k).lower(): v for k, v in (fixture.response.get("headers") or {}).items()}
    if "per-page" in headers:
        return _positive(headers["per-page"])
    if "pagination" in headers:
        try:
            return _positive(json.loads(str(headers["pagination"])).get("per_page"))
        except (ValueError, AttributeError):
            return None
    return None


def _positive(value: Any) -> int | None:
    try:
        number = int(value)
    except (TypeError, ValueError):
        return None
    return number if number > 0 else None


def headers_for(
    style: str,
    names: Sequence[str],
    page: Page,
    url_for_page: Callable[[int], str],
    relations: Mapping[str, str] | None = None,
) -> dict[str, str]:
    """The pagination headers `names` (as the registry spells them) for `page`;
    `relations` as `link_relations` gives them."""
    modes = relations if relations is not None else link_relations(style)
    out: dict[str, str] = {}
    for name in names:
        builder = _BUILDERS.get(name.lower())
        if builder is None:
            continue
        value = builder(modes, page, url_for_page)
        if value is not None:
            out[name] = value
    return out


def _pagination_json(modes: Mapping[str, str], page: Page, url: Callable[[int], str]) -> str:
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


def _link(modes: Mapping[str, str], page: Page, url: Callable[[int], str]) -> str | None:
    first, last = page.number <= 1, page.number >= page.pages
    wanted = {
        "first": (1, not first),
        "prev": (min(page.number - 1, page.pages), not first),
        "next": (page.number + 1, not last),
        "last": (page.pages, not last),
    }
    relations: list[tuple[str, int]] = []
    for rel in _RELATIONS:
        number, useful = wanted[rel]
        mode = modes.get(rel)
        if (mode == "always" and rel in ("first", "last")) or (mode is not None and useful):
            relations.append((rel, number))
    if not relations:
        return None
    return ", ".join(f'<{url(number)}>; rel="{rel}"' for rel, number in relations)


_Builder = Callable[[Mapping[str, str], Page, Callable[[int], str]], str | None]


def _neighbour(offset: int) -> _Builder:
    def token(modes: Mapping[str, str], page: Page, url: Callable[[int], str]) -> str | None:
        number = page.number + offset
        return str(number) if 1 <= number <= page.pages else None

    return token


_BUILDERS: Mapping[str, _Builder] = {
    "pagination": _pagination_json,
    "link": _link,
    "total": lambda modes, page, url: str(page.total),
    "per-page": lambda modes, page, url: str(page.size),
    "total-pages": lambda modes, page, url: str(page.pages),
    "page-number": lambda modes, page, url: str(page.number),
    "next-page-token": _neighbour(1),
    "previous-page-token": _neighbour(-1),
}


def computes(names: Sequence[str]) -> bool:
    """Whether the mock computes any of these headers (else the style is served as recorded)."""
    return any(name.lower() in _BUILDERS for name in names)
