"""A curl command that reproduces a request, with the token left out.

The token becomes `$SEMAPHORE_API_TOKEN`, outside the single quotes, so the command
runs as printed once the variable is set, and nothing secret is written down.
"""

from __future__ import annotations

import dataclasses
import shlex

from .defaults import TOKEN_VARIABLE
from .redact import Redactor
from .results import SentRequest

# Stands for the token until the command is quoted; only URL-safe word characters.
_SENTINEL = "SEMAPHORETOKENPLACEHOLDER"
# Set by curl itself, or noise in a reproduction.
_SKIPPED = frozenset(
    {
        "user-agent",
        "accept-encoding",
        "connection",
        "content-length",
        "host",
        "x-schemathesis-testcaseid",
    }
)


def _quote(argument: str) -> str:
    quoted = shlex.quote(argument)
    if _SENTINEL not in quoted:
        return quoted
    splice = f"'\"${TOKEN_VARIABLE}\"'" if quoted.startswith("'") else f'"${TOKEN_VARIABLE}"'
    return quoted.replace(_SENTINEL, splice)


def curl(request: SentRequest, redactor: Redactor) -> str:
    """`curl -X METHOD -H ... 'URL'` for `request`, the token as `$SEMAPHORE_API_TOKEN`."""
    masked = dataclasses.replace(redactor, mask=_SENTINEL)
    note = ""
    parts = ["curl", "-X", request.method.upper()]
    for name, value in request.headers:
        if name.lower() in _SKIPPED or (name.lower() == "accept" and value == "*/*"):
            continue
        parts += ["-H", _quote(f"{name}: {masked.header(name, value)}")]
    if request.body:
        try:
            text = request.body.decode("utf-8")
        except UnicodeDecodeError:
            size = len(request.body)
            note = f"# the body: {size} bytes of binary data in body.bin (see the cassette)\n"
            parts += ["--data-binary", "@body.bin"]
        else:
            parts += ["--data-raw", _quote(masked.text(text))]
    parts.append(_quote(masked.url(request.url)))
    return note + " ".join(parts)
