"""What the custom checks read from the published document an operation belongs to.

The checks get a Schemathesis `Case` whose operation carries the raw (unresolved)
document; these helpers resolve local `$ref`s and find the documented response, its
headers and media types, and the operation's security alternatives.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..document import resolve

Node = Mapping[str, Any]


def documented_response(document: Node, operation: Node, status: int) -> Node | None:
    """The Response Object documented for `status` (exact code, then `4XX`, then `default`)."""
    responses = resolve(document, operation.get("responses")) or {}
    for key in (str(status), f"{str(status)[0]}XX", f"{str(status)[0]}xx", "default"):
        if key in responses:
            found = resolve(document, responses[key])
            return found if isinstance(found, Mapping) else None
    return None


def declared_headers(document: Node, response: Node) -> dict[str, str]:
    """Lower-case name -> spelling of every header `response` declares."""
    headers = resolve(document, response.get("headers")) or {}
    return {str(name).lower(): str(name) for name in headers}


def media_schema(document: Node, response: Node, media_type: str) -> Any:
    """The resolved schema of `media_type` in `response` (None when not documented)."""
    content = resolve(document, response.get("content")) or {}
    media = content.get(media_type)
    if media is None:
        return None
    media = resolve(document, media)
    return resolve(document, media.get("schema")) if isinstance(media, Mapping) else None


def security_alternatives(document: Node, operation: Node) -> list[list[str]]:
    """The operation's security requirements: alternatives, each a list of scheme names."""
    requirements = operation.get("security", document.get("security")) or []
    return [list(requirement) for requirement in requirements if isinstance(requirement, Mapping)]


def security_scheme(document: Node, name: str) -> Node:
    """The Security Scheme Object named `name` (empty when undefined)."""
    schemes = resolve(document, (document.get("components") or {}).get("securitySchemes")) or {}
    found = resolve(document, schemes.get(name))
    return found if isinstance(found, Mapping) else {}
