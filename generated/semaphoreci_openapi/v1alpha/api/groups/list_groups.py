"""`GET /groups`: List groups"""

from typing import Any

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.surface import Operation
from ...models.group_list import GroupList
from ...types import UNSET, Unset

OPERATION = Operation(
    id="listGroups",
    method="GET",
    path="/groups",
    server="default",
    pagination="page-count",
    items="groups",
    idempotency_token=None,
)


def _get_kwargs(
    *,
    page_no: int | Unset = 0,
    page_size: int | Unset = 2000,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page_no"] = page_no

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/groups",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> GroupList:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = GroupList.from_dict(loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
