"""How each surface's real servers answer what no single operation of the spec pins down.

The registry (spec/surfaces.yaml) says where a surface lives, how it authenticates and
how it paginates; the published spec says what each operation answers. What is left is
surface-wide behaviour the mock must imitate: the body of a 401 for a missing token,
the refusal of two tokens at once, what an unknown route or a wrong method gets, and
which documented status and media type a rejected request is answered with.

A surface's registry entry may carry these facts under `mock:` in the same form as
`BUILTIN` below; the registry wins. `BUILTIN` records them from
shared/reference/real-server.md and the vendor's v2 overview.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ..registry import Surface


@dataclass(frozen=True)
class Canned:
    """A fixed response: status, media type (None: no Content-Type) and body."""

    status: int
    media_type: str | None
    content: bytes

    @classmethod
    def from_facts(cls, facts: Mapping[str, Any]) -> Canned:
        """From `{status, json: <value>}` or `{status, text: <str>}` (or neither: no body)."""
        status = int(facts["status"])
        if "json" in facts:
            return cls(status, "application/json", json.dumps(facts["json"]).encode())
        if "text" in facts:
            return cls(status, "text/plain", str(facts["text"]).encode())
        return cls(status, None, b"")


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
}

BUILTIN: dict[str, dict[str, Any]] = {
    "v1": {
        # real-server.md part 2, fact 21: plain-text `Unauthorized`; errors are {"error": ...}.
        "unauthenticated": {"status": 401, "text": "Unauthorized"},
        "routes": [
            {
                "not_found": {"status": 404, "json": {"error": "Not found."}},
                "wrong_method": {"status": 404, "json": {"error": "Not found."}},
            }
        ],
        # will_paginate's InvalidPage (page < 1) is answered as 404, like a missing record.
        "statuses": {"query": [404, 400, 422]},
        "media_types": ["application/json", "text/plain"],
    },
    "v1alpha": {
        # The ingress answers a missing token; the v1alpha service answers `oops` for an
        # unknown route or wrong method under its prefixes (never 405); the jobs gateway
        # (grpc-gateway v2) answers gRPC-status JSON: NOT_FOUND, and UNIMPLEMENTED with
        # HTTP 405 for a wrong method (its routing error handler keeps the 405 since
        # v2.10; real-server.md's 501 is marked inferred); any other path gets Envoy's 404.
        "unauthenticated": {"status": 401, "text": "Unauthorized"},
        "routes": [
            {
                "prefixes": ["/jobs", "/workflows", "/dashboards", "/notifications"],
                "not_found": {
                    "status": 404,
                    "json": {"code": 5, "message": "Not Found", "details": []},
                },
                "wrong_method": {
                    "status": 405,
                    "json": {"code": 12, "message": "Method Not Allowed", "details": []},
                },
            },
            {
                "prefixes": [
                    "/plumber-workflows",
                    "/pipelines",
                    "/yaml",
                    "/deployment_targets",
                    "/promotions",
                    "/self_hosted_agent_types",
                    "/agents",
                    "/logs",
                    "/artifacts_retention_policies",
                    # issue 17 part B: the people, artifacts and troubleshoot prefixes;
                    # under /projects the project service (projecthub) answers `oops` too.
                    "/projects",
                    "/artifacts",
                    "/troubleshoot",
                    "/members",
                    "/roles",
                    "/role_bindings",
                    "/permissions",
                    "/groups",
                    "/service_accounts",
                ],
                "not_found": {"status": 404, "text": "oops"},
                "wrong_method": {"status": 404, "text": "oops"},
            },
            {"not_found": {"status": 404}, "wrong_method": {"status": 404}},
        ],
        # Parameter checks of the v1alpha service answer in plain text.
        "media_types": ["text/plain", "application/json"],
        "messages": {"malformed": "Malformed request: {detail}"},
    },
    "v2": {
        # The v2 overview: error bodies are {"message": ...}, 422 adds `errors`.
        "unauthenticated": {"status": 401, "json": {"message": "Invalid authentication token."}},
        "multiple_credentials": {
            "status": 401,
            "json": {"message": "Multiple authentication tokens provided."},
        },
        "routes": [
            {
                "not_found": {"status": 404, "json": {"message": "Not Found"}},
                "wrong_method": {"status": 404, "json": {"message": "Not Found"}},
            }
        ],
        "media_types": ["application/json"],
        "messages": {
            "malformed": "Problems parsing JSON",
            "body": "Validation Failed",
            "media": "Problems parsing JSON",
            "path": "Not Found",
        },
        "error_codes": {
            "missing": "missing_field",
            "invalid": "not_valid",
            "unexpected": "unpermitted_parameter",
        },
    },
}

# A surface nobody has described yet still gets sensible answers.
_GENERIC: dict[str, Any] = {
    "unauthenticated": {"status": 401, "text": "Unauthorized"},
    "routes": [{"not_found": {"status": 404, "text": "Not Found"}}],
    "media_types": ["application/json", "text/plain"],
}


def conventions_for(surface: Surface) -> Conventions:
    """The conventions of `surface`: its registry entry's `mock:`, else the built-in ones."""
    facts: Mapping[str, Any] = surface.facts.get("mock") or BUILTIN.get(surface.name) or _GENERIC
    routes = tuple(
        RouteRule(
            prefixes=tuple(str(prefix) for prefix in rule.get("prefixes") or ()),
            not_found=Canned.from_facts(rule["not_found"]),
            wrong_method=Canned.from_facts(rule.get("wrong_method") or rule["not_found"]),
        )
        for rule in facts["routes"]
    )
    statuses = {key: tuple(value) for key, value in _STATUSES.items()}
    statuses.update({k: tuple(v) for k, v in (facts.get("statuses") or {}).items()})
    multiple = facts.get("multiple_credentials")
    return Conventions(
        unauthenticated=Canned.from_facts(facts["unauthenticated"]),
        multiple_credentials=Canned.from_facts(multiple) if multiple else None,
        routes=routes,
        statuses=statuses,
        media_types=tuple(facts.get("media_types") or ("application/json",)),
        messages=dict(facts.get("messages") or {}),
        error_codes=dict(facts.get("error_codes") or {}),
    )
