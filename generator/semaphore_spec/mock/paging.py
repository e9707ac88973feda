"""Serving one page of a list with the headers its style really sends.

The headers are always computed from the page served, never replayed: a request for
the list a fixture records (the same path and query but for the page) gets a page of
the recorded total (`recorded`), every other one a page of the body's items. The
style (its page parameter, page-size parameters and headers) comes from the registry.

A body-cursor style's page is the recorded body, unless the request sends a cursor
that no recording of the operation was asked with: then it is the page past the
recorded ones (`pagination.past_the_end`). A body-page-count style's page is cut from a
recording that holds the whole list (it counts one page), with the count recomputed for
the page size asked for; past the count it holds no items.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import parse_qs, unquote, urlencode

from ..fixtures import Fixture
from ..registry import BodyCursorStyle, BodyPageCountStyle, MoreFlagHeaderStyle
from .document import OperationView
from .exchange import HttpRequest
from .matching import Match
from .pagination import (
    Page,
    PagedStyle,
    cursor_positions,
    header_names,
    headers_for,
    items_of,
    list_location,
    paged,
    past_the_end,
    recorded_page_size,
    with_items,
)
from .recorded import page_items, same_filters
from .responses import MockResponse, encode_json
from .routing import Resolution, normalize
from .surfaces import MockSurface


def paginate(
    surface: MockSurface,
    view: OperationView,
    request: HttpRequest,
    resolution: Resolution,
    parameters: Mapping[tuple[str, str], Any],
    match: Match | None,
    response: MockResponse,
) -> None:
    """Serve one page of the list, with the style's headers pointing at the mock."""
    registered = surface.registry.pagination.get(view.pagination or "")
    if isinstance(registered, BodyCursorStyle):
        _serve_cursor(surface, view, request, registered, response)
        return
    if isinstance(registered, BodyPageCountStyle):
        if match is None or not match.exact:
            _serve_counted(view, registered, parameters, response)
        return
    style = paged(registered)
    if style is None:
        return
    if isinstance(style, MoreFlagHeaderStyle) and match is not None and match.exact:
        # A recorded page's "more follow" flag says what its body cannot (the pages
        # after it), and cannot contradict it: the recorded page keeps its headers.
        return
    try:
        body = response.json()
    except ValueError:
        return
    location = list_location(body)
    items = items_of(body, location) if location is not None else []
    number = _page_number(parameters.get(("query", style.page_param)))
    size = _asked_page_size(view, style.page_size_params, parameters)
    query = parse_qs(request.query_string, keep_blank_values=True)
    page = _recorded_page(surface, view, resolution, match, style, query, number, size)
    if page is not None and location is not None:
        chosen = page_items(surface.recorded_pages[match.fixture.file], page) if match else None
        if chosen is None:
            page = None
        else:
            response.content = encode_json(with_items(body, location, chosen))
    if page is None:
        page = _page_of_body(surface, view, match, style, number, size, len(items))
        if location is not None:
            response.content = encode_json(with_items(body, location, page.slice(items)))
    origin = f"{request.scheme}://{request.host}"
    path = normalize(request.raw_path)

    def url_for_page(number: int) -> str:
        pairs = sorted(
            [(k, v) for k, values in query.items() if k != style.page_param for v in values]
            + [(style.page_param, str(number))]
        )
        return f"{origin}{path}?{urlencode(pairs)}"

    for name in header_names(style):
        response.remove_header(name)
    for name, value in headers_for(style, page, url_for_page).items():
        response.headers.append((name, value))


def _serve_cursor(
    surface: MockSurface,
    view: OperationView,
    request: HttpRequest,
    style: BodyCursorStyle,
    response: MockResponse,
) -> None:
    """The recorded page, or the page past the end for a cursor never recorded."""
    query = parse_qs(request.query_string, keep_blank_values=True)
    sent = {
        (name, value)
        for name in cursor_positions(style)
        for value in query.get(name, [])[:1]
        if value != ""  # an empty cursor asks for the first page
    }
    if not sent or sent <= _recorded_query(surface.fixtures.get(view.operation_id, [])):
        return
    try:
        body = response.json()
    except ValueError:
        return
    response.content = encode_json(past_the_end(body, style.stop_field))


