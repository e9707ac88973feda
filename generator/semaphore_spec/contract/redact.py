"""Keeping the API token out of everything a contract run writes or prints.

The token travels in the request (the `Authorization` header or the `auth_token`
query parameter, as the registry says) and may come back in answers: a server builds
pagination links from the request's own query, `auth_token` included. A `Redactor`
scrubs both the places credentials live and every other occurrence of the token, in
its plain and percent-encoded spellings, from progress lines, reports, cassettes and
error messages.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, quote, quote_plus, urlencode, urlsplit, urlunsplit

REDACTED = "[REDACTED]"
# Below this length a token is not searched for in free text: replacing a one-letter
# token would mangle every word that has the letter, and a token that short is no
# secret worth hiding. Credential headers and query parameters are masked regardless.
MIN_SCRUBBED_LENGTH = 6


@dataclass(frozen=True)
class Redactor:
    """Scrubs one token; `query_params` and `headers` (lower case) carry credentials."""

    token: str = field(repr=False)
    query_params: frozenset[str] = frozenset({"auth_token"})
    headers: frozenset[str] = frozenset({"authorization"})
    mask: str = REDACTED  # what stands in for the token

    @classmethod
    def for_locations(cls, token: str, locations: Iterable[tuple[str, str]]) -> Redactor:
        """A redactor for credentials at `locations`: (`query` | `header`, name) pairs.

        `Authorization` and `auth_token` are always scrubbed: every Semaphore surface
        uses one of them, and a stray credential in the other place must not leak either.
        """
        query = {"auth_token"}
        headers = {"authorization"}
        for location, name in locations:
            (query if location == "query" else headers).add(name.lower())
        return cls(token, frozenset(query), frozenset(headers))

    def _spellings(self) -> list[str]:
        if len(self.token) < MIN_SCRUBBED_LENGTH:
            return []
        forms = {self.token, quote(self.token, safe=""), quote_plus(self.token)}
        # The longest first, so a spelling that contains another is replaced whole.
        return sorted(forms, key=len, reverse=True)

    def text(self, value: str) -> str:
        """`value` with every occurrence of the token replaced."""
        for spelling in self._spellings():
            value = value.replace(spelling, self.mask)
        return value

    def url(self, url: str) -> str:
        """`url` with credential query parameters blanked and the token scrubbed."""
        parts = urlsplit(url)
        if parts.query:
            pairs = [
                (name, self.mask if name.lower() in self.query_params else value)
                for name, value in parse_qsl(parts.query, keep_blank_values=True)
            ]
            query = urlencode(pairs, safe="[]")
            parts = parts._replace(query=query)
        return self.text(urlunsplit(parts))

    def header(self, name: str, value: str) -> str:
        """A header value fit to show: a credential header keeps only its scheme word."""
        if name.lower() in self.headers:
            scheme, _, rest = value.partition(" ")
            return f"{scheme} {self.mask}" if rest else self.mask
        return self.text(value)
