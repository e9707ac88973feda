"""Lazy models: a received object is decoded field by field, when a field is first read.

Building every field of every item eagerly cost 4.4x `json.loads` on a list of 10,000
pipelines, most of it for fields nobody reads (bench/README.md, issue 16). A generated
model's `from_dict` therefore only checks that the object is a mapping with every
required key (so a malformed answer still fails inside the call, as the client's typed
`ResponseParseError`) and keeps it (not a copy: the mapping must not be changed
afterwards; the client hands over JSON it has just parsed). Each field has a lazy
descriptor that decodes it with the model's generated `_decode_<field>` function on
first read and stores the result in the instance's `__dict__`, where later reads find
it directly. A field that does not fit the spec raises `ModelDecodeError` when read.

A model built with keyword arguments (a request body) holds its values as before; the
descriptors are never consulted. Equality, `repr` and `to_dict()` read every field, so
they decode what was not read yet.

A model read from a `ModelList` (model_list.py: a list field or a list answer) is built
when read and tied to its list; the first assignment to it, or the first read of a value
that can change in place (a list, a dict, a nested model), stores it back in its slot
(`keep`), so the list keeps what is changed. Cached decoded values are written past that
hook (`_set`), so reading a string, a number, an enum or a `Timestamp` stores nothing.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from .enums import OpenIntEnum, OpenStrEnum
from .errors import ModelDecodeError
from .model_list import keep
from .timestamps import Timestamp
from .types import UNSET, Unset

M = TypeVar("M")
# The attribute where a lazy instance keeps its received mapping, beside the fields.
RAW = "_semaphoreci_openapi_raw"  # spelled out in the descriptors below, for speed
# The weak reference to the ModelList a model was read from, None once stored back.
HOME = "_semaphoreci_openapi_home"
# The JSON keys a received object must have (the class's, read by model_list.py).
REQUIRED = "_semaphoreci_openapi_required"
_set = object.__setattr__
# Values that cannot change in place: reading one leaves a model read from a list alone.
_FIXED = frozenset({str, int, float, bool, type(None), Unset})
_FIXED_CLASSES = (OpenStrEnum, OpenIntEnum, Timestamp)
_DECODER_PREFIX = "_decode_"
# What a generated decoder raises for a value of the wrong shape.
_DECODE_ERRORS = (ValueError, TypeError, KeyError, AttributeError, IndexError, RecursionError)


class _LazyField:
    """A non-data descriptor: on first read, decodes the field from the kept mapping and
    caches it in the instance `__dict__` (which then shadows the descriptor)."""

    __slots__ = ("_decode", "_model", "_name")

    def __init__(self, model: str, name: str, decode: Callable[[Mapping[str, Any]], Any]) -> None:
        self._model = model
        self._name = name
        self._decode = decode

    def __get__(self, instance: Any, owner: type | None = None) -> Any:
        if instance is None:
            return self
        try:
            raw = instance._semaphoreci_openapi_raw
        except AttributeError:
            raise AttributeError(
                f"{self._model!r} object has no attribute {self._name!r}"
            ) from None
        try:
            value = self._decode(raw)
        except _DECODE_ERRORS as exc:
            raise ModelDecodeError(self._model, self._name, exc) from exc
        _set(instance, self._name, value)
        if type(value) not in _FIXED and not isinstance(
            value, OpenStrEnum | OpenIntEnum | Timestamp
        ):
            keep(instance)
        return value


class _PlainField:
    """A lazy field whose JSON value is its value (a string, a number, any JSON): read
    from the kept mapping without a decoder call, `UNSET` when an optional key is absent."""

    __slots__ = ("_key", "_model", "_name")

    def __init__(self, model: str, name: str, key: str) -> None:
        self._model = model
        self._name = name
        self._key = key

    def __get__(self, instance: Any, owner: type | None = None) -> Any:
        if instance is None:
            return self
        try:
            raw = instance._semaphoreci_openapi_raw
        except AttributeError:
            raise AttributeError(
                f"{self._model!r} object has no attribute {self._name!r}"
            ) from None
        value = raw.get(self._key, UNSET)
        _set(instance, self._name, value)
        if type(value) is dict or type(value) is list:
            keep(instance)
        return value


class _ConvertedField:
    """A lazy field whose JSON value goes through one call (`Timestamp.from_dict`, an
    enum's `from_value`, a nested model's `from_dict`), made from the descriptor without
    a decoder in between; `UNSET` when an optional key is absent. A declared enum value
    is looked up here directly, and a nested model's class is imported once, on first
    use (a decoder imported it on every call to avoid import cycles): each Python-level
    call saved is about a tenth of the cost of reading a field."""

    __slots__ = ("_convert", "_key", "_members", "_model", "_module", "_name", "_stamp", "_target")

    def __init__(
        self, model: str, module: str, name: str, key: str, convert: Callable[[Any], Any] | str
    ) -> None:
        self._model = model
        self._module = module  # of the model, for a nested model's sibling module
        self._name = name
        self._key = key
        self._convert: Callable[[Any], Any] | None = None
        self._members: dict[Any, Any] = {}
        self._stamp = False
        self._target = convert if isinstance(convert, str) else None  # resolved on first use
        if not isinstance(convert, str):
            self._use(convert)

    def _use(self, convert: Callable[[Any], Any]) -> None:
        owner = getattr(convert, "__self__", None)
        self._members = {}
        if isinstance(owner, type) and issubclass(owner, OpenStrEnum | OpenIntEnum):
            self._members = owner._value2member_map_
        self._stamp = owner is Timestamp
        self._convert = convert

    def _resolve(self) -> Callable[[Any], Any]:
        """The nested model's `from_dict`: `module:Class` beside the model's module."""
        module, _, name = (self._target or "").partition(":")
        package = self._module.rpartition(".")[0]
        nested: Any = getattr(importlib.import_module(f"{package}.{module}"), name)
        self._use(nested.from_dict)
        return nested.from_dict  # type: ignore[no-any-return]

    def __get__(self, instance: Any, owner: type | None = None) -> Any:
        if instance is None:
            return self
        try:
            raw = instance._semaphoreci_openapi_raw
        except AttributeError:
            raise AttributeError(
                f"{self._model!r} object has no attribute {self._name!r}"
            ) from None
        value = raw.get(self._key, UNSET)
        if value is UNSET:
            pass
        elif self._stamp:
            value = Timestamp.received(value)
        else:
            try:
                member = self._members.get(value) if self._members else None
                value = (self._convert or self._resolve())(value) if member is None else member
            except _DECODE_ERRORS as exc:
                raise ModelDecodeError(self._model, self._name, exc) from exc
            if self._target is not None:  # a nested model, which can change
                keep(instance)
        _set(instance, self._name, value)
        return value


def _assign(model: Any, name: str, value: Any) -> None:
    """`__setattr__` of the models: a model read from a list is stored back first."""
    if model._semaphoreci_openapi_home is not None:
        keep(model)
    _set(model, name, value)


def _unassign(model: Any, name: str) -> None:
    """`__delattr__` of the models, likewise."""
    if model._semaphoreci_openapi_home is not None:
        keep(model)
    object.__delattr__(model, name)


def _state(model: Any) -> dict[str, Any]:
    """`__getstate__` of the models (copy, deepcopy, pickle): a copy is not in the list."""
    state = dict(vars(model))
    state.pop(HOME, None)
    return state


def lazy_fields(
    *plain: tuple[str, str],
    converted: tuple[tuple[str, str, Callable[[Any], Any] | str], ...] = (),
    required: frozenset[str] = frozenset(),
) -> Callable[[type[M]], type[M]]:
    """Class decorator (after attrs): a lazy descriptor for each `_decode_<field>` of the
    class, for each `(attribute, JSON key)` of `plain` (fields without decoding) and for
    each `(attribute, JSON key, conversion)` of `converted`, where the conversion is a
    callable or `"module:Class"`, a nested model in a sibling module; `required`, the
    JSON keys a received object must have, is what a `ModelList` checks its items for."""

    def install(cls: type[M]) -> type[M]:
        hooks = {"__setattr__": _assign, "__delattr__": _unassign, "__getstate__": _state}
        for name, value in {HOME: None, REQUIRED: required, **hooks}.items():
            setattr(cls, name, value)
        for attribute, value in list(vars(cls).items()):
            if attribute.startswith(_DECODER_PREFIX) and isinstance(value, staticmethod):
                name = attribute[len(_DECODER_PREFIX) :]
                setattr(cls, name, _LazyField(cls.__name__, name, value.__func__))
        for name, key in plain:
            setattr(cls, name, _PlainField(cls.__name__, name, key))
        for name, key, convert in converted:
            field = _ConvertedField(cls.__name__, cls.__module__, name, key, convert)
            setattr(cls, name, field)
        return cls

    return install


def not_an_object(cls: type, data: object) -> TypeError:
    """The error of a `from_dict` given something other than a JSON object."""
    return TypeError(f"{cls.__name__} is a JSON object, not {type(data).__name__}")


def missing_keys(cls: type, data: Mapping[str, Any], required: frozenset[str]) -> KeyError:
    """The error of a `from_dict` given an object without every required key."""
    missing = ", ".join(sorted(required - data.keys()))
    return KeyError(f"{cls.__name__} lacks required field(s) {missing}")


__all__ = ["HOME", "RAW", "lazy_fields", "missing_keys", "not_an_object"]
