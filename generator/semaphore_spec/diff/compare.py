"""Walk two versions of a document side by side and collect what the rules report.

Operations are matched by method and path, with path parameter names ignored so that a
renamed path parameter is one renamed parameter, not a removed and an added operation.
Inside an operation: parameters by (in, name), the request body and every response by
status and media type, response headers by name, schemas field by field with the
direction they travel in.

Longer than most modules: one walk over every part of an operation, in the order the
OpenAPI Operation Object lists them; each step is a short function.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..document import escape_pointer_token
from ..fixtures import Operation, operations
from . import rules
from .errors import DiffError
from .model import Change, Direction, Place
from .refs import Document
from .schema import SchemaView, variant_key, variant_label, view

_TEMPLATE = re.compile(r"\{([^}]+)\}")


def compare_documents(old: Document, new: Document) -> list[Change]:
    """Every change from `old` to `new`, operations in document order."""
    return list(_Walk(old, new).document())


def _operation_key(op: Operation) -> tuple[str, str]:
    return op.method, _TEMPLATE.sub("{}", op.path)


def _index(document: Document) -> dict[tuple[str, str], Operation]:
    found: dict[tuple[str, str], Operation] = {}
    for op in operations(document.data):
        key = _operation_key(op)
        if key in found:
            # OpenAPI forbids paths that differ only in their parameter names
            raise DiffError(
                f"{op.path} and {found[key].path} differ only in parameter names",
                file=document.name,
                pointer=f"/paths/{escape_pointer_token(op.path)}",
            )
        found[key] = op
    return found


@dataclass(frozen=True)
class _Parameter:
    location: str
    name: str
    spec: dict[str, Any]
    pointer: str

    @property
    def required(self) -> bool:
        return self.location == "path" or self.spec.get("required") is True

    @property
    def schema(self) -> Any:
        if "schema" in self.spec:
            return self.spec["schema"]
        for media in (self.spec.get("content") or {}).values():
            return media.get("schema") if isinstance(media, dict) else None
        return None


def _key(location: str, name: str) -> tuple[str, str]:
    # header names are case-insensitive
    return location, name.lower() if location == "header" else name


def _parameters(document: Document, op: Operation) -> dict[tuple[str, str], _Parameter]:
    """The operation's parameters with those of its path item (the operation's win)."""
    path_pointer = f"/paths/{escape_pointer_token(op.path)}"
    item = document.node(document.data["paths"][op.path])
    found: dict[tuple[str, str], _Parameter] = {}
    for pointer, listed in (
        (f"{path_pointer}/parameters", item.get("parameters")),
        (f"{path_pointer}/{op.method}/parameters", op.spec.get("parameters")),
    ):
        for index, raw in enumerate(listed or []):
            spec = document.node(raw)
            location, name = str(spec.get("in", "")), str(spec.get("name", ""))
            found[_key(location, name)] = _Parameter(location, name, spec, f"{pointer}/{index}")
    return found


def _scheme_label(document: Document, name: str, scopes: list[Any]) -> str:
    """What a security scheme asks the client for, independent of the scheme's name."""
    schemes = (document.data.get("components") or {}).get("securitySchemes") or {}
    if name not in schemes:
        return f"undefined scheme `{name}`"
    scheme = document.node(schemes[name])
    kind = scheme.get("type")
    if kind == "apiKey":
        label = f"API key in {scheme.get('in')} `{scheme.get('name')}`"
        prefix = scheme.get("x-semaphore-token-prefix")
        label += f" (prefix `{prefix}`)" if prefix else ""
    elif kind == "http":
        label = f"HTTP {str(scheme.get('scheme', '')).lower()} authentication"
    elif kind == "oauth2":
        label = "OAuth 2"
    elif kind == "openIdConnect":
        label = f"OpenID Connect ({scheme.get('openIdConnectUrl')})"
    else:
        label = str(kind)
    if scopes:
        label += f" with scopes {', '.join(sorted(str(s) for s in scopes))}"
    return label


def _alternatives(document: Document, requirements: Any) -> frozenset[frozenset[str]]:
    """A security requirement list as sets of scheme labels; no list means anyone."""
    if not isinstance(requirements, list) or not requirements:
        return frozenset({frozenset()})
    return frozenset(
        frozenset(_scheme_label(document, name, scopes or []) for name, scopes in req.items())
        for req in requirements
        if isinstance(req, dict)
    )


def _success(statuses: list[str]) -> list[str]:
    return [status for status in statuses if status.startswith("2")]


