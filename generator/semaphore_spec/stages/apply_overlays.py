"""Apply OpenAPI Overlay documents (Overlay Specification 1.0.x and 1.1.x) to a document.

An overlay is `{overlay: <version>, info: {title, version}, extends?, actions: [...]}`; each
action has a `target` (an RFC 9535 JSONPath query) and exactly one modifier:

- `update`: merged into every selected node. Selected objects take an object, merged
  recursively (a key only in the update is inserted, object+object merges, array+array
  concatenates, primitive+primitive replaces, any other pairing is an error). Selected arrays
  take an array to concatenate or any other value to append. Selected primitives take a
  primitive that replaces them. The selected nodes must all be of one of those three kinds.
- `remove: true`: every selected node is removed from the object or array holding it.
- `copy` (1.1 only): a JSONPath selecting exactly one node of the document, whose value is
  then applied to the targets exactly as an `update` would be.

Actions run in order, each on the result of the previous one. A node that the target's
nodelist holds twice is updated twice (the spec applies the update to "each selected
node"), but removed once.

Where this is stricter than the specification, on purpose, because a build should fail
loudly rather than publish a silently different document:

- with `strict=True` (the default) a target that matches nothing is an error; the
  specification calls it a successful no-op, which is what `strict=False` does;
- an action carries exactly one of `update`, `remove` and `copy` (as in the 1.1 JSON
  Schema), `remove: false` is rejected as an action that does nothing, and fields other
  than the specified ones and `x-` extensions are rejected (they are typos, not data);
- an update that appends to an array whose OpenAPI type is fixed (the document's Tag
  Objects, Parameter and Server Objects, an operation's tag names) must fit that type
  (`overlay_types.check_appended`): a mapping meant for every tag would otherwise land as
  one malformed new tag and break a later stage;
- member-name shorthand follows RFC 9535 exactly: `$.info.x-logo` is a syntax error, write
  `$.info['x-logo']` (python-jsonpath's strict mode still accepts the `-`).

1.0.x overlays get the 1.1.x rules, except that `copy` needs 1.1. Where 1.0 reads
narrower, 1.1 is followed: 1.0 excludes primitive targets (yet OAI's own 1.0 compliant sets
remove primitives), and a literal reading of 1.0 would append an array `update` to a
selected array as one nested item, where 1.1 concatenates.

Besides the specification's `description`, an action may carry `x-reason`, a short note on
why it exists; both are quoted in the error when the action fails. An action marked
`x-optional: true` may match nothing even when strict: for a template that applies to
every surface but finds its target only in some (say, date-time fields).

Longer than most modules: it is one implementation of the Overlay Specification's
action semantics (targets, update merging, remove, copy, strictness), kept together so
it can be read against the specification section by section.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any, Literal

from jsonpath import JSONPath, JSONPathEnvironment, JSONPathMatch
from jsonpath.exceptions import JSONPathError
from jsonpath.lex import Lexer
from jsonpath.serialize import canonical_string

from ..errors import OverlayError
from .overlay_types import check_appended
from .overlay_types import describe as _describe
from .overlay_types import kind as _kind

# `overlay` versions we implement; the patch number is not to be considered (spec "Versions").
_VERSION = re.compile(r"1\.([01])\.(0|[1-9][0-9]*)")
_OVERLAY_FIELDS = frozenset({"overlay", "info", "extends", "actions"})
_ACTION_FIELDS = frozenset({"target", "description", "update", "remove", "copy"})

Modifier = Literal["update", "remove", "copy"]
_MODIFIERS: tuple[Modifier, ...] = ("update", "remove", "copy")


class _RFC9535Lexer(Lexer):
    """python-jsonpath's lexer with RFC 9535's member-name-shorthand (no `-` in names)."""

    # RFC 9535 section 2.5.1.1: name-first = ALPHA / "_" / %x80-D7FF / %xE000-10FFFF and
    # name-char = name-first / DIGIT. Accepting `-` would let overlays pass here that
    # conforming tools reject, and OpenAPI's `x-` keys make that mistake an easy one.
    key_pattern = (
        r"[a-zA-Z_\u0080-\ud7ff\ue000-\U0010ffff][a-zA-Z0-9_\u0080-\ud7ff\ue000-\U0010ffff]*"
    )


class _RFC9535Environment(JSONPathEnvironment):
    """The strict (RFC 9535) environment, with the lexer above."""

    lexer_class = _RFC9535Lexer


_ENV = _RFC9535Environment(strict=True)


@functools.cache
def _compile(query: str) -> JSONPath:
    """Compile once per distinct query: overlays repeat targets across surfaces and builds."""
    compiled = _ENV.compile(query)
    # Strict mode has no union/intersection operators, so a compound path cannot come back.
    assert isinstance(compiled, JSONPath)
    return compiled


def _jsonpath_problem(error: JSONPathError) -> str:
    """One line for a JSONPath error (its str() is a multi-line caret diagram)."""
    where = f" at character {error.token.index + 1}" if error.token is not None else ""
    return f"{error.message}{where}"


def _clone(value: Any) -> Any:
    """Copy JSON-like data. Unlike deepcopy, never keeps a shared sub-object shared.

    YAML aliases load as one object reachable from two places; kept shared, an update of
    one place would silently show up at the other.
    """
    if isinstance(value, dict):
        return {key: _clone(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_clone(item) for item in value]
    return value


@dataclass(frozen=True)
class _Action:
    """One validated, compiled action of one overlay file."""

    source: str
    number: int  # 1-based, as people count
    target: str
    query: JSONPath
    modifier: Modifier
    value: Any  # the `update` value; None for remove and copy
    copy_from: str | None
    copy_query: JSONPath | None
    reason: str | None
    optional: bool  # `x-optional: true`: matching nothing is fine even when strict

    def error(self, problem: str) -> OverlayError:
        """Make an OverlayError about this action, quoting what the action says it is for."""
        return _action_error(self.source, self.number, self.target, self.reason, problem)


def _action_error(
    source: str, number: int, target: str | None, reason: str | None, problem: str
) -> OverlayError:
    message = problem if reason is None else f"{problem} (the action's purpose: {reason})"
    return OverlayError(message, file=source, action=number, target=target)


def _reason(raw: dict[str, Any]) -> str | None:
    """Join `description` and `x-reason`, each on one line; None if neither is given."""
    parts = [raw[key] for key in ("description", "x-reason") if isinstance(raw.get(key), str)]
    return "; ".join(" ".join(part.split()) for part in parts) or None


def _unknown_fields(raw: dict[Any, Any], allowed: frozenset[str]) -> list[str]:
    return [
        repr(key)
        for key in raw
        if key not in allowed and not (isinstance(key, str) and key.startswith("x-"))
    ]


def _parse_overlay(overlay: Any, source: str) -> list[_Action]:
    """Check the overlay's structure and compile every JSONPath, before anything is applied."""
    if not isinstance(overlay, dict):
        raise OverlayError(f"an overlay must be a mapping, not {_describe(overlay)}", file=source)
    if "overlay" not in overlay:
        raise OverlayError(
            "`overlay` is required: the Overlay Specification version, e.g. 1.1.0",
            file=source,
        )
    version = overlay["overlay"]
    match = _VERSION.fullmatch(version) if isinstance(version, str) else None
    if match is None:
        # An unquoted `overlay: 1.1` is a YAML float, hence the hint.
        hint = "" if isinstance(version, str) else " (a string: quote it in YAML)"
        raise OverlayError(
            f"unsupported overlay version {version!r}: this tool applies 1.0.x and 1.1.x{hint}",
            file=source,
        )
    minor = int(match.group(1))
    if unknown := _unknown_fields(overlay, _OVERLAY_FIELDS):
        raise OverlayError(
            f"unknown top-level field(s) {', '.join(unknown)}; allowed are "
            "overlay, info, extends, actions and x- extensions",
            file=source,
        )
    info = overlay.get("info")
    if not isinstance(info, dict):
        raise OverlayError("`info` is required: an object with a title and a version", file=source)
    for field in ("title", "version"):
        if not isinstance(info.get(field), str):
            raise OverlayError(f"`info.{field}` is required and must be a string", file=source)
    if "extends" in overlay and not isinstance(overlay["extends"], str):
        raise OverlayError("`extends` must be a string (a URI reference)", file=source)
    actions = overlay.get("actions")
    if not isinstance(actions, list) or not actions:
        raise OverlayError("`actions` is required: a non-empty list of actions", file=source)
    return [_parse_action(raw, number, source, minor) for number, raw in enumerate(actions, 1)]


