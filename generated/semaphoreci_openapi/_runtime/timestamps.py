"""Timestamps in every encoding the Semaphore servers use, parsed to aware datetimes.

The same API may write a point in time as RFC 3339 (`2023-06-07T09:24:04.000000Z`),
as `2019-10-14 18:31:17.293456Z`, as Ruby's `2017-06-10 16:59:51 +0200`, as Unix
seconds (a JSON integer or a decimal string) or as a protobuf `{"seconds", "nanos"}`
object; a time that is not set yet is `""`, `"0"`, `0`, `{"seconds": 0, "nanos": 0}` or
the epoch itself (`1970-01-01 00:00:00.000000Z`). `Timestamp` keeps the value exactly as
it came (so a model serializes back to the same JSON) and offers the aware `datetime`,
or `None` when unset.
"""

from __future__ import annotations

import copy
import datetime as _dt
import re
from typing import Any

EPOCH = _dt.datetime(1970, 1, 1, tzinfo=_dt.UTC)

_DATE_TIME = re.compile(
    r"""
    (?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})
    [Tt\ ]
    (?P<hour>\d{2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:[.,](?P<fraction>\d+))?)?
    \ ?(?P<zone>[Zz]|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?
    """,
    re.VERBOSE,
)
_NUMBER = re.compile(r"[+-]?\d+(?:\.\d+)?")
_new = object.__new__


def _zone(text: str | None) -> _dt.tzinfo:
    # A time without a zone is taken as UTC: every Semaphore server writes UTC times.
    if text is None or text.upper() in {"Z", "UTC", "GMT"}:
        return _dt.UTC
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:4] or 0)
    return _dt.timezone(sign * _dt.timedelta(hours=hours, minutes=minutes))


def _from_string(text: str) -> _dt.datetime | None:
    stripped = text.strip()
    if stripped == "":
        return None
    if _NUMBER.fullmatch(stripped):
        return _from_seconds(float(stripped) if "." in stripped else int(stripped), 0)
    match = _DATE_TIME.fullmatch(stripped)
    if match is None:
        raise ValueError(f"not a timestamp: {text!r}")
    fraction = (match["fraction"] or "0")[:6].ljust(6, "0")  # nanoseconds are cut to µs
    value = _dt.datetime(
        int(match["year"]),
        int(match["month"]),
        int(match["day"]),
        int(match["hour"]),
        int(match["minute"]),
        int(match["second"] or 0),
        int(fraction),
        tzinfo=_zone(match["zone"]),
    )
    return None if value == EPOCH else value


