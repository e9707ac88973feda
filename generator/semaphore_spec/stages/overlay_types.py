"""The JSON and OpenAPI types of overlay targets, for checking an update before it is applied."""

from __future__ import annotations

from typing import Any


def describe(value: Any) -> str:
    """Name the JSON type of `value` for error messages: `an object`, `a string`, ..."""
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "an array"
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    return f"a {type(value).__name__}"


def kind(value: Any) -> str:
    """Classify `value` as one of the three node kinds the specification tells apart."""
    if isinstance(value, dict):
        return "objects"
    if isinstance(value, list):
        return "arrays"
    return "primitives"


# The OpenAPI objects held by the arrays an overlay is likely to append to, keyed by the
# array's member name, with the fields each item needs (OpenAPI 3.1, section 4.8).
# A `$ref` item stands for a referenced object and is accepted as it is. The document's
# `tags` hold Tag Objects, an operation's `tags` hold tag names (no fields: strings).
_ROOT_ARRAY_ITEMS: dict[str, tuple[str, tuple[str, ...]]] = {
    "tags": ("Tag Objects", ("name",)),
}
_ARRAY_ITEMS: dict[str, tuple[str, tuple[str, ...]]] = {
    "servers": ("Server Objects", ("url",)),
    "parameters": ("Parameter Objects", ("name", "in")),
    "tags": ("tag names (strings)", ()),
    "required": ("property names (strings)", ()),
}


def check_appended(
    array: list[Any], key: Any, at_root: bool, path: str, items: list[Any], what: str
) -> str | None:
    """Check items about to be appended to `array` (member `key` of the document root
    when `at_root`, at `path`) against
    that array's type; the problem in words, or None when they fit.

    An update on an array appends; a mapping meant to change the array's items (say a
    description for every tag) would land as a malformed new item and break a later stage.
    The type is the OpenAPI object the array holds, by its member name; other arrays (an
    `enum`, an example, an `x-` extension) take anything, as the specification says.
    """
    table = _ROOT_ARRAY_ITEMS if at_root else _ARRAY_ITEMS
    known = table.get(key) if isinstance(key, str) else None
    if known is None:
        return None  # an array whose type OpenAPI does not fix (`enum`, an `x-` value)
    label, needed = known
    for item in items:
        if needed == () and not isinstance(item, str):
            return (
                f"target {path} is an array of {label}; {what} would append {describe(item)} to it"
            )
        if needed == ():
            continue
        if not isinstance(item, dict):
            return (
                f"target {path} is an array of {label}; {what} would append "
                f"{describe(item)} to it (an update on an array appends one item)"
            )
        missing = [field for field in needed if field not in item]
        if missing and "$ref" not in item:
            return (
                f"target {path} is an array of {label}, which need "
                f"{', '.join(f'`{m}`' for m in needed)}; {what} would append an object "
                f"without {', '.join(f'`{m}`' for m in missing)} (an update on an array "
                "appends it as one new item; to change the items, target them, e.g. "
                f"{path}[*])"
            )
    return None
