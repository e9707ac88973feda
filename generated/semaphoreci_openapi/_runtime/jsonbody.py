"""JSON bodies parsed with msgspec, with exactly the results of `json.loads`.

msgspec's untyped decoder builds the same dicts and lists as `json.loads` in about 0.7x
its time on our list answers (bench/README.md, issue 16). Where the two disagree,
msgspec refuses and `json.loads` decides: `NaN` and `Infinity`, numbers beyond a
double (`1e400`), lone surrogates, a byte-order mark or UTF-16/32 bodies all parse as
`json.loads` parses them, and a malformed body raises `json.loads`' own error. Deep
nesting raises `RecursionError` in both. (orjson was measured too: slower here, and it
turns integers beyond 64 bits into floats without a word.)
"""

from __future__ import annotations

import json
from typing import Any

import msgspec

_decode = msgspec.json.Decoder().decode


def loads(content: bytes | str) -> Any:
    """The JSON value of a response body, as `json.loads(content)` would give it."""
    try:
        return _decode(content)
    except msgspec.DecodeError:
        return json.loads(content)


__all__ = ["loads"]
