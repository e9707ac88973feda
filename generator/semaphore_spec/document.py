"""The one helper for walking an OpenAPI document: JSON pointers (RFC 6901), local
`$ref` resolution, and operation iteration. Every stage and tool uses it.

The sibling rule (one for every tool): keys beside a `$ref` override the target's when
asked for (`siblings=True`), the nearest reference of a chain winning. For the objects
OpenAPI 3.1 lets carry siblings (`summary` and `description` of a Reference Object)
that is what the specification says; for a schema, whose sibling keywords apply
alongside the target, it is the shallow view the docs and the diff take. Without
`siblings`, the target is returned as it is.

A chain of references is followed to its end; a cycle, a reference out of the document
(`other.yaml#/X`) or a pointer that names nothing raises `RefLoop` or `KeyError` with
`resolve_strict`, and stops at the last reference that resolves with `resolve`.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


class RefLoop(ValueError):
    """A chain of `$ref`s comes back to where it started."""


def escape_pointer_token(token: str) -> str:
    """Escape one JSON pointer reference token (RFC 6901)."""
    return token.replace("~", "~0").replace("/", "~1")


def unescape_pointer_token(token: str) -> str:
    """Undo `escape_pointer_token`."""
    return token.replace("~1", "/").replace("~0", "~")


def join_pointer(pointer: str, *tokens: str | int) -> str:
    """`pointer` with `tokens` appended, each escaped."""
    return pointer + "".join("/" + escape_pointer_token(str(t)) for t in tokens)


def lookup_pointer(document: Any, pointer: str) -> Any:
    """The node at a JSON pointer (`/a/b`, or a local ref `#/a/b`); KeyError when none."""
    if pointer.startswith("#"):
        pointer = pointer[1:]
    node = document
    for raw in pointer.split("/")[1:] if pointer else []:
        token = unescape_pointer_token(raw)
        if isinstance(node, Mapping) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            raise KeyError(pointer)
    return node


def is_ref(node: Any) -> bool:
    """Whether `node` is a Reference Object."""
    return isinstance(node, Mapping) and isinstance(node.get("$ref"), str)


def _siblings(node: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in node.items() if key != "$ref"}


def resolve_strict(document: Any, node: Any, *, siblings: bool = False) -> tuple[Any, str | None]:
    """Follow local `$ref`s from `node` to a non-reference node; return it and the
    pointer it lives at (None when `node` was no reference). Raises KeyError for a
    reference that names nothing or leaves the document, RefLoop for a cycle."""
    seen: list[str] = []
    pointer: str | None = None
    laid: dict[str, Any] = {}
    while is_ref(node):
        ref = str(node["$ref"])
        if not ref.startswith("#"):
            raise KeyError(ref)
        if ref in seen:
            raise RefLoop(" -> ".join([*seen, ref]))
        seen.append(ref)
        if siblings:
            laid = {**_siblings(node), **laid}
        node, pointer = lookup_pointer(document, ref), ref[1:]
    if laid and isinstance(node, Mapping):
        node = {**node, **laid}
    return node, pointer


def resolve(document: Any, node: Any, *, siblings: bool = False) -> Any:
    """`node` with local `$ref`s followed as far as they lead (lenient: a dangling,
    external or cyclic reference is returned as it is)."""
    seen: set[str] = set()
    laid: dict[str, Any] = {}
    while is_ref(node):
        ref = str(node["$ref"])
        if not ref.startswith("#") or ref in seen:
            return node
        seen.add(ref)
        try:
            target = lookup_pointer(document, ref)
        except KeyError:
            return node
        if siblings:
            laid = {**_siblings(node), **laid}
        node = target
    if laid and isinstance(node, Mapping):
        return {**node, **laid}
    return node


def iter_operations(document: Mapping[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(path, method, operation) for every operation, in document order."""
    for path, item in (document.get("paths") or {}).items():
        if not isinstance(item, Mapping):
            continue
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                yield str(path), method, operation


def operation_parameters(
    document: Any, path_item: Mapping[str, Any], operation: Mapping[str, Any]
) -> list[dict[str, Any]]:
    """The operation's parameters, resolved, with the path item's merged in (an
    operation's parameter overrides the path item's of the same name and location)."""
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for raw in [*(path_item.get("parameters") or []), *(operation.get("parameters") or [])]:
        param = resolve(document, raw)
        if isinstance(param, dict) and "name" in param:
            merged[(str(param.get("in")), str(param["name"]))] = param
    return list(merged.values())
