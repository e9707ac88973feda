"""What a page says about itself (number, size, total, pages) in its headers, read the
way its style writes them, and the arithmetic those numbers must satisfy."""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from schemathesis import Response

from .page_style import Style, Violation


@dataclass(frozen=True)
class PageFacts:
    """What a page says about itself; None where it does not say."""

    number: int | None
    size: int | None
    total: int | None
    pages: int | None


def _integer(headers: Mapping[str, str], name: str | None, minimum: int) -> int | None:
    if name is None or name not in headers:
        return None
    text = headers[name].strip()
    if not text.isdigit() or int(text) < minimum:
        raise Violation(
            f"Malformed pagination header `{name}`",
            f"`{name}: {headers[name]}` is not an integer of at least {minimum}.",
        )
    return int(text)


def page_facts(headers: Mapping[str, str], style: Style) -> PageFacts:
    if style.json is not None:
        return _json_facts(headers[style.json]) if style.json in headers else _NO_FACTS
    return PageFacts(
        number=_integer(headers, style.page_number, 1),
        size=_integer(headers, style.per_page, 1),
        total=_integer(headers, style.total, 0),
        pages=_integer(headers, style.total_pages, 0),
    )


_NO_FACTS = PageFacts(number=None, size=None, total=None, pages=None)


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


def page_items(response: Response) -> list[Any] | None:
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


def check_numbers(facts: PageFacts, requested: int | None, items: list[Any] | None) -> None:
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
