"""The mock server as an ASGI application.

`create_app(root)` serves every surface that has a published spec (or those named),
each under its own base path. Every request goes through the same steps, each in its
own module: routing (`routing`), credentials (`auth`), validation against the spec
(`validation`, refusals from `errors`), the choice of a recorded fixture (`matching`)
or an answer generated from the schema (`examples`), and pagination (`pagination`).

`Prefer: code=<status>` or `Prefer: example=<fixture name>` asks for a particular
documented answer of a valid request (as Prism does), e.g. a recorded 500. Without it,
any accepted token has every permission: a recorded 401 or 403 never answers on its
own (`matching`), and a body cursor no recording has is answered past the recorded
pages (`paging`).

A `response_hook` sees every exchange and may replace the response: the seam for
injecting one deliberate fault into an otherwise faithful mock. The answer before the
hook is remembered per distinct request (`answers`): it depends on nothing else.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Awaitable, Callable, Iterable, Mapping, MutableMapping
from http.cookies import CookieError, SimpleCookie
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote

from . import errors
from .answers import AnsweredRequests
from .auth import AuthOutcome, check
from .document import Located, OperationView
from .exchange import Exchange, HttpRequest
from .hosts import public_origin, safe_host, server_host
from .limits import BodyTimeout, Limits, body_problem, read_body
from .matching import Match, RememberedChoices, RequestFacts, by_name, choose
from .pagination import cursor_positions
from .paging import paginate
from .responses import (
    MockResponse,
    complete_headers,
    content_type,
    from_fixture,
    generated,
)
from .routing import Resolution, Routes
from .surfaces import MockSurface, load_surfaces
from .validation import IncomingRequest, ParsedRequest, Problem, validate

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

log = logging.getLogger("semaphore_spec.mock")
__all__ = ["Exchange", "HttpRequest", "MockApp", "ResponseHook", "create_app"]


ResponseHook = Callable[[Exchange, MockResponse], MockResponse]


class MockApp:
    """The ASGI application (see the module docstring)."""

    def __init__(
        self,
        surfaces: list[MockSurface],
        *,
        response_hook: ResponseHook | None = None,
        limits: Limits | None = None,
        public_url: str | None = None,
    ) -> None:
        self.surfaces = surfaces
        self.routes = Routes(surfaces)
        self.choices = RememberedChoices()
        self.answered = AnsweredRequests()
        self.response_hook = response_hook
        self.limits = limits or Limits()
        self.public: tuple[str, str] | None = None
        if public_url is not None:
            self.set_public_url(public_url)

    def set_public_url(self, url: str) -> None:
        """Write `url`'s origin into the links the mock sends, whatever the `Host`."""
        self.public = public_origin(url)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """ASGI entry point: `lifespan` and `http` scopes."""
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        try:
            body = await read_body(receive, self.limits)
        except BodyTimeout:
            response = refuse(f"no request body for {self.limits.body_timeout:g} s", 408)
            response.headers += [
                ("Connection", "close"),
                ("Content-Length", str(len(response.content))),
            ]
            await _send(send, response, response.content)
            return
        if body is None:
            return
        request = _from_scope(scope, body)
        response = self.respond(request)
        headers, content = wire(request, response)
        await _send(send, dataclasses.replace(response, headers=headers), content)

    def respond(self, request: HttpRequest) -> MockResponse:
        """The mock's answer to `request` (after the response hook)."""
        # The limits and public URL are read as they are now, should a caller change them.
        context = (self.limits, self.public)
        exchange, response = self.answered.answer(request, self._answer, context)
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
        original_host = request.host
        if self.public is not None:
            # Built anew rather than with dataclasses.replace: this runs on every request.
            request = HttpRequest(
                request.method,
                self.public[0],
                self.public[1],
                request.raw_path,
                request.query_string,
                request.headers,
                request.body,
            )
        resolution = self.routes.resolve(request.method, request.raw_path, original_host)
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
        refused = body_problem(request.body, request.headers, self.limits)
        parsed, problems = ParsedRequest(), [refused] if refused else []
        if not problems:
            try:
                parsed, problems = validate(surface.document, view, incoming)
            except RecursionError:
                # Past the body check, only a JSON-valued parameter can nest this deep.
                problems = [Problem("query", "malformed", None, "nests JSON too deeply")]
        if problems:
            response = errors.rejection(surface, view, problems)
            return exchange("rejected", problems=tuple(problems)), response

        answer = self._serve(
            request, resolution, surface, view, query, parsed.parameters, parsed.body
        )
        if isinstance(answer, str):
            return exchange("refused"), refuse(answer)
        match, response, spec = answer
        if view.pagination and 200 <= response.status < 300:
            paginate(surface, view, request, resolution, parsed.parameters, match, response)
        complete_headers(surface.document, surface.generator, spec, response)
        if match is None:
            return exchange("generated"), response
        return exchange("fixture", fixture=match.fixture.file), response

    def _serve(
        self,
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
            position=cursor_positions(surface.registry.pagination.get(view.pagination or "")),
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
            owner = (surface.name, view.operation_id)
            match = self.choices.choose(owner, fixtures, facts, credentials)
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
    limits: Limits | None = None,
    public_url: str | None = None,
) -> MockApp:
    """The mock of `surfaces` (all published ones when None) of the project at `root`."""
    return MockApp(
        load_surfaces(root, surfaces),
        response_hook=response_hook,
        limits=limits,
        public_url=public_url,
    )


async def _send(send: Send, response: MockResponse, content: bytes) -> None:
    raw = [(n.lower().encode("latin-1"), v.encode("utf-8")) for n, v in response.headers]
    await send({"type": "http.response.start", "status": response.status, "headers": raw})
    await send({"type": "http.response.body", "body": content})


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
    host = safe_host(headers.get("host"), server_host(scope.get("server")))
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


def refuse(message: str, status: int = 400) -> MockResponse:
    """The mock's own complaint (not the API's words): a `Prefer` it cannot honour, a
    body that never came."""
    return MockResponse(
        status,
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
