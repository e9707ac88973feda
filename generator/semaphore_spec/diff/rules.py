"""The rules: one function per kind of difference, each yielding the `Change`s it finds.

Schema rules take the old and the new `SchemaView` and the `Place` being compared, and
decide from the place's direction whether the difference breaks clients (see `model`).
The other rules take what `compare` matched up: operations, parameters, bodies,
statuses, headers, authentication alternatives, pagination styles.

Longer than most modules: it is a catalogue of small independent rules, read one at a
time; splitting it would scatter the one list a reviewer checks for completeness.
"""

from __future__ import annotations

import numbers
from collections.abc import Iterator
from typing import Any

from ..fixtures import Operation
from .model import Change, Direction, Place
from .schema import LOWER_BOUNDS, UPPER_BOUNDS, SchemaView, canonical

# Formats where the second holds every value of the first.
_WIDER_FORMAT = {("int32", "int64"), ("float", "double")}


def _values(values: list[Any]) -> str:
    return ", ".join(f"`{canonical(value)}`" for value in values)


def _counted(values: list[Any]) -> str:
    """`value `a`` or `values `a`, `b``."""
    return f"value{'s' if len(values) > 1 else ''} {_values(values)}"


def _type_label(types: frozenset[str] | None) -> str:
    if types is None:
        return "any type"
    return " or ".join(sorted(types)) if types else "nothing"


def _covers(types: frozenset[str] | None, other: str) -> bool:
    """Whether a value of type `other` is valid under `types` (integer is a number)."""
    return types is None or other in types or (other == "integer" and "number" in types)


def _within(inner: frozenset[str] | None, outer: frozenset[str] | None) -> bool:
    if inner is None:
        return outer is None
    return all(_covers(outer, t) for t in inner)


# --- operations ---------------------------------------------------------------------------


def operation_removed(op: Operation, moved_to: Operation | None, at: Place) -> Iterator[Change]:
    """A removed operation breaks every client that calls it."""
    message = "operation removed"
    if moved_to is not None:
        message += (
            f"; its operationId `{op.operation_id}` now names "
            f"{moved_to.method.upper()} {moved_to.path}"
        )
    yield at.change("operation-removed", message, breaking=True)


def operation_added(op: Operation, at: Place) -> Iterator[Change]:
    """A new operation breaks nobody."""
    summary = op.spec.get("summary")
    suffix = f": {summary}" if isinstance(summary, str) and summary else ""
    yield at.change("operation-added", f"new operation{suffix}", breaking=False)


def operation_id_changed(old: Operation, new: Operation, at: Place) -> Iterator[Change]:
    """The operationId is the generated client's method name: renaming it breaks code
    that calls the method, even though the wire is unchanged."""
    if old.operation_id and old.operation_id != new.operation_id:
        yield at.change(
            "operation-id-changed",
            f"operationId `{old.operation_id}` renamed to `{new.operation_id or '(none)'}`",
            breaking=True,
        )


def operation_deprecated(old: Operation, new: Operation, at: Place) -> Iterator[Change]:
    """Deprecating is a notice, not a break."""
    if new.spec.get("deprecated") is True and old.spec.get("deprecated") is not True:
        yield at.change("operation-deprecated", "operation deprecated", breaking=False)


def pagination_changed(old: Any, new: Any, at: Place) -> Iterator[Change]:
    """Any change of `x-semaphore-pagination` breaks the clients' paging loops: a list
    that starts paginating loses items for clients that read one page, and one that
    stops (or changes style) makes them request pages that do not exist."""
    if old != new:
        before = f"`{old}`" if old else "not paginated"
        after = f"`{new}`" if new else "not paginated"
        yield at.change("pagination-changed", f"pagination {before} → {after}", breaking=True)


def _alternative_label(alternative: frozenset[str]) -> str:
    return " and ".join(sorted(alternative)) if alternative else "no authentication"


def auth_removed(
    old: frozenset[frozenset[str]], new: frozenset[frozenset[str]], at: Place
) -> Iterator[Change]:
    """An old way to authenticate still works when some new alternative asks for no
    more than it (a subset of its schemes); otherwise its clients are refused."""
    for alternative in sorted(old, key=_alternative_label):
        if not any(candidate <= alternative for candidate in new):
            yield at.change(
                "auth-removed",
                f"{_alternative_label(alternative)} is no longer accepted",
                breaking=True,
            )


