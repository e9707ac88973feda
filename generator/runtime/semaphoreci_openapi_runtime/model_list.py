"""Lists of models that build each item from its JSON object when it is read.

A list of 1,000 lazy models kept three objects per item alive (the JSON object, the model,
a `Timestamp`) for the cyclic garbage collector to walk over and over: with it running, a
list cost 1.6x the raw parse, with it paused 0.9x (bench/README.md, issue 16). A
`ModelList` keeps only the JSON objects, checked for their required keys at once (so a
malformed answer still fails inside the call), and builds an item's model each time the
item is read: a loop that reads a few fields of each item and moves on leaves nothing
behind for the collector, as a loop over plain dicts would.

It is a real `list` (`isinstance(x, list)`), and reads as a list of models whichever way
it is read: indexing, slicing, iteration (also while it changes), `reversed`, `len`,
`in`, `index`, `count`, `remove`, `pop`, `sort`, `+`, `*`, comparisons, `repr`, `copy`,
`copy.copy`/`deepcopy`, pickle. A model that can be changed is stored back in its slot,
so the change is kept: the first time it is assigned to, or one of its values that can
be changed in place (a list, a dict, a nested model, `additional_properties`) is read
(`decoding.py`). What differs from a list: until then, reading the same slot twice gives
two equal models, not the same object (`x[0] == x[0]`, but not `x[0] is x[0]`); a model
read earlier and changed after another read of its slot stored a model back is no
longer the one in the list; a `dict` put into the list by hand reads as the model it
encodes; and C code that reads a list's slots directly (`heapq`, `operator.concat`
with the list on the right, `list.__eq__` called by name) sees the JSON objects.
"""

from __future__ import annotations

import operator
import sys
import weakref
from collections.abc import Callable, Iterable, Iterator
from itertools import repeat
from typing import Any, SupportsIndex, TypeVar, overload

M = TypeVar("M")
# Where a lazy model keeps its JSON object, and the list it was read from (decoding.py).
_RAW = "_semaphoreci_openapi_raw"
_HOME = "_semaphoreci_openapi_home"
_REQUIRED = "_semaphoreci_openapi_required"
_new = object.__new__
_set = object.__setattr__
_get = list.__getitem__
_length = list.__len__
_DICT_ONLY = frozenset({dict})