def _from_seconds(seconds: float, nanos: int) -> _dt.datetime | None:
    if seconds == 0 and nanos == 0:
        return None
    return EPOCH + _dt.timedelta(seconds=seconds, microseconds=nanos // 1000)


def _integer(value: Any, what: str) -> int:
    # protojson writes int64 fields as decimal strings, so `"seconds": "1571083003"` occurs.
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise ValueError(f"{what} must be an integer, not {value!r}")
    return int(value)


def parse_timestamp(raw: Any) -> _dt.datetime | None:
    """The aware datetime `raw` encodes, `None` for an unset value; `ValueError` otherwise.

    A number of seconds no `datetime` can hold (`1e20`, `"99999999999999999999"`, `inf`)
    is a `ValueError` too, never an `OverflowError`.
    """
    try:
        return _parse(raw)
    except OverflowError as exc:
        raise ValueError(f"not a timestamp a datetime can hold: {raw!r} ({exc})") from exc


def _parse(raw: Any) -> _dt.datetime | None:
    if raw is None:
        return None
    if isinstance(raw, bool):
        raise ValueError(f"not a timestamp: {raw!r}")
    if isinstance(raw, int | float):
        return _from_seconds(raw, 0)
    if isinstance(raw, str):
        return _from_string(raw)
    if isinstance(raw, dict) and "seconds" in raw:
        return _from_seconds(
            _integer(raw["seconds"], "seconds"), _integer(raw.get("nanos", 0), "nanos")
        )
    raise ValueError(f"not a timestamp: {raw!r}")


class Timestamp:
    """A point in time as a Semaphore server wrote it.

    `datetime` is the aware `datetime.datetime`, or `None` when the server sent one of
    its "not set" forms; `raw` is the value exactly as received, and `to_dict()` gives it
    back. A value in a form nobody has seen yet does not fail the whole response: it is
    kept, `is_set` is true, and reading `datetime` raises `ValueError`.

    Timestamps compare equal when they denote the same instant (or are both unset),
    also against a `datetime`.
    """

    __slots__ = ("_error", "_parsed", "_raw", "_value")

    def __init__(self, raw: Any) -> None:
        # Strings and numbers are immutable; only the object form needs its own copy.
        self._raw = copy.deepcopy(raw) if isinstance(raw, dict | list) else raw
        self._parsed = False
        # _value and _error are set by _parse, which every reader calls first.
        self._value: _dt.datetime | None
        self._error: str | None

    def _parse(self) -> Timestamp:
        """Parse on first use: building models of a large list parsed every timestamp
        eagerly, most never read (about 40% of model building, bench/README.md)."""
        if not self._parsed:
            try:
                self._value, self._error = parse_timestamp(self._raw), None
            except ValueError as exc:
                self._value, self._error = None, str(exc)
            self._parsed = True
        return self

    @classmethod
    def from_dict(cls, data: Any) -> Timestamp:
        """A value as found in a response body (the models call this). Unlike the
        constructor it takes no copy: the model owns the parsed body, and copying each
        `{seconds, nanos}` object was ~60% of decoding a list (bench/README.md)."""
        return Timestamp.received(data)

    @staticmethod
    def received(data: Any) -> Timestamp:
        """`from_dict` without the class method's binding (the models' lazy fields)."""
        stamp = _new(Timestamp)
        stamp._raw = data
        stamp._parsed = False
        return stamp

    @classmethod
    def from_datetime(cls, value: _dt.datetime) -> Timestamp:
        """A timestamp to send: an aware datetime, written as RFC 3339."""
        if value.tzinfo is None:
            raise ValueError("a timestamp needs a timezone-aware datetime")
        return cls(value.isoformat())

    @staticmethod
    def accepts(data: Any) -> bool:
        """Whether `data` has a JSON type some timestamp encoding uses."""
        return isinstance(data, str | int | float | dict) and not isinstance(data, bool)

    def to_dict(self) -> Any:
        """The value as received (a copy), for serializing the model back to JSON."""
        return copy.deepcopy(self._raw) if isinstance(self._raw, dict | list) else self._raw

    @property
    def raw(self) -> Any:
        """The value exactly as the server sent it."""
        return self.to_dict()

    @property
    def datetime(self) -> _dt.datetime | None:
        """The aware datetime, or `None` when not set; `ValueError` for an unknown form."""
        self._parse()
        if self._error is not None:
            raise ValueError(self._error)
        return self._value

    @property
    def is_set(self) -> bool:
        """False for the server's "not set" forms (`""`, `0`, `{0, 0}`, the epoch...)."""
        self._parse()
        return self._value is not None or self._error is not None

    def __bool__(self) -> bool:
        return self.is_set

    def __eq__(self, other: object) -> bool:
        self._parse()
        if isinstance(other, Timestamp):
            other._parse()
            if self._error or other._error:
                return bool(self._raw == other._raw)
            return self._value == other._value
        if isinstance(other, _dt.datetime):
            return self._error is None and self._value == other
        return NotImplemented

    def __hash__(self) -> int:
        self._parse()
        return hash(self._value) if self._error is None else hash(repr(self._raw))

    def __repr__(self) -> str:
        self._parse()
        shown = self._value.isoformat() if self._value else ("invalid" if self._error else None)
        return f"Timestamp({self._raw!r}, datetime={shown!r})"

    def __str__(self) -> str:
        self._parse()
        return self._value.isoformat() if self._value is not None else str(self._raw)


__all__ = ["EPOCH", "Timestamp", "parse_timestamp"]
