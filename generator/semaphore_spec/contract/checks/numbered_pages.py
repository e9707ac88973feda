"""Pages numbered in a header, with a flag saying whether more follow.

The registry kind `more-flag-header` (the projects list): the client asks for
`page_param` = 1, 2, ... and every answer names the page it holds in `page_header`
and says in `more_header` (`true`/`false`) whether a later page has items. A client
such as `sem` loops while the flag is `true`, so a page must name the page that was
asked for, the flag must be a boolean, and the page after a `true` must exist.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from schemathesis import Case, CheckContext, Response

from ..spec import declared_headers, documented_response
from .failures import ContractFailure
from .probe import ask_for_page

KIND = "more-flag-header"
_BOOLEANS = ("true", "false")


class NumberedPageViolation(Exception):
    """One broken promise of a numbered page."""

    def __init__(self, title: str, message: str) -> None:
        super().__init__(title)
        self.title, self.message = title, message


def is_numbered(facts: Mapping[str, Any] | None) -> bool:
    """Whether a registry pagination style is of this kind."""
    return facts is not None and facts.get("kind") == KIND


def requested_page(facts: Mapping[str, Any], query: str) -> int | None:
    """The page a request asks for: 1 without the parameter, None when not a number."""
    name = str(facts["page_param"])
    values = [v for k, v in parse_qsl(query, keep_blank_values=True) if k == name]
    if not values:
        return 1
    return int(values[-1]) if values[-1].isdigit() and int(values[-1]) >= 1 else None


def has_more(facts: Mapping[str, Any], headers: Mapping[str, str]) -> bool:
    """What the page's flag says (headers keyed in lower case)."""
    value = headers.get(str(facts.get("more_header") or "").lower(), "")
    return value.strip().lower() == "true"


def inspect_numbered_page(
    facts: Mapping[str, Any],
    headers: Mapping[str, str],
    declared: Mapping[str, str],
    requested: int | None,
) -> None:
    """Raise `NumberedPageViolation` for the first broken promise of one page.

    `headers` are the response's headers in lower case; `declared` the documented
    response headers (lower-case name -> documented spelling): a header is demanded
    only where the document declares it for this answer.
    """
    page_header = str(facts.get("page_header") or "").lower()
    more_header = str(facts.get("more_header") or "").lower()
    for name in (page_header, more_header):
        if name and name in declared and name not in headers:
            raise NumberedPageViolation(
                f"Missing pagination header `{declared[name]}`",
                f"Every page of this list carries `{declared[name]}`; this one does not.",
            )
    if more_header in headers and headers[more_header].strip().lower() not in _BOOLEANS:
        raise NumberedPageViolation(
            f"Malformed pagination header `{more_header}`",
            f"`{more_header}: {headers[more_header]}` is neither `true` nor `false`.",
        )
    if page_header not in headers:
        return
    text = headers[page_header].strip()
    if not text.isdigit() or int(text) < 1:
        raise NumberedPageViolation(
            f"Malformed pagination header `{page_header}`",
            f"`{page_header}: {headers[page_header]}` is not a page number.",
        )
    if requested is not None and int(text) != requested:
        raise NumberedPageViolation(
            "Wrong page number",
            f"Page {requested} was requested; `{page_header}` says page {text}.",
        )


def check_numbered(
    ctx: CheckContext,
    case: Case[Any],
    response: Response,
    facts: Mapping[str, Any],
    walked: set[str],
) -> None:
    """Check one 2xx page; once per operation (`walked`), follow a `true` flag to the
    next page and check that it exists and names itself. Raises `ContractFailure`."""
    _judge(case, response, facts)
    meta = case.meta
    label = case.operation.label
    if label in walked or (meta is not None and meta.generation.mode.is_negative):
        return
    requested = requested_page(facts, urlsplit(str(response.request.url)).query)
    if requested is None or not has_more(facts, _lower(response)):
        return
    walked.add(label)
    param = str(facts["page_param"])
    following, answer = ask_for_page(ctx, case, param, requested + 1)
    if not 200 <= answer.status_code < 300:
        raise ContractFailure(
            operation=label,
            title="The next page is missing",
            message=f"Page {requested} says more follow; page {requested + 1} "
            f"answered {answer.status_code}.",
            case_id=following.id,
        )
    _judge(following, answer, facts)


def _lower(response: Response) -> dict[str, str]:
    return {name.lower(): values[-1] for name, values in response.headers.items() if values}


def _judge(case: Case[Any], response: Response, facts: Mapping[str, Any]) -> None:
    document = case.operation.schema.raw_schema
    spec = documented_response(document, case.operation.definition.raw, response.status_code)
    declared = declared_headers(document, spec) if spec is not None else {}
    requested = requested_page(facts, urlsplit(str(response.request.url)).query)
    try:
        inspect_numbered_page(facts, _lower(response), declared, requested)
    except NumberedPageViolation as exc:
        raise ContractFailure(
            operation=case.operation.label, title=exc.title, message=exc.message, case_id=case.id
        ) from None
