"""`GET /roles`: List roles"""

from typing import Any

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.surface import Operation
from ...models.role_list import RoleList

OPERATION = Operation(
    id="listRoles",
    method="GET",
    path="/roles",
    server="default",
    pagination=None,
    items=None,
    idempotency_token=None,
)


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/roles",
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> RoleList:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = RoleList.from_dict(loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
