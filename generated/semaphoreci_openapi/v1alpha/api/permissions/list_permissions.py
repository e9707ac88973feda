"""`GET /permissions`: List permissions"""

from typing import Any

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.surface import Operation
from ...models.permission_list import PermissionList
from ...types import UNSET, Unset

OPERATION = Operation(
    id="listPermissions",
    method="GET",
    path="/permissions",
    server="default",
    pagination=None,
    items=None,
    idempotency_token=None,
)


def _get_kwargs(
    *,
    scope: str | Unset = "org",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["scope"] = scope

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/permissions",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> PermissionList:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = PermissionList.from_dict(loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
