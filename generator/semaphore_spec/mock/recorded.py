"""What a recorded page says about its list, and whether its headers agree with its body.

A fixture of a paginated operation may record one page of a longer list: its
pagination headers give the list's total, the page size and the page's number, and
its body holds that page's items. The mock serves the list from that recording
(`app._paginate`), so the recording must be self-consistent: a header that says 46
entries at 10 a page over a body of 2 items would make the mock answer a list whose
metadata contradicts its items. `contradiction` finds such a recording; the mock
refuses to load it (`surfaces.load_surface`).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..fixtures import Fixture
from ..registry import JsonPageHeaderStyle, LinkRelationStyle
from .pagination import Page, PagedStyle, items_of, list_location

# What a page states -> the field of a will_paginate-style JSON object that states it.
_JSON_FIELDS = {
    "total": "total_entries",
    "per-page": "per_page",
    "page-number": "current_page",
    "total-pages": "total_pages",
}


def _roles(style: LinkRelationStyle) -> dict[str, str]:
    """lower-case header name -> what it states, as the registry style names them."""
    named = {
        "total": style.total_header,
        "per-page": style.per_page_header,
        "page-number": style.page_number_header,
        "total-pages": style.total_pages_header,
    }
    return {header.lower(): role for role, header in named.items() if header is not None}


@dataclass(frozen=True)
class RecordedPage:
    """One recorded page: where it is in its list, and its items."""

    number: int
    size: int | None  # the page size the recording states (headers or request), if any
    total: int
    items: list[Any]
    pages: int | None  # the page count the recording states, if it does

    def page(self, size: int | None = None) -> Page:
        """The recorded page, at its stated size (else `size`, else its own length)."""
        return Page(self.number, self.size or size or max(len(self.items), 1), self.total)


@dataclass(frozen=True)
class Contradiction:
    """Why a recording's pagination headers disagree with its body, and which header says so."""

    header: str  # as spelled in the fixture
    message: str


class _Bad(Exception):
    def __init__(self, header: str, message: str) -> None:
        super().__init__(message)
        self.header, self.message = header, message


def _headers(fixture: Fixture) -> dict[str, tuple[str, str]]:
    """lower-case name -> (name as spelled, value)."""
    raw: Mapping[Any, Any] = fixture.response.get("headers") or {}
    return {str(k).lower(): (str(k), str(v)) for k, v in raw.items()}


def _count(spelled: str, value: Any, minimum: int) -> int:
    text = str(value).strip()
    if isinstance(value, bool) or not text.isdigit() or int(text) < minimum:
        raise _Bad(spelled, f"`{spelled}` gives {value!r}, not an integer of at least {minimum}")
    return int(text)


def _stated(fixture: Fixture, style: PagedStyle) -> dict[str, tuple[str, int]]:
    """The numbers the style's headers state: what -> (header as spelled, value)."""
    headers = _headers(fixture)
    json_header = style.header.lower() if isinstance(style, JsonPageHeaderStyle) else None
    roles = _roles(style) if isinstance(style, LinkRelationStyle) else {}
    out: dict[str, tuple[str, int]] = {}
    for lowered, (spelled, value) in headers.items():
        if lowered == json_header:
            try:
                data = json.loads(value)
            except ValueError:
                raise _Bad(spelled, f"`{spelled}` is not JSON: {value!r}") from None
            if not isinstance(data, dict):
                raise _Bad(spelled, f"`{spelled}` is not a JSON object: {value!r}")
            for field, key in _JSON_FIELDS.items():
                if key in data:
                    minimum = 1 if field in ("per-page", "page-number") else 0
                    out[field] = (spelled, _count(spelled, data[key], minimum))
            _check_flags(spelled, data)
        elif lowered in roles:
            role = roles[lowered]
            minimum = 1 if role in ("per-page", "page-number") else 0
            out[role] = (spelled, _count(spelled, value, minimum))
    return out