def auth_added(
    old: frozenset[frozenset[str]], new: frozenset[frozenset[str]], at: Place
) -> Iterator[Change]:
    """A new alternative leaves the old ones working (`auth_removed` reports those that
    do not)."""
    for alternative in sorted(new - old, key=_alternative_label):
        yield at.change(
            "auth-added", f"{_alternative_label(alternative)} is now accepted", breaking=False
        )


# --- parameters ---------------------------------------------------------------------------


def parameter_removed(location: str, name: str, at: Place) -> Iterator[Change]:
    """A removed parameter breaks the clients that send it: the server ignores or
    refuses what they mean."""
    yield at.change("parameter-removed", f"{location} parameter `{name}` removed", breaking=True)


def parameter_added(location: str, name: str, required: bool, at: Place) -> Iterator[Change]:
    """A new required parameter breaks clients that do not send it; an optional one not."""
    what = "required" if required else "optional"
    yield at.change(
        "parameter-added", f"new {what} {location} parameter `{name}`", breaking=required
    )


def parameter_renamed(old_name: str, new_name: str, at: Place) -> Iterator[Change]:
    """Renaming a path parameter keeps the wire but renames the generated client's
    argument, which breaks code that passes it by name."""
    yield at.change(
        "parameter-renamed",
        f"path parameter `{old_name}` renamed to `{new_name}`",
        breaking=True,
    )


def parameter_required_changed(old: bool, new: bool, at: Place) -> Iterator[Change]:
    """A parameter becoming required breaks clients that leave it out."""
    if new and not old:
        yield at.change("parameter-became-required", f"{at.part} is now required", breaking=True)
    elif old and not new:
        yield at.change("parameter-became-optional", f"{at.part} is now optional", breaking=False)


# --- request bodies, responses ------------------------------------------------------------


def request_body_added(required: bool, at: Place) -> Iterator[Change]:
    """A new request body breaks clients only when it is required."""
    what = "required" if required else "optional"
    yield at.change("request-body-added", f"new {what} request body", breaking=required)


def request_body_removed(at: Place) -> Iterator[Change]:
    """An operation that stops reading its body silently drops what clients send."""
    yield at.change("request-body-removed", "the request body is no longer read", breaking=True)


def request_body_required_changed(old: bool, new: bool, at: Place) -> Iterator[Change]:
    """A body becoming required breaks clients that send none."""
    if new and not old:
        yield at.change(
            "request-body-became-required", "the request body is now required", breaking=True
        )
    elif old and not new:
        yield at.change(
            "request-body-became-optional", "the request body is now optional", breaking=False
        )


def media_types_changed(old: list[str], new: list[str], at: Place) -> Iterator[Change]:
    """Media types are negotiated: a client that sends (or asks for) a type the server
    dropped is refused, while a new type is only used by clients that ask for it."""
    sends = at.direction is Direction.REQUEST
    for media in old:
        if media not in new:
            verb = "accepted" if sends else "sent"
            yield at.at("content", media).change(
                "media-type-removed",
                f"{at.part}: media type `{media}` no longer {verb}",
                breaking=True,
            )
    for media in new:
        if media not in old:
            yield at.at("content", media).change(
                "media-type-added", f"{at.part}: new media type `{media}`", breaking=False
            )


def success_status_changed(old: list[str], new: list[str], at: Place) -> Iterator[Change]:
    """Clients check for the success statuses they know: a success status they have not
    seen breaks them; dropping one of several does not."""
    if sorted(old) != sorted(new):
        before = ", ".join(sorted(old)) or "none"
        after = ", ".join(sorted(new)) or "none"
        yield at.change(
            "success-status-changed",
            f"success status {before} → {after}",
            breaking=any(status not in old for status in new),
        )


def response_status_added(status: str, at: Place) -> Iterator[Change]:
    """A newly documented error status is compatible: clients already handle failures
    they do not know (and the server usually sent it before it was documented)."""
    yield at.change("response-status-added", f"new response {status}", breaking=False)


def response_status_removed(status: str, at: Place) -> Iterator[Change]:
    """An error status no longer documented is compatible: the server sends less."""
    yield at.change(
        "response-status-removed", f"response {status} no longer documented", breaking=False
    )


