"""Checking a request against its operation in the published spec.

Parameters (path, query, header, cookie) arrive as strings; each is read the way
OpenAPI serializes it (`form`/`simple`/`spaceDelimited`/`pipeDelimited` styles,
repeated query keys for exploded arrays, JSON for `content` parameters; the published
specs use no object-valued parameters) and the string is turned into the value the schema asks
for when it reads as one (`"2"` for an integer). The body is parsed by its media type
(JSON, form-encoded, or multipart form data read by `multipart`). Everything is then
validated with JSON Schema 2020-12 against the document, formats included. The result
is a list of `Problem`s: empty means the request conforms.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs

from jsonschema import ValidationError

from .document import Document, Located, OperationView, Parameter
from .multipart import MultipartError, form_fields

NO_BODY: Any = object()  # the request has no body


@dataclass(frozen=True)
class Problem:
    """One way the request fails its operation."""

    location: str  # path | query | header | cookie | body
    kind: str  # missing | invalid | unexpected | malformed | media | too-large
    name: str | None  # the parameter, or the body field as a dotted path
    detail: str  # one human-readable sentence

    @property
    def group(self) -> str:
        """The key of `Conventions.statuses` for this problem."""
        if self.kind in ("malformed", "media", "too-large"):
            return self.kind
        return self.location if self.location != "cookie" else "header"


@dataclass(frozen=True)
class IncomingRequest:
    """What the mock got, before any interpretation."""

    path_params: Mapping[str, str]
    query: Mapping[str, Sequence[str]]
    headers: Mapping[str, str]  # lower-case names
    cookies: Mapping[str, str]
    body: bytes


@dataclass
class ParsedRequest:
    """The request's values as the schema reads them."""

    parameters: dict[tuple[str, str], Any] = field(default_factory=dict)  # (in, name) -> value
    body: Any = NO_BODY
    media_type: str | None = None


def media_type_of(headers: Mapping[str, str]) -> str | None:
    """The request's media type without parameters, lower case."""
    value = headers.get("content-type")
    return value.split(";")[0].strip().lower() if value else None


def validate(
    document: Document, view: OperationView, request: IncomingRequest
) -> tuple[ParsedRequest, list[Problem]]:
    """The request's values and every problem with them (empty when it conforms)."""
    parsed = ParsedRequest()
    problems: list[Problem] = []
    for parameter in view.parameters:
        raw = _raw_values(parameter, request)
        if raw is None:
            if parameter.required:
                problems.append(
                    Problem(parameter.location, "missing", parameter.name, "is required")
                )
            continue
        value, problem = _read_parameter(document, parameter, raw)
        if problem is not None:
            problems.append(problem)
            continue
        parsed.parameters[(parameter.location, parameter.name)] = value
        problems.extend(
            _schema_problems(document, parameter.schema, value, parameter.location, parameter.name)
        )
    problems.extend(_body(document, view, request, parsed))
    return parsed, problems


def _raw_values(parameter: Parameter, request: IncomingRequest) -> list[str] | None:
    if parameter.location == "path":
        value = request.path_params.get(parameter.name)
        return None if value is None else [value]
    if parameter.location == "query":
        values = request.query.get(parameter.name)
        return list(values) if values else None
    if parameter.location == "header":
        value = request.headers.get(parameter.name.lower())
        return None if value is None else [value]
    value = request.cookies.get(parameter.name)
    return None if value is None else [value]


def _read_parameter(
    document: Document, parameter: Parameter, raw: list[str]
) -> tuple[Any, Problem | None]:
    if parameter.json_content:
        try:
            return json.loads(raw[0]), None
        except ValueError as exc:
            return None, Problem(parameter.location, "invalid", parameter.name, f"not JSON: {exc}")
    schema = document.resolve(parameter.schema)
    types = _types(document, schema)
    if "array" in types:
        if len(raw) == 1 and not (parameter.explode and parameter.style == "form"):
            separator = {"spaceDelimited": " ", "pipeDelimited": "|"}.get(parameter.style, ",")
            raw = raw[0].split(separator) if raw[0] else []
        items = schema.child("items")
        return [coerce(document, items, value) for value in raw], None
    if len(raw) > 1:
        return raw, Problem(
            parameter.location,
            "invalid",
            parameter.name,
            f"given {len(raw)} times, but it takes one value",
        )
    return coerce(document, schema, raw[0]), None


def coerce(document: Document, schema: Located, text: str) -> Any:
    """`text` as the value `schema` asks for, when it reads as one; else `text` itself."""
    schema = document.resolve(schema)
    if schema.node is None:
        return text
    candidates: list[Any] = []
    for kind in _types(document, schema):
        if kind == "integer" and re.fullmatch(r"[+-]?\d+", text):
            candidates.append(int(text))
        elif kind == "number":
            try:
                number = float(text)
            except ValueError:
                continue
            if math.isfinite(number):
                candidates.append(
                    int(number) if number.is_integer() and "." not in text else number
                )
        elif kind == "boolean" and text in ("true", "false"):
            candidates.append(text == "true")
        elif kind == "null" and text in ("", "null"):
            candidates.append(None)
    candidates.append(text)
    for candidate in candidates:
        if document.is_valid(candidate, schema):
            return candidate
    # None validates: report against the most specific reading.
    return candidates[0]


