"""The pagination kinds of the registry: how each style's pages are asked for and
what every page says about its place in the list (see `spec/surfaces.yaml`)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, model_validator

from .base import FrozenModel


class _Style(FrozenModel):
    description: str
    headers: list[str] = Field(default_factory=list)  # header components the overlay adds

    def _check_listed(self, *names: str | None) -> None:
        listed = {h.lower() for h in self.headers}
        for name in names:
            if name is not None and name.lower() not in listed:
                raise ValueError(
                    f"header {name!r} is not among the style's headers "
                    f"({', '.join(self.headers) or 'none'})"
                )


class LinkRelationStyle(_Style):
    """Pages numbered by a query parameter; RFC 8288 links in `header` lead to the others."""

    kind: Literal["link-relation"]
    header: str
    total_header: str | None = None
    per_page_header: str | None = None
    total_pages_header: str | None = None
    page_number_header: str | None = None
    # Opaque tokens of the neighbouring pages, where the style sends them.
    next_token_header: str | None = None
    previous_token_header: str | None = None
    page_param: str = "page"
    page_size_params: list[str] = Field(default_factory=lambda: ["page_size", "per_page"])
    # `always`: first and last on every page; `useful`: only relations that lead elsewhere.
    first_last: Literal["always", "useful"] = "useful"
    # Per relation (first, prev, next, last): `always`, `useful`, or never when absent;
    # given, it replaces `first_last` (prev and next are always `useful`).
    link_relations: dict[Literal["first", "prev", "next", "last"], Literal["always", "useful"]] | (
        None
    ) = None
    # Links may say http:// whatever the request's scheme (a server behind a TLS proxy).
    links_may_downgrade_scheme: bool = False
    every_page: list[str] = Field(default_factory=list)  # headers sent on every page

    @model_validator(mode="after")
    def _headers_listed(self) -> LinkRelationStyle:
        self._check_listed(
            self.header,
            self.total_header,
            self.per_page_header,
            self.total_pages_header,
            self.page_number_header,
            self.next_token_header,
            self.previous_token_header,
            *self.every_page,
        )
        return self

    def relation_modes(self) -> dict[str, str]:
        """When each link relation is sent: `always`, `useful` (it leads elsewhere);
        a relation not listed is never sent."""
        if self.link_relations is not None:
            return {str(relation): str(mode) for relation, mode in self.link_relations.items()}
        return {
            "first": self.first_last,
            "prev": "useful",
            "next": "useful",
            "last": self.first_last,
        }


class JsonPageHeaderStyle(_Style):
    """Pages numbered by a query parameter; `header` is a JSON object about the page."""

    kind: Literal["json-page-header"]
    header: str
    next_field: str
    total_field: str
    page_param: str = "page"
    page_size_params: list[str] = Field(default_factory=list)
    every_page: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _headers_listed(self) -> JsonPageHeaderStyle:
        self._check_listed(self.header, *self.every_page)
        return self


class MoreFlagHeaderStyle(_Style):
    """Pages numbered by `page_param` = 1, 2, ...; each answer names its page in
    `page_header` and says in `more_header` ("true"/"false") whether more follow.
    `page_size` is the server's fixed page size, when it has one (the mock serves it)."""

    kind: Literal["more-flag-header"]
    page_param: str = "page"
    page_header: str
    more_header: str
    page_size: int | None = None
    page_size_params: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _headers_listed(self) -> MoreFlagHeaderStyle:
        self._check_listed(self.page_header, self.more_header)
        return self


class BodyCursorStyle(_Style):
    """The body carries the cursor of the next page; `cursor_params` send it back
    (`"{field}"` copies a body field) until the body's `stop_field` is empty or 0."""

    kind: Literal["body-cursor"]
    cursor_params: dict[str, str]
    stop_field: str


class BodyPageCountStyle(_Style):
    """Pages numbered by `page_param` from `first_page`; the body's `total_pages_field`
    says how many pages the list has, so a client asks for the next number until it
    has asked for them all (a page past the count holds no items)."""

    kind: Literal["body-page-count"]
    page_param: str
    first_page: int = Field(default=0, ge=0)
    total_pages_field: str
    page_size_params: list[str] = Field(default_factory=list)


PaginationStyle = Annotated[
    LinkRelationStyle
    | JsonPageHeaderStyle
    | MoreFlagHeaderStyle
    | BodyCursorStyle
    | BodyPageCountStyle,
    Field(discriminator="kind"),
]
PAGINATION_KINDS = (
    "link-relation",
    "json-page-header",
    "more-flag-header",
    "body-cursor",
    "body-page-count",
)