def _parse_action(raw: Any, number: int, source: str, minor: int) -> _Action:
    """Check one action (`minor` is the overlay's minor version) and compile its JSONPaths."""
    if not isinstance(raw, dict):
        raise _action_error(
            source, number, None, None, f"an action must be a mapping, not {_describe(raw)}"
        )
    reason = _reason(raw)
    target = raw.get("target")
    if not isinstance(target, str):
        raise _action_error(source, number, None, reason, "`target` is required: a JSONPath string")

    def fail(problem: str) -> OverlayError:
        return _action_error(source, number, target, reason, problem)

    for field in ("description", "x-reason"):
        if field in raw and not isinstance(raw[field], str):
            raise fail(f"`{field}` must be a string")
    optional = raw.get("x-optional", False)
    if not isinstance(optional, bool):
        raise fail(f"`x-optional` must be a boolean, not {_describe(optional)}")
    if unknown := _unknown_fields(raw, _ACTION_FIELDS):
        raise fail(
            f"unknown action field(s) {', '.join(unknown)}; allowed are target, "
            "description, update, remove, copy and x- extensions"
        )
    modifiers = [key for key in _MODIFIERS if key in raw]
    if len(modifiers) != 1:
        found = " and ".join(f"`{key}`" for key in modifiers) or "none of them"
        raise fail(f"an action needs exactly one of `update`, `remove` or `copy`; found {found}")
    modifier = modifiers[0]
    if modifier == "remove" and raw["remove"] is not True:
        if raw["remove"] is False:
            raise fail("`remove: false` does nothing; drop the action or set `remove: true`")
        raise fail(f"`remove` must be a boolean, not {_describe(raw['remove'])}")
    copy_from: str | None = None
    copy_query: JSONPath | None = None
    if modifier == "copy":
        copy_from = raw["copy"]
        if minor < 1:
            raise fail("`copy` needs `overlay: 1.1.0`; this overlay declares 1.0")
        if not isinstance(copy_from, str):
            raise fail(f"`copy` must be a JSONPath string, not {_describe(copy_from)}")
        try:
            copy_query = _compile(copy_from)
        except JSONPathError as error:
            raise fail(
                f"invalid RFC 9535 JSONPath in `copy` {copy_from!r}: {_jsonpath_problem(error)}"
            ) from None
    try:
        query = _compile(target)
    except JSONPathError as error:
        raise fail(f"invalid RFC 9535 JSONPath: {_jsonpath_problem(error)}") from None
    return _Action(
        source=source,
        number=number,
        target=target,
        query=query,
        modifier=modifier,
        value=raw.get("update"),
        copy_from=copy_from,
        copy_query=copy_query,
        reason=reason,
        optional=optional,
    )