def _types(document: Document, schema: Located, depth: int = 0) -> list[str]:
    """The JSON types a schema admits, looking through `oneOf`/`anyOf`/`allOf`."""
    node = schema.node
    if not isinstance(node, dict) or depth > 8:
        return []
    declared = node.get("type")
    if isinstance(declared, str):
        return [declared]
    if isinstance(declared, list):
        return [str(kind) for kind in declared]
    found: list[str] = []
    for keyword in ("oneOf", "anyOf", "allOf"):
        for index in range(len(node.get(keyword) or [])):
            branch = document.resolve(schema.child(keyword, index))
            found.extend(k for k in _types(document, branch, depth + 1) if k not in found)
    if not found:
        if "enum" in node or "const" in node:
            values = list(node.get("enum") or []) + ([node["const"]] if "const" in node else [])
            found = sorted({_json_type(value) for value in values})
        elif "properties" in node:
            found = ["object"]
        elif "items" in node:
            found = ["array"]
    return found


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if value is None:
        return "null"
    if isinstance(value, dict):
        return "object"
    return "array" if isinstance(value, list) else "string"


def _body(
    document: Document, view: OperationView, request: IncomingRequest, parsed: ParsedRequest
) -> list[Problem]:
    declared = {media.name.lower(): media for media in view.body_media}
    media_type = media_type_of(request.headers)
    form = declared.get("application/x-www-form-urlencoded")
    if not request.body and media_type == "application/x-www-form-urlencoded" and form:
        # An empty form is a form with no fields, and its schema may require some.
        parsed.body, parsed.media_type = {}, media_type
        return _schema_problems(document, form.schema, {}, "body", None) if form.schema else []
    if not request.body:
        if view.body_required:
            # An empty body does not parse as the JSON the operation needs.
            return [Problem("body", "malformed", None, "a request body is required")]
        return []
    if not view.body_media:
        # The operation takes no body; real servers ignore one.
        return []
    if media_type is None:
        # No Content-Type: read it as the operation's first documented media type.
        media_type = next(iter(declared))
    media = declared.get(media_type) or _wildcard(declared, media_type)
    if media is None:
        return [
            Problem(
                "body",
                "media",
                None,
                f"{media_type} is not accepted (takes {', '.join(declared)})",
            )
        ]
    parsed.media_type = media_type
    if "json" in media_type:
        try:
            parsed.body = json.loads(request.body)
        except ValueError as exc:
            return [Problem("body", "malformed", None, str(exc))]
    elif media_type == "application/x-www-form-urlencoded":
        try:
            text = request.body.decode("utf-8")
        except UnicodeDecodeError as exc:
            return [Problem("body", "malformed", None, str(exc))]
        parsed.body = _form(document, media.schema, parse_qs(text, keep_blank_values=True))
    elif media_type == "multipart/form-data":
        try:
            fields = form_fields(request.headers.get("content-type", ""), request.body)
        except MultipartError as exc:
            return [Problem("body", "malformed", None, str(exc))]
        parsed.body = _form(document, media.schema, fields)
    else:
        parsed.body = request.body.decode("utf-8", errors="replace")
    if media.schema is None:
        return []
    return _schema_problems(document, media.schema, parsed.body, "body", None)


def _wildcard(declared: Mapping[str, Any], media_type: str) -> Any:
    major = media_type.split("/")[0]
    return declared.get(f"{major}/*") or declared.get("*/*")


def _form(document: Document, schema: Located | None, fields: dict[str, list[str]]) -> Any:
    """A form body as the schema reads it: one value per field unless it is an array."""
    properties: dict[str, Any] = {}
    resolved = document.resolve(schema) if schema is not None else None
    if resolved is not None and isinstance(resolved.node, dict):
        properties = resolved.node.get("properties") or {}
    out: dict[str, Any] = {}
    for name, values in fields.items():
        if resolved is not None and name in properties:
            prop = document.resolve(resolved.child("properties", name))
            if "array" in _types(document, prop):
                out[name] = [coerce(document, prop.child("items"), v) for v in values]
                continue
            value = coerce(document, prop, values[-1])
        else:
            value = values[-1]
        out[name] = value if len(values) == 1 else values
    return out


def _schema_problems(
    document: Document, schema: Located, value: Any, location: str, name: str | None
) -> list[Problem]:
    if document.compiled.accepts(value, schema.pointer):
        return []  # jsonschema would find nothing either (see compiled.py)
    # jsonschema's messages for a refused parameter value, worked out once per value: a
    # refused value is what test suites send again and again, and jsonschema is slow.
    scalar = value is None or isinstance(value, str | int | float)
    key = (id(document), schema.pointer, type(value), value, location, name) if scalar else None
    found = _PROBLEMS.get(key) if key else None
    if found is not None and found[0] is document:
        return list(found[1])
    errors = sorted(document.validator(schema).iter_errors(value), key=lambda e: list(e.path))
    problems = [_problem(error, location, name) for error in errors]
    if key is not None:
        if len(_PROBLEMS) >= _PROBLEMS_MAX:
            _PROBLEMS.clear()
        _PROBLEMS[key] = (document, tuple(problems))
    return problems


_PROBLEMS: dict[tuple[Any, ...], tuple[Document, tuple[Problem, ...]]] = {}
_PROBLEMS_MAX = 4096


def _problem(error: ValidationError, location: str, name: str | None) -> Problem:
    path = [str(part) for part in error.absolute_path]
    if error.validator == "required" and isinstance(error.instance, dict):
        wanted = error.validator_value if isinstance(error.validator_value, list) else []
        missing = [key for key in wanted if key not in error.instance]
        field_name = ".".join([*path, str(missing[0])]) if missing else ".".join(path)
        return Problem(location, "missing", name or field_name, error.message)
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        declared = error.schema.get("properties", {}) if isinstance(error.schema, dict) else {}
        extra = [key for key in error.instance if key not in declared]
        field_name = ".".join([*path, str(extra[0])]) if extra else ".".join(path)
        return Problem(location, "unexpected", name or field_name, error.message)
    return Problem(location, "invalid", name or ".".join(path) or None, error.message)
