"""Lazy iterators over paginated operations, in every pagination style of the registry.

`client.iter_<operation>(...)` returns a `Paginator`: iterate it (`for` or `async for`)
for the items, or over `pages()` / `apages()` for whole pages. A page is fetched only
when the previous one is used up; `max_items` and `max_pages` bound the walk.

Following a server's link never leaves the client's host and never downgrades the
scheme: the servers write `http://` links (TLS ends in front of them), so the link's
path and query are taken over the current request's scheme, host and port, and a link
to any other host raises `UnsafeLinkError`; a link that is no URL raises `PaginationError`.

A walk must make progress: it stops with `PaginationError` when the server sends a page
URL it sent before (a loop), after `max_stalled_pages` pages in a row that brought
nothing new (no item, or a body it sent before: the same page under ever-changing
links), and, unless `max_pages` is given, before fetching more than `DEFAULT_MAX_PAGES`
pages. What it remembers to tell (page URLs, hashes of page bodies) is bounded, so a
long walk stays small.
"""

from __future__ import annotations

import json
import re
from collections import OrderedDict
from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

from .errors import PaginationError, UnsafeLinkError, parse_body
from .surface import Operation, PaginationStyle

if TYPE_CHECKING:
    from .client import BaseClient

ItemT = TypeVar("ItemT")
BodyT = TypeVar("BodyT")

DEFAULT_MAX_PAGES = 10_000
"""Pages a walk fetches at most when `max_pages` is not given (then `PaginationError`)."""
DEFAULT_MAX_STALLED_PAGES = 5
"""Pages in a row that bring nothing new after which a walk gives up."""
# How many page URLs and body hashes a walk remembers (oldest forgotten first).
_REMEMBERED_PAGES = 1_000

_LINK = re.compile(r"<([^>]*)>((?:\s*;\s*[^;,]+)*)")
_PARAM = re.compile(r";\s*([^=;\s]+)\s*=\s*(\"[^\"]*\"|[^;,\s]*)")


def parse_link_header(value: str) -> dict[str, str]:
    """RFC 8288 `<url>; rel="next", ...` as {relation: url} (relations in lower case)."""
    links: dict[str, str] = {}
    for match in _LINK.finditer(value):
        url, params = match.group(1).strip(), match.group(2)
        for name, raw in _PARAM.findall(params):
            if name.lower() == "rel":
                for rel in raw.strip('"').lower().split():
                    links.setdefault(rel, url)
    return links


def safe_link(link: str, current: httpx.URL) -> httpx.URL:
    """`link` resolved against `current`, on `current`'s scheme, host and port.

    Raises `UnsafeLinkError` when the link names another host, `PaginationError` when
    it is no URL at all (`http://[::1`, `http://xn--/x`).
    """
    try:
        target = current.join(link.strip())
        # The host is decoded on access: a bad IDNA label (`xn--`) fails only here.
        foreign = target.host.lower() != current.host.lower()
        shown = str(target.copy_with(query=None))
        safe = target.copy_with(scheme=current.scheme, port=current.port)
    except (httpx.InvalidURL, ValueError) as exc:  # idna's IDNAError is a ValueError
        raise PaginationError(f"the server's next link is not a valid URL: {exc}") from exc
    if foreign:
        raise UnsafeLinkError(shown, current.host)
    return safe


@dataclass(frozen=True)
class Page(Generic[ItemT, BodyT]):
    """One page of a paginated list."""

    number: int
    """1 for the first page fetched, then 2, 3..."""
    data: BodyT
    """The page's parsed body (the list itself, or the object holding it)."""
    items: Sequence[ItemT]
    """The items of this page."""
    total: int | None
    """The number of items over all pages, when the style reports it."""
    headers: httpx.Headers
    """The response headers (rate-limit headers included), the token replaced by `***`
    wherever the server echoed it."""


def _int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


class _Memory:
    """A set that forgets its oldest entries beyond `size`."""

    def __init__(self, size: int) -> None:
        self._entries: OrderedDict[Any, None] = OrderedDict()
        self._size = size

    def __contains__(self, key: Any) -> bool:
        return key in self._entries

    def __len__(self) -> int:
        return len(self._entries)

    def add(self, key: Any) -> None:
        self._entries[key] = None
        if len(self._entries) > self._size:
            self._entries.popitem(last=False)