def _select(action: _Action, query: JSONPath, document: dict[str, Any]) -> list[JSONPathMatch]:
    # Materialise the nodelist before changing anything: finditer is lazy.
    try:
        return list(query.finditer(document))
    except JSONPathError as error:
        raise action.error(f"evaluating the JSONPath failed: {_jsonpath_problem(error)}") from None


def _merge(
    target: dict[Any, Any], update: dict[Any, Any], path: str, action: _Action, what: str
) -> None:
    """Merge `update` into `target` in place, by the specification's recursive rules."""
    for key, new in update.items():
        if key not in target:
            target[key] = _clone(new)
            continue
        old = target[key]
        if isinstance(old, dict) and isinstance(new, dict):
            where = f"{path}[{canonical_string(key) if isinstance(key, str) else key}]"
            _merge(old, new, where, action, what)
        elif isinstance(old, list) and isinstance(new, list):
            where = f"{path}[{canonical_string(key) if isinstance(key, str) else key}]"
            if problem := check_appended(old, key, path == "$", where, new, what):
                raise action.error(problem)
            old.extend(_clone(new))
        elif not isinstance(old, dict | list) and not isinstance(new, dict | list):
            target[key] = new
        else:
            where = f"{path}[{canonical_string(key) if isinstance(key, str) else key}]"
            raise action.error(
                f"cannot merge {what}: it has {_describe(new)} for {where}, which is "
                f"{_describe(old)} in the document (only object+object, array+array and "
                "primitive+primitive merge)"
            )