def _check_flags(spelled: str, data: Mapping[str, Any]) -> None:
    """The JSON object's flags follow from its page number and page count."""
    number, pages = data.get("current_page"), data.get("total_pages")
    if not isinstance(number, int) or not isinstance(pages, int):
        return
    expected = {
        "first_page": number == 1,
        "last_page": number >= pages,
        "previous_page": number - 1 if number > 1 else None,
        "next_page": number + 1 if number < pages else None,
    }
    for key, value in expected.items():
        if key in data and data[key] != value:
            raise _Bad(
                spelled,
                f"`{spelled}` says {key}={json.dumps(data[key])} on page {number} of {pages}, "
                f"expected {json.dumps(value)}",
            )


def _requested(fixture: Fixture, names: Sequence[str]) -> int | None:
    query: Mapping[Any, Any] = fixture.request.get("query") or {}
    for name in names:
        value = query.get(name)
        if value is not None and str(value).isdigit() and int(str(value)) > 0:
            return int(str(value))
    return None


def read(fixture: Fixture, style: PagedStyle) -> RecordedPage | None:
    """The page `fixture` records, from the style's headers; None when the recording
    states no total or has no single list (raises `_Bad` on malformed ones)."""
    stated = _stated(fixture, style)
    body = fixture.response.get("body")
    location = list_location(body)
    if "total" not in stated or location is None:
        return None
    items = items_of(body, location)
    requested = _requested(fixture, (style.page_param,))
    number = stated["page-number"][1] if "page-number" in stated else requested or 1
    size = stated["per-page"][1] if "per-page" in stated else None
    size = size or _requested(fixture, style.page_size_params)
    pages = stated["total-pages"][1] if "total-pages" in stated else None
    return RecordedPage(number, size, stated["total"][1], items, pages)


def contradiction(fixture: Fixture, style: PagedStyle) -> Contradiction | None:
    """How the recorded pagination headers of `style` contradict the fixture's body or
    request, or None when they agree (or say nothing)."""
    try:
        recorded = read(fixture, style)
        if recorded is None:
            return None
        stated = _stated(fixture, style)
    except _Bad as bad:
        return Contradiction(bad.header, bad.message)
    # Without a stated size the page is taken to be as large as the items it shows.
    page, count = recorded.page(), len(recorded.items)
    total_header = stated["total"][0]
    requested = _requested(fixture, (style.page_param,))
    if "page-number" in stated and requested is not None and requested != page.number:
        return Contradiction(
            stated["page-number"][0],
            f"says page {page.number}, but the request asked for page {requested}",
        )
    has_size = recorded.size is not None
    if recorded.pages is not None and has_size and recorded.pages != page.pages:
        return Contradiction(
            stated["total-pages"][0],
            f"says {recorded.pages} pages, but {page.total} items at {page.size} a page "
            f"make {page.pages}",
        )
    expected = page.count if has_size else min(count, page.total)
    if count != expected or count > page.total:
        return Contradiction(
            total_header,
            f"says {page.total} items"
            + (f" at {page.size} a page" if has_size else "")
            + f", which puts {expected} on page {page.number}; the body holds {count}",
        )
    return None


def same_filters(
    fixture: Fixture,
    query: Mapping[str, Sequence[str]],
    credentials: frozenset[str],
    style: PagedStyle,
) -> bool:
    """Whether a request with `query` (at the fixture's path) asks for a page of the list
    `fixture` records: the same query but for the page, the page size and credentials."""
    paging = {style.page_param, *style.page_size_params}
    recorded: Mapping[Any, Any] = fixture.request.get("query") or {}

    def kept(pairs: Mapping[Any, Any]) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for name, value in pairs.items():
            key = str(name)
            if key.lower() in credentials or key in paging:
                continue
            values = value if isinstance(value, list) else [value]
            out[key] = sorted(str(v) for v in values)
        return out

    return kept(recorded) == kept(query)


def page_items(recorded: RecordedPage, page: Page) -> list[Any] | None:
    """The items of `page` of the recorded list: the recorded ones where the page is the
    recorded page; elsewhere the recorded items repeated, so that every page holds as
    many items as the recorded total says (the mock knows no others). None when the
    recording holds no item to repeat."""
    own = recorded.page(page.size)
    if (page.number, page.size) == (own.number, own.size) and len(recorded.items) == page.count:
        return list(recorded.items)
    if page.count == 0:
        return []
    if not recorded.items:
        return None
    start = (page.number - 1) * page.size - (own.number - 1) * own.size
    return [recorded.items[(start + i) % len(recorded.items)] for i in range(page.count)]
