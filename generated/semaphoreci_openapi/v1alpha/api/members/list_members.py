"""`GET /members`: List organization members"""

from typing import Any

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.surface import Operation
from ...models.list_members_member_type import ListMembersMemberType
from ...models.member_list import MemberList
from ...types import UNSET, Unset

OPERATION = Operation(
    id="listMembers",
    method="GET",
    path="/members",
    server="default",
    pagination="page-count",
    items="members",
    idempotency_token=None,
)


def _get_kwargs(
    *,
    member_type: ListMembersMemberType | Unset = ListMembersMemberType.USER,
    page_no: int | Unset = 0,
    page_size: int | Unset = 2000,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_member_type: str | Unset = UNSET
    if not isinstance(member_type, Unset):
        json_member_type = member_type.value

    params["member_type"] = json_member_type

    params["page_no"] = page_no

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/members",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> MemberList:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = MemberList.from_dict(loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
