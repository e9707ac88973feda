"""The mock server as an ASGI application.

`create_app(root)` serves every surface that has a published spec (or those named),
each under its own base path. Every request goes through the same steps, each in its
own module: routing (`routing`), credentials (`auth`), validation against the spec
(`validation`, refusals from `errors`), the choice of a recorded fixture (`matching`)
or an answer generated from the schema (`examples`), and pagination (`pagination`).

`Prefer: code=<status>` or `Prefer: example=<fixture name>` asks for a particular
documented answer of a valid request (as Prism does), e.g. a recorded 500.

A `response_hook` sees every exchange and may replace the response: the seam for
injecting one deliberate fault into an otherwise faithful mock.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable, Iterable, Mapping, MutableMapping
from dataclasses import dataclass
from http.cookies import CookieError, SimpleCookie
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlencode, urlsplit, urlunsplit

from . import errors
from .auth import AuthOutcome, check
from .document import Located, OperationView
from .matching import Match, RequestFacts, by_name, choose
from .pagination import (
    PAGE_PARAMETER,
    PAGE_SIZE_PARAMETERS,
    Page,
    computes,
    headers_for,
    items_of,
    link_relations,
    list_location,
    recorded_page_size,
    with_items,
)
from .responses import (
    MockResponse,
    complete_headers,
    content_type,
    encode_json,
    from_fixture,
    generated,
)
from .routing import Resolution, Routes, normalize
from .surfaces import MockSurface, load_surfaces
from .validation import IncomingRequest, Problem, validate

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

log = logging.getLogger("semaphore_spec.mock")


@dataclass(frozen=True)
class HttpRequest:
    """A request as the mock sees it, independent of how it arrived."""

    method: str
    scheme: str
    host: str  # the Host header (with port), for absolute links back to the mock
    raw_path: str  # percent-encoded, as sent
    query_string: str
    headers: Mapping[str, str]  # lower-case names
    body: bytes = b""


@dataclass(frozen=True)
class Exchange:
    """What happened to one request; handed to the response hook and logged."""

    request: HttpRequest
    surface: str | None
    operation_id: str | None
    # fixture | generated | rejected (invalid request) | unauthenticated | unanswered (no
    # operation at that path and method) | refused (a `Prefer` the mock cannot honour)
    outcome: str
    fixture: str | None = None
    problems: tuple[Problem, ...] = ()


ResponseHook = Callable[[Exchange, MockResponse], MockResponse]


class MockApp:
    """The ASGI application (see the module docstring)."""

    def __init__(
        self, surfaces: list[MockSurface], *, response_hook: ResponseHook | None = None
    ) -> None:
        self.surfaces = surfaces
        self.routes = Routes(surfaces)
        self.response_hook = response_hook

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """ASGI entry point: `lifespan` and `http` scopes."""
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        body = bytearray()
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        request = _from_scope(scope, bytes(body))
        response = self.respond(request)
        headers, content = wire(request, response)
        raw = [(name.lower().encode("latin-1"), value.encode("utf-8")) for name, value in headers]
        await send({"type": "http.response.start", "status": response.status, "headers": raw})
        await send({"type": "http.response.body", "body": content})

    def respond(self, request: HttpRequest) -> MockResponse:
        """The mock's answer to `request` (after the response hook)."""
        exchange, response = self._answer(request)
        if self.response_hook is not None:
            response = self.response_hook(exchange, response)
        log.info(
            "%s %s -> %d (%s%s)",
            request.method,
            request.raw_path + (f"?{request.query_string}" if request.query_string else ""),
            response.status,
            exchange.outcome,
            f" {exchange.fixture}" if exchange.fixture else "",
        )
        return response

    def _answer(self, request: HttpRequest) -> tuple[Exchange, MockResponse]:
        resolution = self.routes.resolve(request.method, request.raw_path)
        surface, view = resolution.surface, resolution.view
        if surface is None or view is None:
            name = surface.name if surface else None
            return Exchange(request, name, None, "unanswered"), errors.unanswered(resolution)

        def exchange(outcome: str, **more: Any) -> Exchange:
            return Exchange(request, surface.name, view.operation_id, outcome, **more)

        query = parse_qs(request.query_string, keep_blank_values=True)
        outcome = check(surface.schemes, query, request.headers)
        if outcome is AuthOutcome.MISSING or (
            outcome is AuthOutcome.MULTIPLE and surface.conventions.multiple_credentials
        ):
            return exchange("unauthenticated"), errors.unauthenticated(surface, view, outcome)

        incoming = IncomingRequest(
            path_params=resolution.path_params,
            query=query,
            headers=request.headers,
            cookies=_cookies(request.headers.get("cookie", "")),
            body=request.body,
        )
        parsed, problems = validate(surface.document, view, incoming)
        if problems:
            response = errors.rejection(surface, view, problems)
            return exchange("rejected", problems=tuple(problems)), response

        answer = self._serve(
            request, resolution, surface, view, query, parsed.parameters, parsed.body
        )
        if isinstance(answer, str):
            return exchange("refused"), _refuse(answer)
        match, response, spec = answer
        if view.pagination and 200 <= response.status < 300:
            _paginate(surface, view, request, resolution, parsed.parameters, match, response)
        complete_headers(surface.document, surface.generator, spec, response)
        if match is None:
            return exchange("generated"), response
        return exchange("fixture", fixture=match.fixture.file), response

    @staticmethod
    def _serve(
        request: HttpRequest,
        resolution: Resolution,
        surface: MockSurface,
        view: OperationView,
        query: Mapping[str, list[str]],
        parameters: Mapping[tuple[str, str], Any],
        body: Any,
    ) -> tuple[Match | None, MockResponse, Located | None] | str:
        """The fixture (or the generated answer) for a valid request, or why there is none."""
        credentials = frozenset(s.param.lower() for s in surface.schemes if s.location == "query")
        facts = RequestFacts(
            path=unquote(resolution.relative),
            query={k: v for k, v in query.items() if k.lower() not in credentials},
            body=body,
            defaults=_query_defaults(view),
        )
        fixtures = surface.fixtures.get(view.operation_id, [])
        prefer = _prefer(request.headers.get("prefer", ""))
        match: Match | None
        if "example" in prefer:
            fixture = by_name(fixtures, prefer["example"])
            if fixture is None:
                return f"{view.operation_id} has no fixture named {prefer['example']!r}"
            match, status = Match(fixture, exact=False), fixture.status
        elif "code" in prefer:
            status = int(prefer["code"]) if prefer["code"].isdigit() else 0
            if not view.documents(status):
                return f"{view.operation_id} documents no {prefer['code']} response"
            match = choose(fixtures, facts, credentials, status=status)
        else:
            match = choose(fixtures, facts, credentials)
            status = match.fixture.status if match else _success_status(view)
        key = view.response_key(status)
        spec = view.responses[key] if key else None
        if match is not None:
            return match, from_fixture(match.fixture), spec
        if spec is None:
            return f"{view.operation_id} documents no answer"
        return None, generated(surface.document, surface.generator, status, spec), spec


