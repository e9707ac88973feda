"""Credentials as each surface takes them, read from the registry's `auth` schemes
(whose `location`, `param` and `token_prefix` are the one interpretation of an entry).
The mock accepts any non-empty token; it only tells a request with no token from one
with several.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..registry import AuthScheme


class AuthOutcome(enum.Enum):
    """What the credentials of a request amount to."""

    OK = "ok"
    MISSING = "missing"
    MULTIPLE = "multiple"


@dataclass(frozen=True)
class Scheme:
    """One way to send the token."""

    name: str
    location: str  # query | header
    param: str
    prefix: str

    @classmethod
    def from_registry(cls, entry: AuthScheme) -> Scheme:
        """From one registry `auth` scheme."""
        return cls(entry.name, entry.location, entry.param, entry.token_prefix)

    def token(self, query: Mapping[str, Sequence[str]], headers: Mapping[str, str]) -> str | None:
        """The token this scheme finds in the request, or None."""
        if self.location == "query":
            values = query.get(self.param) or []
            value = values[0] if values else ""
        else:
            value = headers.get(self.param.lower(), "")
            # Scheme words are case-insensitive (RFC 9110 section 11.1).
            if self.prefix:
                if value[: len(self.prefix)].lower() != self.prefix.lower():
                    return None
                value = value[len(self.prefix) :]
        value = value.strip()
        return value or None

    def credentials(self, token: str) -> tuple[dict[str, str], dict[str, str]]:
        """(query, headers) that carry `token` this way."""
        if self.location == "query":
            return {self.param: token}, {}
        return {}, {self.param: f"{self.prefix}{token}"}


def schemes(auth_entries: Sequence[AuthScheme]) -> tuple[Scheme, ...]:
    """The schemes of a registry `auth` list, in order (the first is the default)."""
    return tuple(Scheme.from_registry(entry) for entry in auth_entries)


def check(
    surface_schemes: Sequence[Scheme],
    query: Mapping[str, Sequence[str]],
    headers: Mapping[str, str],
) -> AuthOutcome:
    """Whether the request carries a token, and whether it carries it in several places.

    `headers` has lower-case names. Two schemes that read the same header (`Token` and
    `Bearer`) are one place: a header holds one value.
    """
    places = {
        (scheme.location, scheme.param.lower())
        for scheme in surface_schemes
        if scheme.token(query, headers) is not None
    }
    if not places:
        return AuthOutcome.MISSING
    return AuthOutcome.MULTIPLE if len(places) > 1 else AuthOutcome.OK


def credential_params(surface_schemes: Sequence[Scheme]) -> frozenset[tuple[str, str]]:
    """(location, lower-case name) of every parameter that carries a token."""
    return frozenset((s.location, s.param.lower()) for s in surface_schemes)
