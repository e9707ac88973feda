"""One deliberate fault, and the mock app that carries it.

A `Fault` touches one kind of answer: the answers of some operations (all when
`operations` is empty) with a status in `statuses`, which its `change` edits; or,
for faults in how requests are read (authentication), a `rewrite` of the request
before the mock sees it. `FaultyApp` is the faithful mock with exactly one fault.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import parse_qs, parse_qsl, urlencode

from ..mock.app import Exchange, HttpRequest, MockApp
from ..mock.auth import AuthOutcome, Scheme, check
from ..mock.responses import MockResponse
from ..mock.surfaces import MockSurface
from .changes import Change

Rewrite = Callable[[HttpRequest, MockSurface], HttpRequest]
SUCCESS = range(200, 300)


@dataclass(frozen=True)
class Fault:
    """A mistake a server could make, and the checks of the contract suite that see it."""

    name: str  # `<surface>-<what>`, unique
    surface: str
    description: str
    detected_by: frozenset[str]  # checks expected to report it
    operations: frozenset[str] = frozenset()  # operationIds it touches; empty: every one
    statuses: range = SUCCESS  # answers it touches
    change: Change | None = None
    rewrite: Rewrite | None = None

    def respond(self, exchange: Exchange, response: MockResponse) -> MockResponse:
        """The response hook: the answer, with the fault when it applies."""
        if self.change is None or response.status not in self.statuses:
            return response
        if self.operations and exchange.operation_id not in self.operations:
            return response
        if exchange.operation_id is None:
            return response
        faulty = dataclasses.replace(response, headers=list(response.headers))
        self.change(faulty)
        return faulty


class FaultyApp(MockApp):
    """The mock of one surface with `fault` in it."""

    def __init__(self, surfaces: list[MockSurface], fault: Fault) -> None:
        super().__init__(surfaces, response_hook=fault.respond)
        self.fault = fault

    def respond(self, request: HttpRequest) -> MockResponse:
        """The faithful answer to the request, after the fault rewrote it."""
        if self.fault.rewrite is not None:
            request = self.fault.rewrite(request, self.surfaces[0])
        return super().respond(request)


def _with_credentials(request: HttpRequest, scheme: Scheme, token: str) -> HttpRequest:
    query, headers = scheme.credentials(token)
    pairs = parse_qsl(request.query_string, keep_blank_values=True) + list(query.items())
    return dataclasses.replace(
        request,
        query_string=urlencode(pairs),
        headers={**request.headers, **{name.lower(): value for name, value in headers.items()}},
    )


def _without(request: HttpRequest, scheme: Scheme) -> HttpRequest:
    if scheme.location == "query":
        pairs = [
            (k, v)
            for k, v in parse_qsl(request.query_string, keep_blank_values=True)
            if k != scheme.param
        ]
        return dataclasses.replace(request, query_string=urlencode(pairs))
    headers = {k: v for k, v in request.headers.items() if k != scheme.param.lower()}
    return dataclasses.replace(request, headers=headers)


def credentials_not_required(request: HttpRequest, surface: MockSurface) -> HttpRequest:
    """Answer a request without a token as if it had one."""
    query = parse_qs(request.query_string, keep_blank_values=True)
    if check(surface.schemes, query, request.headers) is AuthOutcome.MISSING:
        return _with_credentials(request, surface.schemes[0], "anyone")
    return request


def scheme_refused(name: str) -> Rewrite:
    """Ignore a token sent the `name` way, as a server that does not know that way."""

    def rewrite(request: HttpRequest, surface: MockSurface) -> HttpRequest:
        query = parse_qs(request.query_string, keep_blank_values=True)
        for scheme in surface.schemes:
            if scheme.name == name and scheme.token(query, request.headers) is not None:
                return _without(request, scheme)
        return request

    return rewrite


def several_credentials_accepted(request: HttpRequest, surface: MockSurface) -> HttpRequest:
    """Keep only the first of several tokens instead of refusing the request."""
    query = parse_qs(request.query_string, keep_blank_values=True)
    if check(surface.schemes, query, request.headers) is not AuthOutcome.MULTIPLE:
        return request
    for scheme in surface.schemes[1:]:
        request = _without(request, scheme)
    return request