def create_app(
    root: Path,
    surfaces: list[str] | None = None,
    *,
    response_hook: ResponseHook | None = None,
) -> MockApp:
    """The mock of `surfaces` (all published ones when None) of the project at `root`."""
    return MockApp(load_surfaces(root, surfaces), response_hook=response_hook)


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return


def wire(request: HttpRequest, response: MockResponse) -> tuple[list[tuple[str, str]], bytes]:
    """The headers (with Content-Length) and body to send for `response`."""
    headers = [*response.headers, ("Content-Length", str(len(response.content)))]
    # A HEAD answer says how long the GET body is, and sends none.
    return headers, b"" if request.method.upper() == "HEAD" else response.content


def fold_headers(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Headers by lower-case name; repeated ones fold into one, comma-separated
    (RFC 9110 section 5.3)."""
    headers: dict[str, str] = {}
    for raw_name, value in pairs:
        name = raw_name.lower()
        headers[name] = f"{headers[name]}, {value}" if name in headers else value
    return headers


def _from_scope(scope: Scope, body: bytes) -> HttpRequest:
    headers = fold_headers(
        (name.decode("latin-1"), value.decode("latin-1"))
        for name, value in scope.get("headers") or []
    )
    raw_path = scope.get("raw_path")
    path = raw_path.decode("latin-1") if raw_path else str(scope.get("path") or "/")
    host = headers.get("host")
    if not host:
        server = scope.get("server") or ("localhost", None)
        host = f"{server[0]}:{server[1]}" if server[1] else str(server[0])
    return HttpRequest(
        method=str(scope["method"]).upper(),
        scheme=str(scope.get("scheme") or "http"),
        host=host,
        raw_path=path.split("?", 1)[0],
        query_string=(scope.get("query_string") or b"").decode("latin-1"),
        headers=headers,
        body=body,
    )


def _cookies(header: str) -> dict[str, str]:
    jar: SimpleCookie = SimpleCookie()
    try:
        jar.load(header)
    except CookieError:
        return {}
    return {name: morsel.value for name, morsel in jar.items()}


def _prefer(header: str) -> dict[str, str]:
    """`Prefer: code=404, example=200-running` -> {"code": "404", "example": "200-running"}."""
    found: dict[str, str] = {}
    for part in re.split(r"[,;]", header):
        name, _, value = part.strip().partition("=")
        if name.strip() in ("code", "example") and value.strip():
            found[name.strip()] = value.strip().strip('"')
    return found


def _refuse(message: str) -> MockResponse:
    """The mock's own complaint about a `Prefer` it cannot honour (not the API's words)."""
    return MockResponse(
        400,
        [("Content-Type", content_type("text/plain"))],
        f"semaphore-spec mock: {message}".encode(),
    )


def _success_status(view: OperationView) -> int:
    documented = sorted(int(k) for k in view.responses if k.isdigit())
    return next((s for s in documented if 200 <= s < 300), documented[0] if documented else 200)


def _query_defaults(view: OperationView) -> dict[str, str]:
    defaults: dict[str, str] = {}
    for parameter in view.parameters:
        schema = parameter.schema.node
        if parameter.location == "query" and isinstance(schema, dict) and "default" in schema:
            value = schema["default"]
            defaults[parameter.name] = (
                ("true" if value else "false") if isinstance(value, bool) else str(value)
            )
    return defaults


def _paginate(
    surface: MockSurface,
    view: OperationView,
    request: HttpRequest,
    resolution: Resolution,
    parameters: Mapping[tuple[str, str], Any],
    match: Match | None,
    response: MockResponse,
) -> None:
    """Serve one page of the list, with the style's headers pointing at the mock."""
    style = view.pagination or ""
    names = surface.pagination_headers(style)
    if not computes(names):
        return
    origin = f"{request.scheme}://{request.host}"
    prefix = resolution.mount.prefix if resolution.mount else ""
    if match is not None and match.exact:
        # The request is the recorded one: replay its headers, links turned to the mock.
        for name in names:
            value = response.header(name)
            if value is not None:
                response.set_header(name, _relink(value, prefix, origin))
        if all(response.header(name) is not None for name in names if name.lower() != "link"):
            return
    try:
        body = response.json()
    except ValueError:
        return
    location = list_location(body)
    items = items_of(body, location) if location is not None else []
    page_param = str(surface.pagination_fact(style, "page_param") or PAGE_PARAMETER)
    number = _page_number(parameters.get(("query", page_param)))
    size = next(
        (parameters[("query", n)] for n in PAGE_SIZE_PARAMETERS if ("query", n) in parameters),
        None,
    )
    if size is None:
        size = _declared_default(view, PAGE_SIZE_PARAMETERS)
    if size is None and match is not None:
        size = recorded_page_size(match.fixture)
    if size is None:
        size = surface.usual_page_size(style)
    page = Page(
        number=number if isinstance(number, int) and number > 0 else 1,
        size=size if isinstance(size, int) and size > 0 else max(len(items), 1),
        total=len(items),
    )
    if location is not None:
        response.content = encode_json(with_items(body, location, page.slice(items)))
    query = parse_qs(request.query_string, keep_blank_values=True)
    path = normalize(request.raw_path)

    def url_for_page(number: int) -> str:
        pairs = sorted(
            [(k, v) for k, values in query.items() if k != page_param for v in values]
            + [(page_param, str(number))]
        )
        return f"{origin}{path}?{urlencode(pairs)}"

    for name in names:
        response.remove_header(name)
    relations = link_relations(style, surface.pagination_fact(style, "link_relations"))
    for name, value in headers_for(style, names, page, url_for_page, relations).items():
        response.headers.append((name, value))


def _page_number(value: Any) -> int | None:
    """A page number from an int parameter or a page token (the mock's tokens are numbers)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    # ASCII digits only: `str.isdigit` also accepts `³`, which `int` refuses.
    if isinstance(value, str) and value.isascii() and value.isdigit():
        return int(value)
    return None


def _declared_default(view: OperationView, names: tuple[str, ...]) -> int | None:
    for name in names:
        parameter = view.parameter("query", name)
        if parameter is not None and isinstance(parameter.schema.node, dict):
            default = parameter.schema.node.get("default")
            if isinstance(default, int) and not isinstance(default, bool):
                return default
    return None


def _relink(value: str, prefix: str, origin: str) -> str:
    """Recorded link URLs under the surface's path, re-pointed at the mock's origin."""

    def swap(found: re.Match[str]) -> str:
        parts = urlsplit(found.group(1))
        if parts.path == prefix or parts.path.startswith(prefix + "/"):
            mock = urlsplit(origin)
            return "<" + urlunsplit((mock.scheme, mock.netloc, parts.path, parts.query, "")) + ">"
        return found.group(0)

    return re.sub(r"<([^>]*)>", swap, value)
