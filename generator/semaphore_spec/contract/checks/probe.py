"""Extra requests a check sends, recorded like the cases Schemathesis generates."""

from __future__ import annotations

from typing import Any

from schemathesis import Case, CheckContext, Response


def send(ctx: CheckContext, parent: Case[Any], probe: Case[Any]) -> Response:
    """Send `probe` (derived from `parent`) and record it under `parent`, so reports and
    cassettes show it and a failure can point at it."""
    # `ctx.internals` is how Schemathesis' own probing checks record their requests; the
    # project pins Schemathesis, so this stays in step with the recorder it feeds.
    ctx.internals.record_case(parent_id=parent.id, case=probe)
    response = probe.call()
    ctx.internals.record_response(case_id=probe.id, response=response)
    return response


def ask_for_page(
    ctx: CheckContext, case: Case[Any], param: str, number: int
) -> tuple[Case[Any], Response]:
    """Send `case` again with query parameter `param` set to page `number`; the probe
    and its answer."""
    following = case.derive(query={**(case.query or {}), param: str(number)})
    return following, send(ctx, case, following)