class _Walk:
    """The state of one walk through the pages: what to fetch next, and when to stop."""

    def __init__(
        self,
        client: BaseClient,
        style: PaginationStyle,
        max_pages: int | None,
        max_stalled_pages: int,
    ) -> None:
        self.client = client
        self.style = style
        self.max_pages = max_pages
        self.max_stalled_pages = max_stalled_pages
        self.fetched = 0
        self.stalled = 0
        self.urls = _Memory(_REMEMBERED_PAGES)
        self.bodies = _Memory(_REMEMBERED_PAGES)

    def may_fetch(self, request: Mapping[str, Any]) -> bool:
        if self.max_pages is not None and self.fetched >= self.max_pages:
            return False
        if self.max_pages is None and self.fetched >= DEFAULT_MAX_PAGES:
            raise PaginationError(
                f"stopping after {DEFAULT_MAX_PAGES} pages (the default limit); "
                "pass max_pages to walk further"
            )
        if self.stalled >= self.max_stalled_pages:
            raise PaginationError(
                f"the last {self.stalled} pages brought no new item (empty, or sent "
                f"before); stopping after page {self.fetched}"
            )
        key = (str(request["url"]), json.dumps(request.get("params") or {}, sort_keys=True))
        if key in self.urls:
            raise PaginationError(f"the server sent page {self.fetched} twice; stopping")
        self.urls.add(key)
        self.fetched += 1
        return True

    def record(self, items: int, body: bytes) -> None:
        """Count the page as progress when it has items and a body not seen before.

        The body's hash stands for its items: hashing the bytes costs next to nothing,
        while fingerprinting each parsed item cost about half of building it.
        """
        key = hash(body)
        new = items > 0 and key not in self.bodies
        self.bodies.add(key)
        self.stalled = 0 if new else self.stalled + 1

    def total(self, response: httpx.Response) -> int | None:
        style = self.style
        if style.kind == "json-page-header" and style.total_field:
            return _int(self._json_header(response).get(style.total_field))
        if style.total_header:
            return _int(response.headers.get(style.total_header))
        return None

    def _json_header(self, response: httpx.Response) -> dict[str, Any]:
        raw = response.headers.get(self.style.header or "")
        if raw is None:
            return {}
        try:
            value = json.loads(raw)
        except (ValueError, RecursionError) as exc:
            raise PaginationError(f"the {self.style.header} header is not JSON: {exc}") from exc
        if not isinstance(value, dict):
            raise PaginationError(f"the {self.style.header} header is not a JSON object")
        return value

    def next_request(
        self, request: Mapping[str, Any], response: httpx.Response, items: int
    ) -> dict[str, Any] | None:
        """The request for the page after `response`, or None on the last page."""
        style = self.style
        if style.kind == "link-relation":
            links = parse_link_header(response.headers.get(style.header or "link", ""))
            if "next" not in links:
                return None
            url = safe_link(links["next"], response.request.url)
            # The link repeats every query parameter, so the old ones are dropped.
            linked = {k: v for k, v in request.items() if k != "params"}
            linked["url"] = str(self.client._strip_credentials(url))
            return linked
        params = dict(request.get("params") or {})
        if style.kind == "more-flag-header":
            return self._next_numbered(request, response, params)
        if style.kind == "body-page-count":
            return self._next_counted(request, response, params, items)
        if style.kind == "json-page-header":
            following = self._json_header(response).get(style.next_field or "")
            if following is None or style.page_param is None:
                return None
            params[style.page_param] = following
        else:
            body = parse_body(response)
            if not isinstance(body, dict) or items == 0 or not body.get(style.stop_field or ""):
                return None
            for name, template in style.cursor_params.items():
                field = template[1:-1] if template.startswith("{") else None
                params[name] = body.get(field) if field else template
        return {**request, "params": params}

    def _next_numbered(
        self, request: Mapping[str, Any], response: httpx.Response, params: dict[str, Any]
    ) -> dict[str, Any] | None:
        """The next page of a `more-flag-header` list, or None when the server says no more."""
        style = self.style
        more = response.headers.get(style.more_header or "")
        if more is None or style.page_param is None:
            return None
        if more.strip().lower() != "true":
            return None
        # The page the answer says it holds, else the one asked for (1 when none was).
        current = _int(response.headers.get(style.page_header or ""))
        if current is None:
            current = _int(params.get(style.page_param)) or 1
        params[style.page_param] = current + 1
        return {**request, "params": params}

    def _next_counted(
        self,
        request: Mapping[str, Any],
        response: httpx.Response,
        params: dict[str, Any],
        items: int,
    ) -> dict[str, Any] | None:
        """The next page of a `body-page-count` list, or None once every page counted
        by the body was asked for (or the body counts none: servers that do not page)."""
        style = self.style
        body = parse_body(response)
        if style.page_param is None or not isinstance(body, dict) or items == 0:
            return None
        pages = body.get(style.total_pages_field or "")
        current = _int(params.get(style.page_param, style.first_page))
        if not isinstance(pages, int) or isinstance(pages, bool) or current is None:
            return None
        if current + 1 - style.first_page >= pages:
            return None
        params[style.page_param] = current + 1
        return {**request, "params": params}