def response_header_removed(name: str, at: Place) -> Iterator[Change]:
    """Clients that read a header the server stopped sending break."""
    yield at.change("response-header-removed", f"{at.part}: header `{name}` removed", breaking=True)


def response_header_added(name: str, at: Place) -> Iterator[Change]:
    """A new header breaks nobody."""
    yield at.change("response-header-added", f"{at.part}: new header `{name}`", breaking=False)


# --- schemas ------------------------------------------------------------------------------


def type_changed(old: SchemaView, new: SchemaView, at: Place) -> Iterator[Change]:
    """Compare the sets of types (integer counts as a number)."""
    if old.types == new.types:
        return
    change = f"{at.subject}: type {_type_label(old.types)} → {_type_label(new.types)}"
    if _within(new.types, old.types):
        yield at.change("type-narrowed", change, breaking=at.narrowing_breaks())
    elif _within(old.types, new.types):
        yield at.change("type-widened", change, breaking=at.widening_breaks())
    else:
        yield at.change("type-changed", change, breaking=True)


def nullable_changed(old: SchemaView, new: SchemaView, at: Place) -> Iterator[Change]:
    """null is one more value: allowing it widens, refusing it narrows. A schema of any
    type already allows null, so `type_changed` covers those."""
    if old.unconstrained or new.unconstrained or old.nullable == new.nullable:
        return
    if new.nullable:
        yield at.change(
            "nullable-added", f"{at.subject}: may now be null", breaking=at.widening_breaks()
        )
    else:
        yield at.change(
            "nullable-removed",
            f"{at.subject}: may no longer be null",
            breaking=at.narrowing_breaks(),
        )


def format_changed(old: SchemaView, new: SchemaView, at: Place) -> Iterator[Change]:
    """A format restricts a value: adding one (or a smaller one) narrows."""
    if old.format == new.format:
        return
    change = f"{at.subject}: format {old.format or '(none)'} → {new.format or '(none)'}"
    if old.format is None or (new.format, old.format) in _WIDER_FORMAT:
        yield at.change("format-narrowed", change, breaking=at.narrowing_breaks())
    elif new.format is None or (old.format, new.format) in _WIDER_FORMAT:
        yield at.change("format-widened", change, breaking=at.widening_breaks())
    else:
        yield at.change("format-changed", change, breaking=True)


def enum_changed(old: SchemaView, new: SchemaView, at: Place) -> Iterator[Change]:
    """An enum (or const) lists the only valid values: fewer values narrow, more widen.
    A response enum that grows breaks clients that switch over its values."""
    if old.enum is None and new.enum is None:
        return
    if old.enum is None:
        yield at.change(
            "enum-introduced",
            f"{at.subject}: now restricted to {_values(list(new.enum or ()))}",
            breaking=at.narrowing_breaks(),
        )
        return
    if new.enum is None:
        yield at.change(
            "enum-lifted",
            f"{at.subject}: no longer restricted to {_values(list(old.enum))}",
            breaking=at.widening_breaks(),
        )
        return
    old_values = {canonical(value): value for value in old.enum}
    new_values = {canonical(value): value for value in new.enum}
    removed = [value for key, value in old_values.items() if key not in new_values]
    added = [value for key, value in new_values.items() if key not in old_values]
    if removed:
        yield at.change(
            "enum-value-removed",
            f"{at.subject}: {_counted(removed)} removed",
            breaking=at.narrowing_breaks(),
        )
    if added:
        yield at.change(
            "enum-value-added",
            f"{at.subject}: {_counted(added)} added",
            breaking=at.widening_breaks(),
        )


def bounds_changed(old: SchemaView, new: SchemaView, at: Place) -> Iterator[Change]:
    """minimum/maximum, minLength/maxLength, minItems/maxItems, minProperties/
    maxProperties, exclusiveMinimum/exclusiveMaximum: one change per keyword."""
    for key in (*LOWER_BOUNDS, *UPPER_BOUNDS):
        before, after = old.bounds.get(key), new.bounds.get(key)
        if before == after or not all(
            value is None or (isinstance(value, numbers.Real) and not isinstance(value, bool))
            for value in (before, after)
        ):
            continue
        if before is None:
            tighter, change = True, f"`{key}` {after} added"
        elif after is None:
            tighter, change = False, f"`{key}` {before} dropped"
        else:
            raised = after > before
            tighter = raised if key in LOWER_BOUNDS else not raised
            change = f"`{key}` {before} → {after}"
        if tighter:
            yield at.change(
                "bound-tightened", f"{at.subject}: {change}", breaking=at.narrowing_breaks()
            )
        else:
            yield at.change(
                "bound-loosened", f"{at.subject}: {change}", breaking=at.widening_breaks()
            )


