"""Strict rendering of the reference page: a key the template reads and the spec leaves
out is reported at the spec node's place, not as a template traceback.

The context hands spec nodes to the template as `Located` mappings (a dict with the JSON
pointer it came from). `SpecUndefined` is jinja's StrictUndefined, except that reading an
absent key of a `Located` raises `AbsentKey(pointer, key)`, which `docs.render_reference`
turns into a ValidationError at the file and line of that pointer.
"""

from __future__ import annotations

from typing import Any

import jinja2


class Located(dict[str, Any]):
    """A spec node handed to the template, with the JSON pointer it came from: a key the
    template reads and the spec leaves out is then reported at its file and line."""

    def __init__(self, pointer: str, data: dict[str, Any]) -> None:
        super().__init__(data)
        self.pointer = pointer


class AbsentKey(Exception):
    """The template read `key` of a spec node (at `pointer`) that does not have it."""

    def __init__(self, pointer: str, key: str) -> None:
        super().__init__(pointer, key)
        self.pointer = pointer
        self.key = key


class SpecUndefined(jinja2.StrictUndefined):
    """StrictUndefined that says which spec node lacked the key, when it knows."""

    def _fail_with_undefined_error(self, *args: Any, **kwargs: Any) -> Any:
        owner = self._undefined_obj
        if isinstance(owner, Located) and isinstance(self._undefined_name, str):
            raise AbsentKey(owner.pointer, self._undefined_name)
        return super()._fail_with_undefined_error(*args, **kwargs)

    # StrictUndefined binds these to the base class's function; rebind them to ours.
    __iter__ = __str__ = __len__ = __eq__ = __ne__ = __bool__ = __hash__ = __contains__ = (
        _fail_with_undefined_error
    )
