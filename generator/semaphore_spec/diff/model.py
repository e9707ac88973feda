"""What the diff reports: a `Change`, the `Place` it happened at, and the catalogue of kinds.

A change is *breaking* when a client written against the old description (by hand, or
generated from it) may fail against the new one. Whether a schema change breaks depends
on which way the data travels: in a request the client sends and the server must accept
everything it used to (narrowing breaks, widening is compatible); in a response the client
reads and must understand everything it may now get (widening breaks, narrowing is
compatible).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from ..document import escape_pointer_token


class Direction(enum.Enum):
    """Which way a value travels."""

    REQUEST = "request"  # the client sends it: parameters, request bodies
    RESPONSE = "response"  # the client reads it: response bodies and headers


# Every kind of change the rules report, with what it means. `breaking` of a change comes
# from its rule (often from the direction), not from the kind alone.
KINDS: dict[str, str] = {
    # operations
    "operation-removed": "an operation (method and path) no longer exists",
    "operation-added": "a new operation",
    "operation-id-changed": "an operation's operationId (the generated client's method) changed",
    "operation-deprecated": "an operation is now deprecated",
    "success-status-changed": "the operation's success (2xx) statuses changed",
    "pagination-changed": "the operation's `x-semaphore-pagination` style changed",
    "auth-removed": "a way to authenticate is no longer accepted",
    "auth-added": "a new way to authenticate is accepted",
    # parameters
    "parameter-removed": "a parameter no longer exists",
    "parameter-added": "a new parameter (breaking when required)",
    "parameter-renamed": "a path parameter (a generated client's argument) was renamed",
    "parameter-became-required": "an optional parameter is now required",
    "parameter-became-optional": "a required parameter is now optional",
    # request bodies, responses, media types, headers
    "request-body-added": "an operation now takes a request body (breaking when required)",
    "request-body-removed": "an operation no longer reads its request body",
    "request-body-became-required": "an optional request body is now required",
    "request-body-became-optional": "a required request body is now optional",
    "media-type-removed": "a request or response media type is no longer supported",
    "media-type-added": "a new request or response media type",
    "response-status-added": "a new error (non-2xx) response",
    "response-status-removed": "an error (non-2xx) response is no longer documented",
    "response-header-removed": "a response header is no longer sent",
    "response-header-added": "a new response header",
    # schemas (direction-aware)
    "property-removed": "an object field no longer exists",
    "property-added": "a new object field",
    "property-became-required": "an optional field is now required",
    "property-became-optional": "a required field is now optional",
    "type-narrowed": "a value's type accepts fewer values (number to integer, any to string)",
    "type-widened": "a value's type accepts more values (integer to number)",
    "type-changed": "a value's type changed to an unrelated one",
    "nullable-added": "a value may now be null",
    "nullable-removed": "a value may no longer be null",
    "format-narrowed": "a format was added or narrowed (int64 to int32)",
    "format-widened": "a format was dropped or widened (int32 to int64)",
    "format-changed": "a format changed to an unrelated one",
    "enum-introduced": "a value is now restricted to a list of values",
    "enum-lifted": "a value is no longer restricted to a list of values",
    "enum-value-removed": "values were removed from an enum",
    "enum-value-added": "values were added to an enum",
    "bound-tightened": "a minimum went up or a maximum came down (or was added)",
    "bound-loosened": "a minimum came down or a maximum went up (or was dropped)",
    "pattern-narrowed": "a value must now match a pattern",
    "pattern-widened": "a value no longer has to match a pattern",
    "pattern-changed": "a value's pattern changed",
    "variant-removed": "an alternative of a oneOf/anyOf no longer exists",
    "variant-added": "a new alternative of a oneOf/anyOf",
}


@dataclass(frozen=True)
class Change:
    """One difference between the old and the new document.

    `location` is a JSON pointer to where the change shows (in the new document, or the
    old one for what was removed), read as if every `$ref`, `allOf` and nullable `oneOf`
    wrapper were inlined: the same component changing under two operations is two
    changes, because it may break one and not the other.
    `operation` is `METHOD /path` (empty for document-wide changes).
    """

    kind: str
    location: str
    message: str
    breaking: bool
    operation: str = ""

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown change kind {self.kind!r}")


@dataclass(frozen=True)
class Place:
    """Where the walk is: the pointer, the direction, and how to name it in messages.

    `part` names the part of the operation ("response 200 (application/json)", "query
    parameter `page`"); `field` is the path of the value inside it, e.g. `builds[].commit`.
    """

    pointer: str
    direction: Direction
    operation: str = ""
    part: str = ""
    field: str = ""

    def at(
        self, *tokens: str, part: str | None = None, direction: Direction | None = None
    ) -> Place:
        """The place `tokens` below this one (optionally naming a new part or direction)."""
        pointer = self.pointer + "".join("/" + escape_pointer_token(t) for t in tokens)
        return Place(
            pointer,
            direction or self.direction,
            self.operation,
            self.part if part is None else part,
            self.field if part is None else "",
        )

    def property_at(self, name: str) -> Place:
        """The object field `name` of the value here."""
        field = f"{self.field}.{name}" if self.field else name
        return Place(
            f"{self.pointer}/properties/{escape_pointer_token(name)}",
            self.direction,
            self.operation,
            self.part,
            field,
        )

    def items_at(self) -> Place:
        """The items of the array here."""
        return Place(
            f"{self.pointer}/items", self.direction, self.operation, self.part, f"{self.field}[]"
        )

    def values_at(self) -> Place:
        """The values of the map (`additionalProperties`) here."""
        field = f"{self.field}.*" if self.field else "*"
        return Place(
            f"{self.pointer}/additionalProperties",
            self.direction,
            self.operation,
            self.part,
            field,
        )

    @property
    def subject(self) -> str:
        """How messages name this place: the part, and the field when inside a value."""
        return f"{self.part}, field `{self.field}`" if self.field else self.part

    def change(self, kind: str, message: str, *, breaking: bool) -> Change:
        """A change of `kind` at this place."""
        return Change(kind, self.pointer, message, breaking, self.operation)

    def narrowing_breaks(self) -> bool:
        """Accepting fewer values breaks a request (the client may send what is now refused)."""
        return self.direction is Direction.REQUEST

    def widening_breaks(self) -> bool:
        """Allowing more values breaks a response (the client may read what it never saw)."""
        return self.direction is Direction.RESPONSE