def pattern_changed(old: SchemaView, new: SchemaView, at: Place) -> Iterator[Change]:
    """A pattern restricts a string; two different patterns are taken as unrelated."""
    if old.pattern == new.pattern:
        return
    if old.pattern is None:
        yield at.change(
            "pattern-narrowed",
            f"{at.subject}: must now match `{new.pattern}`",
            breaking=at.narrowing_breaks(),
        )
    elif new.pattern is None:
        yield at.change(
            "pattern-widened",
            f"{at.subject}: no longer has to match `{old.pattern}`",
            breaking=at.widening_breaks(),
        )
    else:
        yield at.change(
            "pattern-changed",
            f"{at.subject}: pattern `{old.pattern}` → `{new.pattern}`",
            breaking=True,
        )


def _objects(old: SchemaView, new: SchemaView) -> bool:
    """Field rules apply where both sides may be objects (otherwise the type changed)."""
    return old.may_be_object and new.may_be_object


def property_removed(old: SchemaView, new: SchemaView, at: Place) -> Iterator[Change]:
    """A removed response field breaks its readers. A removed request field is
    compatible (the server ignores it), unless the new schema refuses unknown fields."""
    if not _objects(old, new):
        return
    for name in old.properties:
        if name in new.properties:
            continue
        field = at.property_at(name)
        if at.direction is Direction.RESPONSE:
            yield field.change(
                "property-removed", f"{at.part}: field `{field.field}` removed", breaking=True
            )
        else:
            closed = new.additional is False
            reason = " and unknown fields are refused" if closed else "; the server ignores it"
            yield field.change(
                "property-removed",
                f"{at.part}: field `{field.field}` removed{reason}",
                breaking=closed,
            )


def property_added(old: SchemaView, new: SchemaView, at: Place) -> Iterator[Change]:
    """A new field breaks requests when it is required; clients ignore new response fields."""
    if not _objects(old, new):
        return
    for name in new.properties:
        if name in old.properties:
            continue
        field = at.property_at(name)
        required = name in new.required and at.direction is Direction.REQUEST
        what = "required field" if required else "field"
        yield field.change(
            "property-added", f"{at.part}: new {what} `{field.field}`", breaking=required
        )


def property_required_changed(old: SchemaView, new: SchemaView, at: Place) -> Iterator[Change]:
    """A request field becoming required breaks clients that leave it out; a response
    field becoming optional breaks clients that rely on it."""
    if not _objects(old, new):
        return
    for name in new.properties:
        if name not in old.properties:
            continue
        was, now = name in old.required, name in new.required
        field = at.property_at(name)
        if now and not was:
            yield field.change(
                "property-became-required",
                f"{at.part}: field `{field.field}` is now required",
                breaking=at.direction is Direction.REQUEST,
            )
        elif was and not now:
            yield field.change(
                "property-became-optional",
                f"{at.part}: field `{field.field}` is now optional",
                breaking=at.direction is Direction.RESPONSE,
            )


def variant_removed(label: str, at: Place) -> Iterator[Change]:
    """A dropped alternative narrows: clients may no longer send it."""
    yield at.change(
        "variant-removed",
        f"{at.subject}: alternative `{label}` removed",
        breaking=at.narrowing_breaks(),
    )


def variant_added(label: str, at: Place) -> Iterator[Change]:
    """A new alternative widens: clients may now read a shape they do not know."""
    yield at.change(
        "variant-added", f"{at.subject}: new alternative `{label}`", breaking=at.widening_breaks()
    )


# Rules on the value itself; `compare` skips these when it matches oneOf/anyOf members up.
SHAPE_RULES = (type_changed, format_changed, enum_changed, bounds_changed, pattern_changed)
# Rules that apply to every compared pair of schemas.
COMMON_RULES = (nullable_changed, property_removed, property_added, property_required_changed)
