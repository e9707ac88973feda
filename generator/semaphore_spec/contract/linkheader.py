"""A strict reader of RFC 8288 `Link` header values.

    <https://api.example.com/v2/orgs?page=2>; rel="next", <...>; rel="last"

Each link-value is a URI reference in angle brackets followed by `;`-separated
parameters (`token` or `token="quoted string"`); link-values are separated by
commas. Anything else is malformed: a client splitting on `,` and `;` the usual way
would misread it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_TOKEN = r"[!#$%&'*+.^_`|~0-9A-Za-z-]+"
_QUOTED = r'"(?:[^"\\]|\\.)*"'
_TARGET = re.compile(r"[ \t]*<([^<>\s]*)>[ \t]*")
_PARAM = re.compile(rf"[ \t]*;[ \t]*({_TOKEN})(?:[ \t]*=[ \t]*({_TOKEN}|{_QUOTED}))?[ \t]*")
_SEPARATOR = re.compile(r"[ \t]*,[ \t]*")


class MalformedLink(ValueError):
    """The header value is not a valid RFC 8288 link list; the message says where."""


@dataclass(frozen=True)
class Link:
    """One link-value: its target and parameters (names lower-cased, values unquoted)."""

    target: str
    params: dict[str, str] = field(default_factory=dict)

    @property
    def relations(self) -> list[str]:
        """The link's relation types (`rel` may list several, space-separated)."""
        return self.params.get("rel", "").lower().split()


def parse(value: str) -> list[Link]:
    """The links of a `Link` header value; raises `MalformedLink`."""
    links: list[Link] = []
    position = 0
    while True:
        target = _TARGET.match(value, position)
        if target is None:
            raise MalformedLink(
                f"expected `<URI>` at character {position + 1}: {value[position : position + 40]!r}"
            )
        position = target.end()
        params: dict[str, str] = {}
        while (param := _PARAM.match(value, position)) is not None:
            name, raw = param.group(1).lower(), param.group(2) or ""
            if raw.startswith('"'):
                raw = re.sub(r"\\(.)", r"\1", raw[1:-1])
            # RFC 8288 section 3: occurrences after the first `rel` are ignored.
            params.setdefault(name, raw)
            position = param.end()
        links.append(Link(target.group(1), params))
        if position == len(value):
            return links
        separator = _SEPARATOR.match(value, position)
        if separator is None:
            raise MalformedLink(
                f"expected `;` or `,` at character {position + 1}: "
                f"{value[position : position + 40]!r}"
            )
        position = separator.end()
