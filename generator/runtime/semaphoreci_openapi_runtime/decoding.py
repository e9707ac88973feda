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
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from .errors import ModelDecodeError

M = TypeVar("M")
# Where a lazy instance keeps its received mapping (in its __dict__, beside the fields).
RAW = "_semaphoreci_openapi_raw"
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

    def __get__(self, instance: object, owner: type | None = None) -> Any:
        if instance is None:
            return self
        state = instance.__dict__
        try:
            raw = state[RAW]
        except KeyError:
            raise AttributeError(
                f"{self._model!r} object has no attribute {self._name!r}"
            ) from None
        try:
            value = state[self._name] = self._decode(raw)
        except _DECODE_ERRORS as exc:
            raise ModelDecodeError(self._model, self._name, exc) from exc
        return value


def lazy_fields(cls: type[M]) -> type[M]:
    """Class decorator (after attrs): a lazy descriptor for each `_decode_<field>`."""
    for attribute, value in list(vars(cls).items()):
        if attribute.startswith(_DECODER_PREFIX) and isinstance(value, staticmethod):
            name = attribute[len(_DECODER_PREFIX) :]
            setattr(cls, name, _LazyField(cls.__name__, name, value.__func__))
    return cls


def decode_lazily(cls: type[M], data: Mapping[str, Any], required: frozenset[str]) -> M:
    """A lazy `cls` of the received JSON object `data`: `TypeError` if it is no mapping,
    `KeyError` naming the required keys it lacks."""
    if type(data) is not dict and not isinstance(data, Mapping):
        raise TypeError(f"{cls.__name__} is a JSON object, not {type(data).__name__}")
    if not data.keys() >= required:
        missing = ", ".join(sorted(required - data.keys()))
        raise KeyError(f"{cls.__name__} lacks required field(s) {missing}")
    # No copy: copying each item was a quarter of the time a lazy list takes to build
    # (bench/README.md), and a shallow copy would not protect the nested values anyway.
    instance = object.__new__(cls)
    instance.__dict__[RAW] = data
    return instance


__all__ = ["RAW", "decode_lazily", "lazy_fields"]
