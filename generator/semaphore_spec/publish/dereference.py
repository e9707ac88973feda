"""A fully dereferenced copy of a document: every `$ref` replaced by what it names.

For tools that do not follow references. Of `components`, what is still named stays
(itself dereferenced): the security schemes, which security requirements name, and
any schema that a discriminator mapping names or that recurses, since a recursive
schema can only be written as a reference to it. A reference that would expand into
itself is kept as a `$ref`, and each one kept is listed in `x-semaphore-dereference-notes`.

Reference siblings are kept with their 3.1 meaning: on a schema, sibling keywords
apply together with the target (merged when they do not collide, `allOf` when
they do); on other objects, `summary` and `description` override the target's.
"""

from __future__ import annotations

import copy
from typing import Any

from .walk import is_reference, map_children, resolve_pointer

NOTES_KEY = "x-semaphore-dereference-notes"

# Schema keywords that only annotate: a reference's sibling may override the target's.
_ANNOTATIONS = frozenset(
    {
        "title",
        "description",
        "examples",
        "example",
        "deprecated",
        "readOnly",
        "writeOnly",
        "$comment",
    }
)
# Which Reference Object siblings each referenced kind understands (OpenAPI 3.1 §4.8.23).
_OVERRIDES = {
    "parameter": ("description",),
    "header": ("description",),
    "response": ("description",),
    "requestBody": ("description",),
    "securityScheme": ("description",),
    "link": ("description",),
    "example": ("summary", "description"),
    "pathItem": ("summary", "description"),
}


class _Dereference:
    """One run: the source document, the references being expanded, and the notes."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.expanding: list[str] = []
        self.notes: list[dict[str, str]] = []

    def visit(self, kind: str, node: Any, pointer: str) -> Any:
        own = self._component_ref(pointer)
        if own is not None:
            # A component is "being expanded" while it is walked in place, so that a
            # schema referring to itself stops at its first self-reference.
            self.expanding.append(own)
            try:
                return self._visit(kind, node, pointer)
            finally:
                self.expanding.pop()
        return self._visit(kind, node, pointer)

    def _visit(self, kind: str, node: Any, pointer: str) -> Any:
        if not is_reference(node):
            return map_children(kind, node, self.visit, pointer)
        ref = node["$ref"]
        if ref in self.expanding:
            chain = " -> ".join([*self.expanding[self.expanding.index(ref) :], ref])
            self.notes.append(
                {"pointer": pointer or "/", "note": f"recursive reference kept: {chain}"}
            )
            siblings = {k: v for k, v in node.items() if k != "$ref"}
            return {"$ref": ref, **map_children(kind, siblings, self.visit, pointer)}
        try:
            target = resolve_pointer(self.document, ref)
        except KeyError:
            raise ValueError(f"{pointer}: unresolvable reference {ref}") from None
        self.expanding.append(ref)
        try:
            resolved = self.visit(kind, target, pointer)
        finally:
            self.expanding.pop()
        siblings = {k: v for k, v in node.items() if k != "$ref"}
        if not siblings:
            return resolved
        if kind == "schema":
            return self._merge_schema(resolved, map_children(kind, siblings, self.visit, pointer))
        allowed = _OVERRIDES.get(kind, ())
        return {**resolved, **{k: v for k, v in siblings.items() if k in allowed}}

    @staticmethod
    def _merge_schema(target: Any, siblings: dict[str, Any]) -> Any:
        """The target schema with the reference's sibling keywords applied as well."""
        clash = isinstance(target, dict) and any(
            k in target and k not in _ANNOTATIONS for k in siblings
        )
        if isinstance(target, dict) and not clash:
            return {**target, **siblings}
        return {**siblings, "allOf": [target, *siblings.get("allOf", [])]}

    @staticmethod
    def _component_ref(pointer: str) -> str | None:
        parts = pointer.split("/")
        if len(parts) == 4 and parts[1] == "components" and parts[2] != "securitySchemes":
            return "#" + pointer
        return None


def _named(node: Any) -> set[str]:
    """Every component a node still names: `$ref`s and discriminator mappings."""
    found: set[str] = set()
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            if isinstance(current.get("$ref"), str):
                found.add(current["$ref"])
            mapping = current.get("discriminator", {})
            if isinstance(mapping, dict) and isinstance(mapping.get("mapping"), dict):
                found.update(v for v in mapping["mapping"].values() if isinstance(v, str))
            stack.extend(current.values())
        elif isinstance(current, list):
            stack.extend(current)
    return found


def _prune_components(document: dict[str, Any]) -> dict[str, Any]:
    """Drop the components nothing names any more (all of them, unless a schema
    recurses or a discriminator maps to one); security schemes always stay."""
    components = document.get("components")
    if not isinstance(components, dict):
        return document
    rest = {k: v for k, v in document.items() if k != "components"}
    keep, todo = set(), _named(rest)
    while todo:
        ref = todo.pop()
        if ref in keep or not ref.startswith("#/components/"):
            continue
        keep.add(ref)
        try:
            todo |= _named(resolve_pointer(document, ref))
        except KeyError:
            continue
    pruned: dict[str, Any] = {}
    for kind, members in components.items():
        if kind == "securitySchemes" or not isinstance(members, dict):
            pruned[kind] = members
            continue
        kept = {n: c for n, c in members.items() if f"#/components/{kind}/{n}" in keep}
        if kept:
            pruned[kind] = kept
    out = dict(document)
    out["components"] = pruned
    return out


def dereference(document: dict[str, Any]) -> dict[str, Any]:
    """`document` with every local `$ref` inlined (see the module docstring) and
    `x-semaphore-dereference-notes` listing the recursive references kept.
    Components that nothing names any more are dropped (security schemes stay)."""
    work = _Dereference(document)
    out = _prune_components(work.visit("document", document, ""))
    out = {k: v for k, v in out.items() if k != NOTES_KEY}
    out[NOTES_KEY] = work.notes
    # Inlined targets share their untyped parts (enums, examples) between copies;
    # copy so that writers and later edits see independent trees.
    return copy.deepcopy(out)
