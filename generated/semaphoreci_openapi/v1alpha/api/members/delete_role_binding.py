"""`DELETE /role_bindings`: Remove a user's organization role binding"""

from typing import Any, cast

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.surface import Operation
from ...types import UNSET, Unset

OPERATION = Operation(
    id="deleteRoleBinding",
    method="DELETE",
    path="/role_bindings",
    server="default",
    pagination=None,
    items=None,
    idempotency_token=None,
)


def _get_kwargs(
    *,
    user_id: str | Unset = UNSET,
    email: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["user_id"] = user_id

    params["email"] = email

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/role_bindings",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> bool:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = cast(bool, loads(response.content))
        return response_200

    raise UndocumentedStatus(response.status_code)
