"""Open enums: the API may add values at any time, and some endpoints change the casing.

The Stability sections of the Semaphore docs promise that new values appear without
notice, and the v1alpha pipeline endpoints send `done` in one place and `DONE` in
another. A generated enum therefore never rejects a value: an unknown one becomes a
member of its own (`is_known` is false, `value` is what the server sent), and members
compare equal to any string, or member of another enum, that differs only in case.
"""

from __future__ import annotations

from enum import IntEnum, StrEnum
from typing import Any, Self


class OpenStrEnum(StrEnum):
    """Base of the generated string enums; see the module docstring."""

    @classmethod
    def from_value(cls, value: Any) -> Self:
        """`cls(value)`, the models' way: a declared value is one dict lookup, where the
        enum's own call takes two Python-level calls (bench/README.md, issue 16)."""
        member = cls._value2member_map_.get(value)
        return member if member is not None else cls(value)  # type: ignore[return-value]

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        if not isinstance(value, str):
            return None  # a wrong JSON type is a broken response, not a new value
        # A fresh member keeps the exact text, so a model serializes back unchanged.
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    @property
    def known(self) -> Self | None:
        """The declared member this value stands for (ignoring case), or `None`."""
        folded = self.casefold()
        for member in type(self):
            if member.casefold() == folded:
                return member
        return None

    @property
    def is_known(self) -> bool:
        """Whether the value is one the spec declares (ignoring case)."""
        return self.known is not None

    def __eq__(self, other: object) -> bool:
        if isinstance(other, str):
            return self.casefold() == other.casefold()
        return NotImplemented

    def __ne__(self, other: object) -> bool:
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    def __hash__(self) -> int:
        return hash(self.casefold())


class OpenIntEnum(IntEnum):
    """Base of the generated integer enums: unknown numbers are kept, never rejected."""

    @classmethod
    def from_value(cls, value: Any) -> Self:
        """`cls(value)`, the models' way (see `OpenStrEnum.from_value`)."""
        member = cls._value2member_map_.get(value)
        return member if member is not None else cls(value)  # type: ignore[return-value]

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        if isinstance(value, bool) or not isinstance(value, int):
            return None
        member = int.__new__(cls, value)
        member._name_ = f"UNKNOWN_{value}".replace("-", "MINUS_")
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        """Whether the number is one the spec declares."""
        return self._value_ in type(self)._value2member_map_


__all__ = ["OpenIntEnum", "OpenStrEnum"]