def _serve_counted(
    view: OperationView,
    style: BodyPageCountStyle,
    parameters: Mapping[tuple[str, str], Any],
    response: MockResponse,
) -> None:
    """The page asked for, with the body's page count agreeing with it."""
    try:
        body = response.json()
    except ValueError:
        return
    location = list_location(body)
    field = style.total_pages_field
    if location is None or not isinstance(body, dict) or field not in body:
        return  # a server version that does not page: served as recorded
    counted, items = body[field], items_of(body, location)
    asked = parameters.get(("query", style.page_param), style.first_page)
    index = max(0, asked - style.first_page) if isinstance(asked, int) else 0
    size = _asked_page_size(view, style.page_size_params, parameters)
    if isinstance(counted, int) and counted <= 1 and isinstance(size, int) and size > 0:
        # The recording holds the whole list: cut the page out of it.
        counted = math.ceil(len(items) / size) if items else counted
        chosen = items[index * size : (index + 1) * size]
    else:
        chosen = items if isinstance(counted, int) and index < counted else []
    response.content = encode_json({**with_items(body, location, chosen), field: counted})


def _recorded_query(fixtures: Sequence[Fixture]) -> set[tuple[str, str]]:
    """Every (query parameter, value) the recordings' requests sent."""
    found: set[tuple[str, str]] = set()
    for fixture in fixtures:
        for name, value in (fixture.request.get("query") or {}).items():
            values = value if isinstance(value, list) else [value]
            found.update((str(name), str(v)) for v in values)
    return found


def _recorded_page(
    surface: MockSurface,
    view: OperationView,
    resolution: Resolution,
    match: Match | None,
    style: PagedStyle,
    query: Mapping[str, list[str]],
    number: int,
    size: Any,
) -> Page | None:
    """The page asked for of the list the matched fixture records, when the request
    asks for that list (same path, same filters); None otherwise."""
    if match is None:
        return None
    recorded = surface.recorded_pages.get(match.fixture.file)
    credentials = frozenset(s.param.lower() for s in surface.schemes if s.location == "query")
    if (
        recorded is None
        or normalize(str(match.fixture.request["path"])) != unquote(resolution.relative)
        or not same_filters(match.fixture, query, credentials, style)
    ):
        return None
    size = size or recorded.size or surface.usual_page_size(view.pagination or "", style)
    return Page(number, size if isinstance(size, int) and size > 0 else 1, recorded.total)


def _page_of_body(
    surface: MockSurface,
    view: OperationView,
    match: Match | None,
    style: PagedStyle,
    number: int,
    size: Any,
    count: int,
) -> Page:
    """The page asked for of a list made of the answer's own items."""
    if size is None and match is not None:
        size = recorded_page_size(match.fixture, style)
    if size is None:
        size = surface.usual_page_size(view.pagination or "", style)
    if size is None and isinstance(style, MoreFlagHeaderStyle):
        size = style.page_size  # the server's fixed page size, when the registry says
    return Page(number, size if isinstance(size, int) and size > 0 else max(count, 1), count)


def _page_number(value: Any) -> int:
    """The page asked for, from a page number or a page token (the mock's tokens are
    page numbers); 1 when absent or not a positive number."""
    if isinstance(value, str) and value.isascii() and value.isdigit():
        value = int(value)  # ASCII only: `str.isdigit` accepts `³`, which `int` refuses
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else 1


def _asked_page_size(
    view: OperationView, names: Sequence[str], parameters: Mapping[tuple[str, str], Any]
) -> Any:
    """The page size the request asks for in one of `names`, else the first one's
    declared default (None when neither)."""
    sent = next((parameters[("query", n)] for n in names if ("query", n) in parameters), None)
    return sent if sent is not None else _declared_default(view, tuple(names))


def _declared_default(view: OperationView, names: tuple[str, ...]) -> int | None:
    for name in names:
        parameter = view.parameter("query", name)
        if parameter is not None and isinstance(parameter.schema.node, dict):
            default = parameter.schema.node.get("default")
            if isinstance(default, int) and not isinstance(default, bool):
                return default
    return None
