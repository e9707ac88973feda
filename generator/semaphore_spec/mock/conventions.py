"""How each surface's real servers answer what no single operation of the spec pins
down, as the registry's `conventions` say (the 401 for a missing token, the refusal of
two tokens at once, unknown routes and wrong methods, and the statuses and media types
of rejected requests), in the form the mock serves.

`_STATUSES` is the mock's own policy for which documented status answers a problem in
each part of a request; a surface's `conventions.statuses` overrides it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field

from ..registry import CannedResponse, Surface


@dataclass(frozen=True)
class Canned:
    """A fixed response: status, media type (None: no Content-Type) and body."""

    status: int
    media_type: str | None
    content: bytes

    @classmethod
    def from_registry(cls, facts: CannedResponse) -> Canned:
        """From a registry answer: a JSON body, a text body, or none."""
        if facts.json_ is not None:
            return cls(facts.status, "application/json", json.dumps(facts.json_).encode())
        if facts.text is not None:
            return cls(facts.status, "text/plain", facts.text.encode())
        return cls(facts.status, None, b"")


@dataclass(frozen=True)
class RouteRule:
    """What a path under some prefixes of the surface gets when nothing answers it."""

    prefixes: tuple[str, ...]  # relative to the surface's base path; empty: every path
    not_found: Canned
    wrong_method: Canned

    def covers(self, path: str) -> bool:
        """Whether `path` (relative to the base path) falls under this rule."""
        # Plain string prefixes, as the real ingress matches them (`/pipelinesX` too).
        return not self.prefixes or any(path.startswith(prefix) for prefix in self.prefixes)


@dataclass(frozen=True)
class Conventions:
    """One surface's conventions (see the module docstring)."""

    unauthenticated: Canned
    multiple_credentials: Canned | None
    routes: tuple[RouteRule, ...]
    # problem location (path, query, header, body, malformed, media) -> statuses to try
    statuses: Mapping[str, tuple[int, ...]]
    media_types: tuple[str, ...]  # preferred media types of rejection bodies
    messages: Mapping[str, str] = field(default_factory=dict)  # location -> message template
    error_codes: Mapping[str, str] = field(default_factory=dict)  # problem kind -> code

    def route_rule(self, path: str) -> RouteRule:
        """The rule for an unanswered `path` (relative to the base path)."""
        for rule in self.routes:
            if rule.covers(path):
                return rule
        return self.routes[-1]


_STATUSES: dict[str, list[int]] = {
    # A malformed id in a path names nothing: most servers look it up and find nothing.
    "path": [404, 400, 422],
    "query": [400, 422, 404],
    "header": [400, 422],
    "body": [422, 400],
    "malformed": [400, 422],
    "media": [415, 400, 422],
    # A body past the mock's size limit (`limits`): the body parsers' 413 unless the
    # operation documents only 400 for a bad body.
    "too-large": [413, 400],
}


def conventions_for(surface: Surface) -> Conventions:
    """The conventions of `surface`, from its registry entry."""
    facts = surface.conventions
    routes = tuple(
        RouteRule(
            prefixes=tuple(rule.prefixes),
            not_found=Canned.from_registry(rule.not_found),
            wrong_method=Canned.from_registry(rule.wrong_method or rule.not_found),
        )
        for rule in facts.routes
    )
    statuses = {key: tuple(value) for key, value in _STATUSES.items()}
    statuses.update({k: tuple(v) for k, v in facts.statuses.items()})
    multiple = facts.multiple_credentials
    return Conventions(
        unauthenticated=Canned.from_registry(facts.unauthenticated),
        multiple_credentials=Canned.from_registry(multiple) if multiple else None,
        routes=routes,
        statuses=statuses,
        media_types=tuple(facts.media_types),
        messages=dict(facts.messages),
        error_codes=dict(facts.error_codes),
    )
