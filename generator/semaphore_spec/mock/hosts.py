"""Which origin the mock writes into the absolute URLs it sends (pagination links).

A configured public URL wins (`--public-url`, or the address the mock command bound).
Otherwise the request's `Host` header is used only when it is a host name or address
literal with an optional port; anything else (`evil.example>; rel="next", <http://x`)
would let the request write into the `link` header, so the server's own address
stands in for it.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from ..errors import SpecError

# RFC 3986 host: a registered name (letters, digits, dots, hyphens), an IPv4 address,
# or an IPv6 literal in brackets; then an optional port.
_HOST = re.compile(
    r"(?:[A-Za-z0-9](?:[A-Za-z0-9.-]{0,252})|\[[0-9A-Fa-f:.]{2,45}\])(?::[0-9]{1,5})?"
)


def safe_host(value: str | None, fallback: str) -> str:
    """`value` (a `Host` header) when it is a plain `host[:port]`, else `fallback`."""
    if value is not None and _HOST.fullmatch(value):
        return value
    return fallback


def server_host(server: tuple[str, int | None] | None) -> str:
    """`host:port` of the address the server listens on (an ASGI scope's `server`)."""
    if not server:
        return "localhost"
    host, port = str(server[0]), server[1]
    host = f"[{host}]" if ":" in host else host
    return f"{host}:{port}" if port else host


def public_origin(url: str) -> tuple[str, str]:
    """`(scheme, host[:port])` of a configured public URL; refuses anything but an
    http(s) origin (a path would not be where the mock serves)."""
    parts = urlsplit(url)
    if (
        parts.scheme not in ("http", "https")
        or not _HOST.fullmatch(parts.netloc)
        or parts.path not in ("", "/")
        or parts.query
        or parts.fragment
    ):
        raise SpecError(
            f"--public-url must be an http(s) origin like http://mock:4010, not {url!r}"
        )
    return parts.scheme, parts.netloc