class Paginator(Generic[ItemT, BodyT]):
    """The items of a paginated operation, fetched page by page as they are used.

    Iterate with `for` (sync) or `async for` (async); `pages()`/`apages()` give whole
    pages. `total` is the item count over all pages once a page has been fetched, when
    the pagination style reports it. Set `max_stalled_pages` before iterating to change
    how many pages in a row may bring nothing new (default 5).
    """

    def __init__(
        self,
        client: BaseClient,
        operation: Operation,
        request: Mapping[str, Any],
        parse: Callable[[httpx.Response], BodyT],
        items: Callable[[BodyT], Sequence[ItemT]],
        *,
        max_items: int | None = None,
        max_pages: int | None = None,
    ) -> None:
        if operation.pagination is None:
            raise ValueError(f"{operation.id} is not paginated")
        if (max_items is not None and max_items < 0) or (max_pages is not None and max_pages < 0):
            raise ValueError("max_items and max_pages must not be negative")
        self._client = client
        self._operation = operation
        self._style = client.surface.pagination[operation.pagination]
        self._request = dict(request)
        self._parse = parse
        self._items = items
        self.max_items = max_items
        self.max_pages = max_pages
        self.max_stalled_pages = DEFAULT_MAX_STALLED_PAGES
        self.total: int | None = None

    def _walk(self) -> _Walk:
        return _Walk(self._client, self._style, self.max_pages, self.max_stalled_pages)

    def _page(self, walk: _Walk, response: httpx.Response) -> Page[ItemT, BodyT]:
        data = self._client._parse(self._operation, response, self._parse)
        self.total = walk.total(response)
        items = self._items(data)
        walk.record(len(items), response.content)
        # A server may echo anything in a header, the token included: shown redacted.
        headers = self._client._redacted_headers(response.headers)
        return Page(walk.fetched, data, items, self.total, headers)

    def pages(self) -> Iterator[Page[ItemT, BodyT]]:
        """The pages, fetched one at a time."""
        walk = self._walk()
        request: dict[str, Any] | None = self._request
        while request is not None and walk.may_fetch(request):
            response = self._client._send(self._operation, request)
            page = self._page(walk, response)
            yield page
            request = walk.next_request(request, response, len(page.items))

    async def apages(self) -> AsyncIterator[Page[ItemT, BodyT]]:
        """The pages, fetched one at a time (async)."""
        walk = self._walk()
        request: dict[str, Any] | None = self._request
        while request is not None and walk.may_fetch(request):
            response = await self._client._asend(self._operation, request)
            page = self._page(walk, response)
            yield page
            request = walk.next_request(request, response, len(page.items))

    def __iter__(self) -> Iterator[ItemT]:
        if self.max_items == 0:
            return
        count = 0
        for page in self.pages():
            for item in page.items:
                yield item
                count += 1
                if count == self.max_items:
                    return

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        if self.max_items == 0:
            return
        count = 0
        async for page in self.apages():
            for item in page.items:
                yield item
                count += 1
                if count == self.max_items:
                    return


__all__ = [
    "DEFAULT_MAX_PAGES",
    "DEFAULT_MAX_STALLED_PAGES",
    "Page",
    "Paginator",
    "parse_link_header",
    "safe_link",
]
