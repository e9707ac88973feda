"""An OpenAPI document and its local `$ref`s.

Published specs are bundled, so every reference is local (`#/components/...`). The diff
follows references while it walks instead of inlining them first, because inlining a
recursive schema never ends.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..document import lookup_pointer
from .errors import DiffError


@dataclass(frozen=True)
class Resolved:
    """A node with its `$ref` chain followed: the node, and the last reference followed."""

    node: Any
    ref: str | None


@dataclass
class Document:
    """One OpenAPI document; `name` says where it came from, for error messages."""

    data: dict[str, Any]
    name: str
    _cache: dict[str, Any] = field(default_factory=dict, repr=False)

    def pointer(self, ref: str) -> Any:
        """The node a local reference (`#/a/b`) points at."""
        if not ref.startswith("#"):
            raise DiffError(
                f"only local references can be followed, not {ref!r} "
                "(compare bundled documents, e.g. published/<surface>/openapi.json)",
                file=self.name,
            )
        if ref in self._cache:
            return self._cache[ref]
        try:
            node = lookup_pointer(self.data, ref[1:])
        except KeyError:
            raise DiffError(
                f"$ref {ref!r} points at nothing", file=self.name, pointer=ref[1:]
            ) from None
        self._cache[ref] = node
        return node

    def resolve(self, node: Any) -> Resolved:
        """Follow `node`'s `$ref` chain. Keys beside a `$ref` (OpenAPI 3.1 allows them)
        override the target's, the way `description` next to a `$ref` does."""
        ref: str | None = None
        seen: list[str] = []
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if ref in seen:
                chain = " -> ".join([*seen, ref])
                raise DiffError(f"$ref loop: {chain}", file=self.name, pointer=ref[1:])
            seen.append(ref)
            siblings = {key: value for key, value in node.items() if key != "$ref"}
            target = self.pointer(ref)
            node = {**target, **siblings} if siblings and isinstance(target, dict) else target
        return Resolved(node, ref)

    def node(self, value: Any) -> dict[str, Any]:
        """`value` resolved, as a mapping (an empty one when it is not a mapping)."""
        resolved = self.resolve(value).node
        return resolved if isinstance(resolved, dict) else {}