def _update(nodes: list[JSONPathMatch], value: Any, action: _Action, what: str) -> None:
    kinds = {_kind(node.obj) for node in nodes}
    if len(kinds) > 1:
        raise action.error(
            f"target selects a mix of {' and '.join(sorted(kinds))}; an update or copy needs "
            "all selected nodes to be objects, or all arrays, or all primitives"
        )
    first = nodes[0]
    if isinstance(first.obj, dict) and not isinstance(value, dict):
        raise action.error(
            f"target selects an object ({first.path}), so {what} must be an object, "
            f"not {_describe(value)}"
        )
    if not isinstance(first.obj, dict | list) and isinstance(value, dict | list):
        raise action.error(
            f"target selects {_describe(first.obj)} ({first.path}), so {what} must be a "
            f"primitive value to replace it, not {_describe(value)}"
        )
    for node in nodes:
        if isinstance(node.obj, list):
            key = node.parts[-1] if node.parts else None
            items = value if isinstance(value, list) else [value]
            if problem := check_appended(
                node.obj, key, len(node.parts) == 1, node.path, items, what
            ):
                raise action.error(problem)
    for node in nodes:
        if isinstance(node.obj, dict):
            _merge(node.obj, value, node.path, action, what)
        elif isinstance(node.obj, list):
            # An array is concatenated, anything else becomes one new item (spec, `update`).
            node.obj.extend(_clone(value) if isinstance(value, list) else [_clone(value)])
        else:
            # The document root is an object, so a selected primitive always has a parent.
            assert node.parent is not None
            parent, key = node.parent.obj, node.parts[-1]
            if isinstance(parent, dict):
                parent[key] = value
            elif isinstance(parent, list):
                parent[int(key)] = value  # a node inside an array has an index as its key


def _remove(nodes: list[JSONPathMatch], action: _Action) -> None:
    seen: set[tuple[int, int | str]] = set()
    from_objects: list[tuple[dict[Any, Any], Any]] = []
    from_arrays: list[tuple[list[Any], int]] = []
    for node in nodes:
        if node.parent is None:
            raise action.error("cannot remove the document root")
        container, key = node.parent.obj, node.parts[-1]
        # A nodelist may hold one node twice (`$.tags[0,0]`): it is removed once, not twice.
        if (id(container), key) in seen:
            continue
        seen.add((id(container), key))
        if isinstance(container, list) and isinstance(key, int):
            from_arrays.append((container, key))
        elif isinstance(container, dict):
            from_objects.append((container, key))
    for mapping, name in from_objects:
        del mapping[name]
    # Highest index first, so deleting one item does not shift the others still to delete.
    for array, index in sorted(from_arrays, key=lambda item: item[1], reverse=True):
        del array[index]


def _apply_action(document: dict[str, Any], action: _Action, strict: bool) -> None:
    nodes = _select(action, action.query, document)
    if not nodes:
        if strict and not action.optional:
            raise action.error("target matches nothing in the document")
        return
    if action.modifier == "remove":
        _remove(nodes, action)
        return
    if action.copy_query is None:
        _update(nodes, action.value, action, "the update")
        return
    sources = _select(action, action.copy_query, document)
    if len(sources) != 1:
        raise action.error(
            f"`copy` {action.copy_from!r} must select exactly one node, it selects {len(sources)}"
        )
    # Clone first: the source may lie inside a target and change while the targets merge.
    _update(nodes, _clone(sources[0].obj), action, f"the value copied from {action.copy_from!r}")


def apply_overlay(
    document: dict[str, Any], overlay: dict[str, Any], *, source: str, strict: bool = True
) -> dict[str, Any]:
    """Return a new document with `overlay` applied; `source` is the overlay's file name for errors.

    The input document is not modified. Raises OverlayError (naming `source`, the 1-based
    action number and its target) when the overlay is malformed or an action cannot apply;
    with `strict=False` an action whose target matches nothing is skipped instead.
    """
    return apply_overlays(document, [(source, overlay)], strict=strict)


def apply_overlays(
    document: dict[str, Any], overlays: list[tuple[str, dict[str, Any]]], *, strict: bool = True
) -> dict[str, Any]:
    """Apply (source, overlay) pairs in order.

    Every overlay is checked and its JSONPaths compiled before the first action runs, so a
    broken overlay fails the build without work done first. Returns a new document.
    """
    parsed = [_parse_overlay(overlay, source) for source, overlay in overlays]
    result: dict[str, Any] = _clone(document)
    for actions in parsed:
        for action in actions:
            _apply_action(result, action, strict)
    return result