class ModelList(list[M]):
    """A list of `model` items; a slot holds a model or the JSON object (an exact `dict`)
    it is built from when read (see the module docstring). Built like a list, as
    `type(x)(items)` does, without `model`, it holds its items as they are."""

    __slots__ = ("__weakref__", "_index", "_model", "_ref")

    def __init__(self, items: Iterable[Any] = (), model: type[M] | None = None) -> None:
        list.__init__(self, items)
        self._model = model
        self._index: dict[int, int] | None = None
        # What a model read from here keeps: a weak reference (one for the whole list),
        # so that a model kept after the list is dropped does not keep the list alive.
        self._ref = weakref.ref(self)

    def _read(self, value: Any) -> M:
        """The model of a slot's value, tied to this list so that a change is kept."""
        if type(value) is not dict or self._model is None:
            return value  # type: ignore[no-any-return]
        model: M = _new(self._model)
        _set(model, _RAW, value)
        _set(model, _HOME, self._ref)
        return model

    def _detached(self, value: Any) -> M:
        """The model of a value taken out of the list (nothing to store back into)."""
        if type(value) is not dict or self._model is None:
            return value  # type: ignore[no-any-return]
        model: M = _new(self._model)
        _set(model, _RAW, value)
        return model

    def _keep(self, model: Any, raw: Any) -> None:
        """Store `model` in the slot that still holds its JSON object `raw`, if any."""
        index = self._index
        at = index.get(id(raw)) if index is not None else None
        if at is None or at >= _length(self) or _get(self, at) is not raw:
            index = {id(v): i for i, v in enumerate(list.__iter__(self)) if type(v) is dict}
            self._index = index
            at = index.get(id(raw))
            if at is None or _get(self, at) is not raw:
                return  # no longer in this list: the model stands alone
        list.__setitem__(self, at, model)

    def _settle(self) -> None:
        """Store every item's model in its slot (before operations that must move or
        share the items themselves)."""
        for at in range(_length(self)):
            value = _get(self, at)
            if type(value) is dict:
                list.__setitem__(self, at, self._detached(value))

    def __iter__(self) -> Iterator[M]:
        # By index, as a list iterator goes: items added or removed meanwhile count.
        at = 0
        model = self._model
        ref = self._ref
        if model is None:
            yield from list.__iter__(self)
            return
        while at < _length(self):
            value = _get(self, at)
            if type(value) is dict:
                item = _new(model)
                _set(item, _RAW, value)
                _set(item, _HOME, ref)
                yield item
            else:
                yield value
            at += 1

    def __reversed__(self) -> Iterator[M]:
        at = _length(self) - 1
        while 0 <= at < _length(self):
            yield self._read(_get(self, at))
            at -= 1

    @overload
    def __getitem__(self, index: SupportsIndex) -> M: ...
    @overload
    def __getitem__(self, index: slice) -> list[M]: ...
    def __getitem__(self, index: SupportsIndex | slice) -> M | list[M]:
        if isinstance(index, slice):
            return [self._read(value) for value in _get(self, index)]
        return self._read(_get(self, index))

    @overload
    def __setitem__(self, index: SupportsIndex, value: M) -> None: ...
    @overload
    def __setitem__(self, index: slice, value: Iterable[M]) -> None: ...
    def __setitem__(self, index: SupportsIndex | slice, value: Any) -> None:
        if isinstance(index, slice) and isinstance(value, ModelList):
            value = list(value)  # its models, not its JSON objects
        list.__setitem__(self, index, value)

    def pop(self, index: SupportsIndex = -1) -> M:
        """Remove and return the item at `index` (the last by default)."""
        return self._detached(list.pop(self, index))

    def __contains__(self, item: object) -> bool:
        return any(value is item or value == item for value in self)

    def index(self, item: Any, start: SupportsIndex = 0, stop: SupportsIndex = sys.maxsize) -> int:
        """The first position of an item equal to `item` in `[start:stop]`."""
        begin, end, _ = slice(start, stop).indices(_length(self))
        for at in range(begin, end):
            if at >= _length(self):
                break
            value = self[at]
            if value is item or value == item:
                return at
        raise ValueError(f"{item!r} is not in list")

    def count(self, item: Any) -> int:
        """How many items equal `item`."""
        return sum(1 for value in self if value is item or value == item)

    def remove(self, item: Any) -> None:
        """Remove the first item equal to `item` (`ValueError` if there is none)."""
        del self[self.index(item)]

    def sort(self, *, key: Callable[[M], Any] | None = None, reverse: bool = False) -> None:
        """Sort the items in place, as `list.sort` does (the models are stored)."""
        self._settle()
        sort: Any = list.sort  # the models' own order, which mypy cannot see here
        sort(self, key=key, reverse=reverse)

    def extend(self, items: Iterable[M]) -> None:
        """Append every item of `items` (this list's own items too, as the same objects)."""
        if items is self:
            self._settle()
        list.extend(self, items)

    def __iadd__(self, items: Iterable[M]) -> ModelList[M]:  # type: ignore[override]
        self.extend(items)
        return self

    def __imul__(self, times: SupportsIndex) -> ModelList[M]:
        self._settle()  # the same objects repeated, as a list repeats them
        list.__imul__(self, times)
        return self

    def copy(self) -> list[M]:
        """A shallow copy, a plain list (as `list.copy` gives on a subclass)."""
        return list(self)

    def __add__(self, other: list[M]) -> list[M]:  # type: ignore[override]
        return list(self) + other

    def __radd__(self, other: list[M]) -> list[M]:
        if not isinstance(other, list):
            return NotImplemented
        return other + list(self)

    def __mul__(self, times: SupportsIndex) -> list[M]:
        return list(self) * times

    __rmul__ = __mul__

    def __eq__(self, other: object) -> bool:
        return list(self) == (list(other) if isinstance(other, ModelList) else other)

    def __ne__(self, other: object) -> bool:
        return not self == other

    def _order(self, other: Any, compare: Callable[[Any, Any], bool]) -> bool:
        if not isinstance(other, list):
            unordered: bool = NotImplemented
            return unordered
        mine: list[Any] = list(self)
        return compare(mine, list(other) if isinstance(other, ModelList) else other)

    def __lt__(self, other: list[M]) -> bool:
        return self._order(other, operator.lt)

    def __le__(self, other: list[M]) -> bool:
        return self._order(other, operator.le)

    def __gt__(self, other: list[M]) -> bool:
        return self._order(other, operator.gt)

    def __ge__(self, other: list[M]) -> bool:
        return self._order(other, operator.ge)

    def __repr__(self) -> str:
        return repr(list(self))

    def __reduce_ex__(self, protocol: SupportsIndex) -> tuple[Any, ...]:
        # copy, deepcopy and pickle: the models (what the list holds), rebuilt as one.
        return (ModelList, (list(self), self._model))


def model_list(model: type[M], data: Any) -> list[M]:
    """The items of the JSON array `data` as a `ModelList` of `model`: every object is
    checked for the model's required keys now (`model.from_dict`'s errors) and built
    into a model when read. Anything else than a list of exact dicts is built eagerly
    with `from_dict` (which raises what it raises)."""
    required = getattr(model, _REQUIRED, None)
    if (
        type(data) is list
        and required is not None
        # In C: every item is an exact dict (a slot's mark of "not built yet"), and its
        # keys contain the required ones.
        and {*map(type, data)} <= _DICT_ONLY
        and all(map(operator.ge, map(dict.keys, data), repeat(required)))
    ):
        return ModelList(data, model)
    from_dict: Callable[[Any], M] = model.from_dict  # type: ignore[attr-defined]
    return ModelList([from_dict(item) for item in data], model)


def keep(model: Any) -> None:
    """Store a model read from a `ModelList` back in its slot (it is about to change, or
    to hand out a value that can change in place), so that the list keeps the change."""
    ref = model._semaphoreci_openapi_home
    if ref is not None:
        _set(model, _HOME, None)
        home = ref()
        if home is not None:  # else the list is gone: nobody can see the slot
            home._keep(model, getattr(model, _RAW))


__all__ = ["ModelList", "keep", "model_list"]
