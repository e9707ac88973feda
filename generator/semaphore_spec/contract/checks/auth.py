"""`CredentialsRequired`: the server takes the token where the spec says, and only there.

Schemathesis' own `ignored_auth` also sends a made-up token and expects a refusal,
which only a server that knows the real token can give (the mock accepts any
token). This check probes what any server must do, once per operation and run,
after the first successful answer:

- the same request without credentials is refused with 401 (the registry's standard
  response), in the documented format;
- each other documented way of sending the token (v1alpha `Bearer`, v2 `auth_token`)
  is accepted;
- where the surface refuses two tokens at once (v2), the token in every place at
  once is refused with 401.

The probes are recorded with the case, so reports and cassettes show them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, NoReturn

import schemathesis
from requests.structures import CaseInsensitiveDict
from schemathesis import Case, CheckContext, Response
from schemathesis.core.failures import FailureGroup
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from ..spec import documented_response, security_alternatives, security_scheme
from .errors import body_problem
from .failures import ContractFailure
from .probe import send

REFUSED = (401, 403)
_HTTP_PREFIXES = {"bearer": "Bearer "}


@dataclass(frozen=True)
class Place:
    """Where one security scheme puts the token."""

    scheme: str
    location: str  # header | query
    name: str
    prefix: str

    def read(self, case: Case[Any]) -> str | None:
        """The token this place holds in `case`, if any."""
        if self.location == "query":
            value = case.query.get(self.name) if case.query else None
            return value if isinstance(value, str) and value else None
        headers = CaseInsensitiveDict(case.headers or {})
        value = headers.get(self.name)
        if not isinstance(value, str) or value[: len(self.prefix)].lower() != self.prefix.lower():
            return None
        return value[len(self.prefix) :].strip() or None


def places(document: Mapping[str, Any], operation: Mapping[str, Any]) -> list[Place]:
    """Every place the operation's security alternatives put a token, in spec order."""
    found: list[Place] = []
    for requirement in security_alternatives(document, operation):
        for name in requirement:
            definition = security_scheme(document, name)
            if definition.get("type") == "apiKey" and definition.get("in") in ("header", "query"):
                prefix = str(definition.get("x-semaphore-token-prefix") or "")
                place = Place(name, str(definition["in"]), str(definition["name"]), prefix)
            elif definition.get("type") == "http" and str(definition.get("scheme")).lower() in (
                _HTTP_PREFIXES
            ):
                prefix = _HTTP_PREFIXES[str(definition["scheme"]).lower()]
                place = Place(name, "header", "Authorization", prefix)
            else:
                continue
            found.append(place)
    return found


@schemathesis.check
class CredentialsRequired:
    """Requests without the token are refused; every documented way of sending it works."""

    def __init__(self, multiple_refused: bool = False) -> None:
        # Whether the surface refuses a request that carries the token in two places.
        self.multiple_refused = multiple_refused
        self.verified: set[str] = set()

    def after_response(self, ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
        """Probe the operation once, after its first successful answer."""
        label = case.operation.label
        meta = case.meta
        if (
            label in self.verified
            or not 200 <= response.status_code < 300
            or (meta is not None and meta.generation.mode.is_negative)
        ):
            return None
        document = case.operation.schema.raw_schema
        spots = places(document, case.operation.definition.raw)
        token = next((t for t in (p.read(case) for p in spots) if t is not None), None)
        if token is None:
            return None  # no configured credentials to take away or move
        self.verified.add(label)
        stripped = _without(case, spots)
        answer = send(ctx, case, stripped)
        if answer.status_code not in REFUSED:
            _fail(
                label,
                stripped,
                "Request without credentials accepted",
                f"Without a token the answer is {answer.status_code}, expected 401.",
            )
        _conforms(label, stripped, answer)
        for place in spots:
            if place.read(case) is not None:
                continue  # the way the run sends it, which just worked
            moved = _with(stripped, [place], token)
            answer = send(ctx, case, moved)
            if answer.status_code in REFUSED:
                _fail(
                    label,
                    moved,
                    f"Token refused in `{place.scheme}`",
                    f"With the token sent the `{place.scheme}` way ({place.location} "
                    f"`{place.name}`) the answer is {answer.status_code}.",
                )
        distinct = {(p.location, p.name.lower()): p for p in spots}
        if self.multiple_refused and len(distinct) > 1:
            both = _with(stripped, list(distinct.values()), token)
            answer = send(ctx, case, both)
            if answer.status_code != 401:
                _fail(
                    label,
                    both,
                    "Token accepted in several places at once",
                    f"With the token in {len(distinct)} places the answer is "
                    f"{answer.status_code}, expected 401.",
                )
            _conforms(label, both, answer)
        return None


def _without(case: Case[Any], spots: list[Place]) -> Case[Any]:
    headers = CaseInsensitiveDict(case.headers or {})
    query = dict(case.query or {})
    for place in spots:
        if place.location == "query":
            query.pop(place.name, None)
        else:
            headers.pop(place.name, None)
    return case.derive(headers=headers, query=query)


def _with(case: Case[Any], spots: list[Place], token: str) -> Case[Any]:
    headers = CaseInsensitiveDict(case.headers or {})
    query = dict(case.query or {})
    for place in spots:
        if place.location == "query":
            query[place.name] = token
        else:
            headers[place.name] = f"{place.prefix}{token}"
    return case.derive(headers=headers, query=query)


def _conforms(label: str, probe: Case[Any], answer: Response) -> None:
    """The refusal itself follows the spec: documented status, media type, schema, message."""
    try:
        probe.validate_response(
            answer,
            checks=[status_code_conformance, content_type_conformance, response_schema_conformance],
        )
    except (AssertionError, FailureGroup) as exc:
        _fail(label, probe, "Refusal breaks the spec", str(exc))
    spec = _documented(probe, answer.status_code)
    if spec is not None and spec.get("content"):
        problem = body_problem(probe.operation.schema.raw_schema, spec, answer)
        if problem is not None:
            _fail(
                label, probe, "Error body in the wrong format", f"{answer.status_code}: {problem}"
            )


def _documented(case: Case[Any], status: int) -> Mapping[str, Any] | None:
    document = case.operation.schema.raw_schema
    return documented_response(document, case.operation.definition.raw, status)


def _fail(label: str, probe: Case[Any], title: str, message: str) -> NoReturn:
    raise ContractFailure(operation=label, title=title, message=message, case_id=probe.id)
