"""Bounds on what one request can make the mock do: body size, JSON nesting, slow bodies.

A body larger than `Limits.max_body_bytes` is refused as too large (the first documented
of 413 and 400), and a JSON body nested deeper than `Limits.max_json_depth` as malformed
(parsing it would exhaust Python's recursion limit: a 500 with a traceback before these
checks). Both answers go through `errors.rejection`, so they take each surface's own
error format. At most the limit is kept, the rest is read and dropped (so the client
gets to read the answer), and a client that stops sending in the middle of a body is
answered 408 after `Limits.body_timeout`: the mock's server does this itself
(`http1.Connection`), the ASGI app through `read_body`.

Slow or silent clients before the request line and headers are bounded by the server's
protocol (`http1.Connection`), not here.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Awaitable, Callable, Mapping, MutableMapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .validation import Problem

# What the real services' body parsers accept by default (Plug.Parsers' `length`).
MAX_BODY_BYTES = 8_000_000
# Ruby's JSON.parse refuses more than 100 levels (`max_nesting`); no request of any
# surface comes near it.
MAX_JSON_DEPTH = 100
# Seconds a client may take to send the request line and headers, or between two
# chunks of a body, before the connection is given up.
HEADER_TIMEOUT = 10.0
BODY_TIMEOUT = 10.0
# Past the limit, a body is read and dropped up to this many bytes more, so that an
# honest client that sent too much can still read the 413; beyond it the connection
# is closed after the answer.
DRAIN_BYTES = 64 * 1024 * 1024

# A JSON string (escapes included), removed before the brackets are counted.
_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")

Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]


@dataclass(frozen=True)
class Limits:
    """The mock's bounds on one request (see the module docstring)."""

    max_body_bytes: int = MAX_BODY_BYTES
    max_json_depth: int = MAX_JSON_DEPTH
    header_timeout: float = HEADER_TIMEOUT
    body_timeout: float = BODY_TIMEOUT


class BodyTimeout(Exception):
    """The client stopped sending in the middle of a request body."""


def json_depth_exceeds(body: bytes, limit: int) -> bool:
    """Whether the JSON in `body` nests arrays and objects more than `limit` deep.

    Counts brackets outside strings, without parsing: linear in the body, no recursion,
    and it stops at the first level past the limit.
    """
    depth = 0
    for bracket in _STRING.sub(b"", body).translate(None, _NOT_BRACKETS):
        if bracket in b"[{":
            depth += 1
            if depth > limit:
                return True
        else:
            depth = max(depth - 1, 0)
    return False


def body_problem(body: bytes, headers: Mapping[str, str], limits: Limits) -> Problem | None:
    """Why `body` is refused before it is parsed, or None."""
    # Imported here: the `mock` command reads this module's defaults for its --help,
    # and the validator (jsonschema) loads only when the mock runs.
    from .validation import Problem, media_type_of

    if len(body) > limits.max_body_bytes:
        return Problem("body", "too-large", None, f"is larger than {limits.max_body_bytes} bytes")
    media_type = media_type_of(headers)
    if (media_type is None or "json" in media_type) and json_depth_exceeds(
        body, limits.max_json_depth
    ):
        return Problem(
            "body", "malformed", None, f"nests JSON deeper than {limits.max_json_depth} levels"
        )
    return None


async def read_body(receive: Receive, limits: Limits) -> bytes | None:
    """The request body, cut one byte past the limit (so it is known to be too large);
    None when the client disconnected. Raises `BodyTimeout`."""
    body = bytearray()
    received = 0
    while True:
        try:
            message = await asyncio.wait_for(receive(), limits.body_timeout)
        except TimeoutError:
            raise BodyTimeout from None
        if message["type"] == "http.disconnect":
            return None
        chunk = message.get("body", b"")
        received += len(chunk)
        if len(body) <= limits.max_body_bytes:
            body += chunk[: limits.max_body_bytes + 1 - len(body)]
        if not message.get("more_body") or received > limits.max_body_bytes + DRAIN_BYTES:
            return bytes(body)
