"""Reading the servers' "wait until" headers: `Retry-After` and `X-RateLimit-Reset`."""

from __future__ import annotations

import datetime as _dt
import math
from email.utils import parsedate_to_datetime

import httpx

from .timestamps import parse_timestamp

# An X-RateLimit-Reset number below this is a count of seconds, above it a Unix time
# (1e9 seconds is September 2001, long before any of these APIs existed).
_EPOCH_THRESHOLD = 1_000_000_000


def retry_after(headers: httpx.Headers, now: _dt.datetime) -> float | None:
    """Seconds the server asks to wait (`Retry-After`: seconds or an HTTP date), if any."""
    value = headers.get("retry-after")
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        pass
    else:
        # `inf` and `nan` parse as floats but say nothing usable: no hint.
        return max(0.0, seconds) if math.isfinite(seconds) else None
    try:
        when = parsedate_to_datetime(value)
        if when.tzinfo is None:
            when = when.replace(tzinfo=_dt.UTC)
        return max(0.0, (when - now).total_seconds())
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def rate_limit_reset(headers: httpx.Headers, now: _dt.datetime) -> _dt.datetime | None:
    """When the rate-limit window renews (`X-RateLimit-Reset`), if the server says.

    Accepts a Unix time, a number of seconds from now, or a date such as the
    `2017-06-28 15:00:00 +0000` of the v2 docs. A value that is no point in time a
    `datetime` can hold (`inf`, `nan`, `1e20`, a year past 9999) is `None`: unknown.
    """
    value = headers.get("x-ratelimit-reset")
    if value is None:
        return None
    value = value.strip()
    try:
        number = float(value)
    except ValueError:
        try:
            return parse_timestamp(value)
        except ValueError:
            return None
    if not math.isfinite(number):
        return None
    try:
        if number < _EPOCH_THRESHOLD:
            return now + _dt.timedelta(seconds=max(0.0, number))
        return _dt.datetime.fromtimestamp(number, tz=_dt.UTC)
    except (OverflowError, ValueError, OSError):
        return None


def wait_hint(headers: httpx.Headers, now: _dt.datetime) -> float | None:
    """Seconds to wait before trying again, from either header (the longer one wins)."""
    hints = [retry_after(headers, now)]
    reset = rate_limit_reset(headers, now)
    if reset is not None:
        hints.append(max(0.0, (reset - now).total_seconds()))
    present = [hint for hint in hints if hint is not None]
    return max(present) if present else None


__all__ = ["rate_limit_reset", "retry_after", "wait_hint"]
