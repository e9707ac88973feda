"""Stage 4, our `x-semaphore-*` rules, each finding placed at its source file and line.

- `check_extensions` (before the overlays, which select operations by these names):
  the pagination style and server an operation names exist in the registry.
- `check_pagination_and_tokens` (on the overlaid document): a paginated operation's
  200 body is a list or holds exactly one list, and holds the body fields its style
  reads; an idempotency token is a query parameter or a body field of its operation.

The client generator relies on these rules and checks none of them itself.
"""

from __future__ import annotations

from typing import Any

from ..document import (
    escape_pointer_token,
    iter_operations,
    operation_parameters,
    resolve,
)
from ..errors import ValidationError
from ..registry import BodyCursorStyle, BodyPageCountStyle, PaginationStyle, Surface
from .bundle import SourceMap
from .findings import Findings


def check_extensions(
    document: dict[str, Any], surface: Surface, sources: SourceMap
) -> list[ValidationError]:
    """Registry names used by `x-semaphore-*` extensions exist."""
    findings = Findings(sources)
    known = {
        "x-semaphore-pagination": ("pagination style", list(surface.pagination)),
        "x-semaphore-server": ("server", list(surface.servers)),
    }
    for path, method, op in iter_operations(document):
        for key, (what, names) in known.items():
            value = op.get(key)
            if value is not None and value not in names:
                at = f"/paths/{escape_pointer_token(path)}/{method}/{key}"
                findings.add(
                    f"{method.upper()} {path}: unknown {what} {value!r} "
                    f"(registry: {', '.join(names)})",
                    at,
                )
    return findings.errors


def page_shape(document: dict[str, Any], op: dict[str, Any]) -> tuple[str | None, set[str]]:
    """Where a page's items are in a paginated operation's 200 body (None: the body is
    the list) and the body's properties; ValueError says why the body cannot be a page."""
    response = resolve(document, (op.get("responses") or {}).get("200")) or {}
    media = ((response.get("content") or {}).get("application/json") or {}).get("schema")
    schema = resolve(document, media)
    if not isinstance(schema, dict):
        raise ValueError("it is paginated, but its 200 response has no JSON schema")
    if schema.get("type") == "array":
        return None, set()
    properties = {
        str(name): resolve(document, prop)
        for name, prop in (schema.get("properties") or {}).items()
    }
    arrays = [n for n, p in properties.items() if isinstance(p, dict) and p.get("type") == "array"]
    if len(arrays) != 1:
        raise ValueError(
            "it is paginated: its 200 body must be an array or hold exactly one array "
            f"property (found {', '.join(arrays) or 'none'})"
        )
    return arrays[0], set(properties)


def _style_fields(style: PaginationStyle) -> list[str]:
    """The body fields a client reads to walk pages of `style`."""
    if isinstance(style, BodyPageCountStyle):
        return [style.total_pages_field]
    if not isinstance(style, BodyCursorStyle):
        return []
    copied = [v[1:-1] for v in style.cursor_params.values() if v.startswith("{")]
    return [style.stop_field, *copied]


def _body_fields(document: dict[str, Any], op: dict[str, Any]) -> set[str]:
    body = resolve(document, op.get("requestBody")) or {}
    fields: set[str] = set()
    for media in (body.get("content") or {}).values():
        schema = resolve(document, media.get("schema"))
        if isinstance(schema, dict):
            fields.update(schema.get("properties") or {})
    return fields


def check_pagination_and_tokens(
    document: dict[str, Any], surface: Surface, findings: Findings
) -> None:
    """The rules of the module docstring's second item."""
    for path, method, op in iter_operations(document):
        at = f"/paths/{escape_pointer_token(path)}/{method}"
        name = f"{method.upper()} {path}"
        style_name = op.get("x-semaphore-pagination")
        style = surface.pagination.get(str(style_name)) if style_name is not None else None
        if style is not None:
            try:
                items, properties = page_shape(document, op)
            except ValueError as exc:
                findings.add(f"{name}: {exc}", f"{at}/responses/200")
                items, properties = None, set()
            for field in _style_fields(style) if items is not None else []:
                if field not in properties:
                    findings.add(
                        f"{name}: pagination field {field!r} of style {style_name!r} is "
                        "not in its 200 body",
                        f"{at}/responses/200",
                    )
        token = op.get("x-semaphore-idempotency-token")
        if token is not None:
            item = (document.get("paths") or {}).get(path) or {}
            query = {
                str(p["name"])
                for p in operation_parameters(document, item, op)
                if p.get("in") == "query"
            }
            if token not in query | _body_fields(document, op):
                findings.add(
                    f"{name}: idempotency token {token!r} is neither a query parameter nor a "
                    "body field",
                    f"{at}/x-semaphore-idempotency-token",
                )
