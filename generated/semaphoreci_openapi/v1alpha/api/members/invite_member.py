"""`POST /members`: Invite a member"""

from typing import Any

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.surface import Operation
from ...models.member_invite_request import MemberInviteRequest
from ...models.member_invite_result import MemberInviteResult

OPERATION = Operation(
    id="inviteMember",
    method="POST",
    path="/members",
    server="default",
    pagination=None,
    items=None,
    idempotency_token=None,
)


def _get_kwargs(
    *,
    body: MemberInviteRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/members",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> MemberInviteResult:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = MemberInviteResult.from_dict(loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