class _Walk:
    """One comparison; holds both documents so the helpers can resolve references."""

    def __init__(self, old: Document, new: Document) -> None:
        self.old = old
        self.new = new

    def document(self) -> Iterator[Change]:
        """Document-wide authentication, then every operation."""
        yield from self._auth(
            self.old.data.get("security"),
            self.new.data.get("security"),
            Place("/security", Direction.REQUEST),
        )
        old_ops, new_ops = _index(self.old), _index(self.new)
        by_id = {op.operation_id: op for op in new_ops.values() if op.operation_id}
        for key, op in old_ops.items():
            if key in new_ops:
                yield from self._operation(op, new_ops[key])
                continue
            moved = by_id.get(op.operation_id)
            moved_to = moved if moved is not None and _operation_key(moved) not in old_ops else None
            yield from rules.operation_removed(op, moved_to, self._place(op))
        for key, op in new_ops.items():
            if key not in old_ops:
                yield from rules.operation_added(op, self._place(op))

    @staticmethod
    def _place(op: Operation) -> Place:
        return Place(
            f"/paths/{escape_pointer_token(op.path)}/{op.method}",
            Direction.REQUEST,
            f"{op.method.upper()} {op.path}",
        )

    def _operation(self, old: Operation, new: Operation) -> Iterator[Change]:
        at = self._place(new)
        yield from rules.operation_id_changed(old, new, at)
        yield from rules.operation_deprecated(old, new, at)
        yield from rules.pagination_changed(
            old.spec.get("x-semaphore-pagination"),
            new.spec.get("x-semaphore-pagination"),
            at.at("x-semaphore-pagination"),
        )
        if "security" in old.spec or "security" in new.spec:
            yield from self._auth(
                old.spec.get("security", self.old.data.get("security")),
                new.spec.get("security", self.new.data.get("security")),
                at.at("security"),
            )
        yield from self._parameters(old, new, at)
        yield from self._request_body(old.spec.get("requestBody"), new.spec.get("requestBody"), at)
        yield from self._responses(old.spec.get("responses"), new.spec.get("responses"), at)

    def _auth(self, old: Any, new: Any, at: Place) -> Iterator[Change]:
        before, after = _alternatives(self.old, old), _alternatives(self.new, new)
        yield from rules.auth_removed(before, after, at)
        yield from rules.auth_added(before, after, at)

    def _parameters(self, old_op: Operation, new_op: Operation, at: Place) -> Iterator[Change]:
        old, new = _parameters(self.old, old_op), _parameters(self.new, new_op)
        # Path parameters are matched by their position in the path template.
        renamed = {
            _key("path", before): after
            for before, after in zip(
                _TEMPLATE.findall(old_op.path), _TEMPLATE.findall(new_op.path), strict=True
            )
            if before != after
        }
        matched: set[tuple[str, str]] = set()
        for key, param in old.items():
            new_key = key
            if key in renamed and _key("path", renamed[key]) in new:
                new_key = _key("path", renamed[key])
            counterpart = new.get(new_key)
            if counterpart is None:
                place = Place(param.pointer, Direction.REQUEST, at.operation)
                yield from rules.parameter_removed(param.location, param.name, place)
                continue
            matched.add(new_key)
            place = Place(
                counterpart.pointer,
                Direction.REQUEST,
                at.operation,
                f"{counterpart.location} parameter `{counterpart.name}`",
            )
            if new_key != key:
                yield from rules.parameter_renamed(param.name, counterpart.name, place)
            yield from rules.parameter_required_changed(param.required, counterpart.required, place)
            yield from self._schema(param.schema, counterpart.schema, place.at("schema"))
        for key, param in new.items():
            if key not in matched:
                place = Place(param.pointer, Direction.REQUEST, at.operation)
                yield from rules.parameter_added(param.location, param.name, param.required, place)

    def _request_body(self, old_raw: Any, new_raw: Any, op_at: Place) -> Iterator[Change]:
        at = op_at.at("requestBody", part="request body")
        if old_raw is None and new_raw is None:
            return
        old, new = self.old.node(old_raw), self.new.node(new_raw)
        if old_raw is None:
            yield from rules.request_body_added(new.get("required") is True, at)
            return
        if new_raw is None:
            yield from rules.request_body_removed(at)
            return
        yield from rules.request_body_required_changed(
            old.get("required") is True, new.get("required") is True, at
        )
        yield from self._content(old, new, at)

    def _content(self, old: dict[str, Any], new: dict[str, Any], at: Place) -> Iterator[Change]:
        """Media types of a request body or response, and the schema of each."""
        old_content, new_content = old.get("content") or {}, new.get("content") or {}
        yield from rules.media_types_changed(list(old_content), list(new_content), at)
        for media, spec in new_content.items():
            if media in old_content:
                place = at.at("content", media, "schema", part=f"{at.part} ({media})")
                yield from self._schema(
                    self.old.node(old_content[media]).get("schema"),
                    self.new.node(spec).get("schema"),
                    place,
                )

    def _responses(self, old_raw: Any, new_raw: Any, op_at: Place) -> Iterator[Change]:
        old, new = dict(old_raw or {}), dict(new_raw or {})
        old_success, new_success = _success(list(old)), _success(list(new))
        yield from rules.success_status_changed(old_success, new_success, op_at.at("responses"))
        pairs = [(status, status) for status in new if status in old]
        if old_success != new_success and len(old_success) == len(new_success) == 1:
            # 200 became 201: still compare what the one success response carries
            pairs.insert(0, (old_success[0], new_success[0]))
        for status in new:
            if status not in old and status not in new_success:
                yield from rules.response_status_added(status, op_at.at("responses", status))
        for status in old:
            if status not in new and status not in old_success:
                yield from rules.response_status_removed(status, op_at.at("responses", status))
        for before, after in pairs:
            at = op_at.at(
                "responses", after, part=f"response {after}", direction=Direction.RESPONSE
            )
            old_response, new_response = self.old.node(old[before]), self.new.node(new[after])
            yield from self._headers(old_response, new_response, at)
            yield from self._content(old_response, new_response, at)

    def _headers(self, old: dict[str, Any], new: dict[str, Any], at: Place) -> Iterator[Change]:
        old_headers = {name.lower(): name for name in old.get("headers") or {}}
        new_headers = {name.lower(): name for name in new.get("headers") or {}}
        for lower, name in old_headers.items():
            if lower not in new_headers:
                yield from rules.response_header_removed(name, at.at("headers", name))
        for lower, name in new_headers.items():
            if lower not in old_headers:
                yield from rules.response_header_added(name, at.at("headers", name))
                continue
            place = at.at("headers", name, "schema", part=f"{at.part} header `{name}`")
            yield from self._schema(
                self.old.node(old["headers"][old_headers[lower]]).get("schema"),
                self.new.node(new["headers"][name]).get("schema"),
                place,
            )

    def _schema(
        self, old_node: Any, new_node: Any, at: Place, stack: frozenset[Any] = frozenset()
    ) -> Iterator[Change]:
        """Compare two schemas and, recursively, their fields, items and alternatives.

        `stack` holds the pairs of schemas being compared further up: meeting one again
        means a recursive schema came round, and everything below was compared already.
        """
        if old_node is None and new_node is None:
            return
        old, new = view(self.old, old_node), view(self.new, new_node)
        pair = (self._identity(self.old, old_node, old), self._identity(self.new, new_node, new))
        if pair in stack:
            return
        stack = stack | {pair}
        alternatives = old.variants is not None or new.variants is not None
        if alternatives and not (old.unconstrained or new.unconstrained):
            yield from self._variants(old_node, new_node, old, new, at, stack)
        else:
            for shape_rule in rules.SHAPE_RULES:
                yield from shape_rule(old, new, at)
        for common_rule in rules.COMMON_RULES:
            yield from common_rule(old, new, at)
        for name, spec in new.properties.items():
            if name in old.properties:
                yield from self._schema(old.properties[name], spec, at.property_at(name), stack)
        if old.items is not None and new.items is not None:
            yield from self._schema(old.items, new.items, at.items_at(), stack)
        if isinstance(old.additional, dict) and isinstance(new.additional, dict):
            yield from self._schema(old.additional, new.additional, at.values_at(), stack)

    @staticmethod
    def _identity(document: Document, node: Any, seen: SchemaView) -> Any:
        """What names a schema for cycle detection: the reference it amounts to (through
        a nullable wrapper too), or else the node itself (inline nodes are the document's
        own objects, so `id` is stable while the walk runs)."""
        if seen.ref is not None:
            return seen.ref
        return id(document.resolve(node).node)

    def _variants(
        self,
        old_node: Any,
        new_node: Any,
        old: SchemaView,
        new: SchemaView,
        at: Place,
        stack: frozenset[Any],
    ) -> Iterator[Change]:
        """Match oneOf/anyOf members up (a plain schema counts as a oneOf of itself) and
        compare each pair; unmatched members were removed or added."""
        old_members = list(old.variants) if old.variants is not None else [old_node]
        new_members = list(new.variants) if new.variants is not None else [new_node]
        old_keys = [variant_key(self.old, member) for member in old_members]
        new_keys = [variant_key(self.new, member) for member in new_members]
        pairs = _match(old_keys, new_keys)
        keyword = "anyOf" if "anyOf" in self.new.node(new_node) else "oneOf"
        for i, j in pairs:
            place = at.at(keyword, str(j)) if new.variants is not None else at
            yield from self._schema(old_members[i], new_members[j], place, stack)
        matched_old = {i for i, _ in pairs}
        matched_new = {j for _, j in pairs}
        for i, key in enumerate(old_keys):
            if i not in matched_old:
                yield from rules.variant_removed(variant_label(key), at)
        for j, key in enumerate(new_keys):
            if j not in matched_new:
                yield from rules.variant_added(variant_label(key), at.at(keyword, str(j)))


def _match(old: list[tuple[str, str]], new: list[tuple[str, str]]) -> list[tuple[int, int]]:
    """Pair members with equal keys, references first, then types, in order; a single
    member left on each side is the same member changed."""
    pairs: list[tuple[int, int]] = []
    free_new = list(range(len(new)))
    for kind in ("ref", "type"):
        for i, key in enumerate(old):
            if key[0] != kind or any(i == a for a, _ in pairs):
                continue
            for j in free_new:
                if new[j] == key:
                    pairs.append((i, j))
                    free_new.remove(j)
                    break
    free_old = [i for i in range(len(old)) if all(i != a for a, _ in pairs)]
    if len(free_old) == 1 and len(free_new) == 1:
        pairs.append((free_old[0], free_new[0]))
    return sorted(pairs)
