"""What the pagination check knows of a style: the registry's style, read from the
tested document (the runner puts the surface's styles under `STYLES_KEY`), as the
promises every page makes."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import pydantic

from ...registry import JsonPageHeaderStyle, LinkRelationStyle, PaginationStyle

# The root key of a tested document under which the runner puts the registry's styles.
STYLES_KEY = "x-semaphore-pagination-styles"
_STYLE = pydantic.TypeAdapter[PaginationStyle](PaginationStyle)


def _lower(name: str | None) -> str | None:
    return name.lower() if name is not None else None


@dataclass(frozen=True)
class Style:
    """What every page of a list paginated in one (numbered-page) style carries; header
    names are lower-case, None where the style has no such header."""

    name: str
    required: frozenset[str]  # headers present on every page
    always_first_last: bool  # first/last on every page (else only where they lead elsewhere)
    http_links: bool  # links may say http:// whatever scheme the request used
    page_param: str
    link: str | None = None
    json: str | None = None
    total: str | None = None
    per_page: str | None = None
    total_pages: str | None = None
    page_number: str | None = None

    @classmethod
    def from_registry(cls, name: str, style: PaginationStyle) -> Style | None:
        """The promises of a registry style; None for cursor styles."""
        if isinstance(style, JsonPageHeaderStyle):
            return cls(
                name,
                frozenset(h.lower() for h in style.every_page),
                always_first_last=False,
                http_links=False,
                page_param=style.page_param,
                json=style.header.lower(),
            )
        if isinstance(style, LinkRelationStyle):
            return cls(
                name,
                frozenset(h.lower() for h in style.every_page),
                always_first_last=style.first_last == "always",
                http_links=style.links_may_downgrade_scheme,
                page_param=style.page_param,
                link=style.header.lower(),
                total=_lower(style.total_header),
                per_page=_lower(style.per_page_header),
                total_pages=_lower(style.total_pages_header),
                page_number=_lower(style.page_number_header),
            )
        return None


def styles_entry(styles: Mapping[str, PaginationStyle]) -> dict[str, Any]:
    """The `STYLES_KEY` value the runner puts into a tested document."""
    return {name: _STYLE.dump_python(style, mode="json") for name, style in styles.items()}


def described_style(document: Mapping[str, Any], name: str) -> dict[str, Any]:
    """The registry facts of style `name` as `document` carries them (see `STYLES_KEY`)."""
    described = (document.get(STYLES_KEY) or {}).get(name)
    if not isinstance(described, dict):
        raise Violation(
            f"Unknown pagination style `{name}`",
            f"The operation says `x-semaphore-pagination: {name}`, but the surface's "
            "registry entry describes no such style.",
        )
    return described


def style_of(document: Mapping[str, Any], name: str) -> Style | None:
    """The promises of style `name` as `document` describes it; None for the kinds whose
    position is not in numbered-page headers with links."""
    return Style.from_registry(name, _STYLE.validate_python(described_style(document, name)))


class Violation(Exception):
    """One broken promise of a page (the check turns it into a failure)."""

    def __init__(self, title: str, message: str) -> None:
        super().__init__(title)
        self.title, self.message = title, message
