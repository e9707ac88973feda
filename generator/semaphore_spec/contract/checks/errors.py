"""`ErrorBodyFormat`: every error answer explains itself in its surface's format.

Each surface's spec documents its error bodies (v1 `{"error": ...}`, v1alpha plain
text, a JSON string literal or a gRPC status, v2 `{"message": ...}`). Schemathesis
validates a JSON body against that schema, but a schema cannot say that a message
must not be empty, and a `text/plain` schema (`type: string`) accepts any text,
including a JSON document sent under the wrong media type. This check adds:

- an error answer (4xx/5xx) whose documented response has content carries a body;
- a plain-text error is plain text, not a JSON string, object or array;
- in a JSON error, the message (a JSON string body, or every required string member
  of the documented object) is not blank.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import schemathesis
from schemathesis import Case, CheckContext, Response

from ...document import resolve
from ..spec import documented_response, media_schema
from .failures import ContractFailure


@schemathesis.check
class ErrorBodyFormat:
    """4xx and 5xx answers carry a non-blank message in the documented error format."""

    def after_response(self, ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
        """Check one error answer."""
        if response.status_code < 400 or case.method.upper() == "HEAD":
            return None
        document = case.operation.schema.raw_schema
        spec = documented_response(document, case.operation.definition.raw, response.status_code)
        if spec is None or not spec.get("content"):
            return None  # undocumented statuses are status_code_conformance's business
        problem = body_problem(document, spec, response)
        if problem is not None:
            raise ContractFailure(
                operation=case.operation.label,
                title="Error body in the wrong format",
                message=f"{response.status_code} answer: {problem}",
            )
        return None


def body_problem(
    document: Mapping[str, Any], spec: Mapping[str, Any], response: Response
) -> str | None:
    """What is wrong with the error body of `response` (None when nothing is)."""
    if not response.content.strip():
        return "the body is empty; the servers always say what went wrong"
    values = response.headers.get("content-type") or []
    media_type = values[-1].split(";")[0].strip().lower() if values else ""
    try:
        text = response.content.decode("utf-8")
    except UnicodeDecodeError:
        return "the body is not UTF-8 text"
    if media_type.startswith("text/"):
        parsed = _json(text)
        if isinstance(parsed, (str, dict, list)):
            return f"a {media_type} error that is a JSON document: {text[:120]!r}"
        return None
    if "json" not in media_type:
        return None  # content_type_conformance reports media types the spec does not list
    parsed = _json(text)
    if parsed is _INVALID:
        return None  # response_schema_conformance reports JSON that does not parse
    schema = media_schema(document, spec, media_type)
    if isinstance(parsed, str):
        return None if parsed.strip() else "the error message is blank"
    if isinstance(parsed, dict) and isinstance(schema, Mapping):
        properties = resolve(document, schema.get("properties")) or {}
        for name in schema.get("required") or []:
            member = resolve(document, properties.get(name)) or {}
            value = parsed.get(name)
            if member.get("type") == "string" and isinstance(value, str) and not value.strip():
                return f"`{name}` is blank"
    return None


_INVALID: Any = object()


def _json(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return _INVALID
