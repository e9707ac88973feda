"""Refusals in each surface's own words: missing tokens, unknown routes, bad requests.

A request that fails validation is answered with a status the operation documents,
chosen by the surface's conventions for where the problem is (a path id, a query
parameter, the body); the body takes the documented response's media type and
shape, using the operation's recorded fixture of that status as the template where
there is one, with the message (and, for v2, the `errors` list) describing the
actual problems.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Mapping
from typing import Any

from .auth import AuthOutcome
from .document import Located, OperationView
from .responses import (
    MockResponse,
    complete_headers,
    content_type,
    encode_json,
    from_canned,
)
from .routing import Resolution
from .surfaces import MockSurface
from .validation import Problem

# Which problems speak first when a request has several.
_ORDER = {"path": 0, "header": 1, "cookie": 1, "query": 2, "body": 3}
_NOT_FOUND = MockResponse(404, [("Content-Type", "text/plain; charset=utf-8")], b"Not Found")
# Refusals rendered so far, by surface, operation and problems: the same bad request
# (a test suite sends the same ones again and again) is rendered once. Emptied when
# full, like the other per-mock caches.
_REJECTIONS: dict[tuple[int, str, tuple[Problem, ...]], tuple[MockSurface, MockResponse]] = {}
_REJECTIONS_MAX = 4096


def unanswered(resolution: Resolution) -> MockResponse:
    """An unknown path, or a known path with a method it does not take."""
    surface = resolution.surface
    if surface is None or resolution.mount is None:
        return MockResponse(_NOT_FOUND.status, list(_NOT_FOUND.headers), _NOT_FOUND.content)
    conventions = surface.conventions
    if resolution.mount.prefix == surface.base_path:
        rule = conventions.route_rule(resolution.relative)
    else:
        # Outside the surface's base path only the catch-all rule applies.
        rule = conventions.routes[-1]
    return from_canned(rule.wrong_method if resolution.wrong_method else rule.not_found)


def unauthenticated(
    surface: MockSurface, view: OperationView, outcome: AuthOutcome
) -> MockResponse:
    """The 401 for a request with no token, or (where refused) with several."""
    conventions = surface.conventions
    canned = conventions.unauthenticated
    if outcome is AuthOutcome.MULTIPLE and conventions.multiple_credentials is not None:
        canned = conventions.multiple_credentials
    response = from_canned(canned)
    key = view.response_key(response.status)
    spec = view.responses[key] if key else None
    complete_headers(surface.document, surface.generator, spec, response)
    return response


def describe(problem: Problem) -> str:
    """One sentence about `problem`."""
    if problem.location == "body":
        where = f"body field '{problem.name}'" if problem.name else "request body"
    else:
        where = f"{problem.location} parameter '{problem.name}'"
    return f"{where}: {problem.detail}"


def rejection(surface: MockSurface, view: OperationView, problems: list[Problem]) -> MockResponse:
    """The answer to a request that does not conform to its operation (a fresh copy:
    callers add headers to it)."""
    key = (id(surface), view.operation_id, tuple(problems))
    found = _REJECTIONS.get(key)
    if found is None or found[0] is not surface:
        if len(_REJECTIONS) >= _REJECTIONS_MAX:
            _REJECTIONS.clear()
        found = _REJECTIONS[key] = (surface, _rejection(surface, view, problems))
    rendered = found[1]
    return MockResponse(rendered.status, list(rendered.headers), rendered.content)


def _rejection(surface: MockSurface, view: OperationView, problems: list[Problem]) -> MockResponse:
    problems = sorted(problems, key=lambda p: _ORDER.get(p.location, 9))
    group = problems[0].group
    conventions = surface.conventions
    candidates = conventions.statuses.get(group) or (400,)
    # A documented status keeps the answer within the spec; if the operation documents
    # none of them, the surface's usual one is still the honest answer.
    status = next((s for s in candidates if view.documents(s)), candidates[0])
    key = view.response_key(status)
    spec = view.responses[key] if key else None

    detail = describe(problems[0])
    if len(problems) > 1:
        detail += f" (and {len(problems) - 1} more)"
    template = conventions.messages.get(group)
    message = template.format(detail=detail) if template else detail

    response = _render(surface, view, status, spec, message, problems)
    complete_headers(surface.document, surface.generator, spec, response)
    return response


def _render(
    surface: MockSurface,
    view: OperationView,
    status: int,
    spec: Located | None,
    message: str,
    problems: list[Problem],
) -> MockResponse:
    documented = {m.name: m for m in surface.document.response_media(spec)} if spec else {}
    fixtures = [f for f in surface.fixtures.get(view.operation_id, []) if f.status == status]
    fixtures.sort(key=lambda f: f.variant is not None)  # the documented example first
    preferred = [m for m in surface.conventions.media_types if m in documented]
    recorded = [f.content_type for f in fixtures if f.content_type in documented]
    media_type = next(iter(preferred + recorded + list(documented)), None)
    if media_type is None:
        return _undocumented(surface, status, message)
    response = MockResponse(status, [("Content-Type", content_type(media_type))])
    if "json" not in media_type:
        response.content = message.encode("utf-8")
        return response
    template = next(
        (
            f.response["body"]
            for f in fixtures
            if f.content_type == media_type and "body" in f.response
        ),
        None,
    )
    body = _json_body(surface, documented[media_type].schema, template, message, problems)
    response.content = encode_json(body)
    return response


def _undocumented(surface: MockSurface, status: int, message: str) -> MockResponse:
    """A status the operation does not document: say it like the surface's own 404."""
    canned = surface.conventions.routes[-1].not_found
    response = from_canned(canned)
    response.status = status
    if canned.media_type and "json" in canned.media_type:
        response.content = encode_json(_fill(json.loads(canned.content), message, [], {}))
    elif canned.media_type:
        response.content = message.encode("utf-8")
    return response


def _json_body(
    surface: MockSurface,
    schema: Located | None,
    template: Any,
    message: str,
    problems: list[Problem],
) -> Any:
    """The error body: the recorded (or generated) one, carrying this request's message."""
    document = surface.document
    if schema is None:
        return message if template is None else template
    if template is None or not document.is_valid(template, schema):
        template = surface.generator.example(schema)
    if isinstance(template, str):
        return message  # a JSON string literal, as the v1alpha service sends its errors
    body = _fill(copy.deepcopy(template), message, problems, surface.conventions.error_codes)
    return body if document.is_valid(body, schema) else template


def _fill(body: Any, message: str, problems: list[Problem], codes: Mapping[str, str]) -> Any:
    """Put `message` (and one `errors` item per problem) into an error object."""
    if not isinstance(body, dict):
        return body
    for key in ("message", "error"):
        if isinstance(body.get(key), str):
            body[key] = message
    items = body.get("errors")
    if codes and isinstance(items, list) and items and isinstance(items[0], dict):
        shape = items[0]
        body["errors"] = [
            {
                **shape,
                **({"field": problem.name or ""} if "field" in shape else {}),
                **({"code": codes.get(problem.kind, shape["code"])} if "code" in shape else {}),
            }
            for problem in problems
        ]
    return body
