"""`DELETE /projects/{project_id}/members/{member_id}/role`: Remove a member's project role"""

from typing import Any, cast
from urllib.parse import quote

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.surface import Operation
from ...types import UNSET, Unset

OPERATION = Operation(
    id="removeProjectMemberRole",
    method="DELETE",
    path="/projects/{project_id}/members/{member_id}/role",
    server="default",
    pagination=None,
    items=None,
    idempotency_token=None,
)


def _get_kwargs(
    project_id: str,
    member_id: str,
    *,
    role_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["role_id"] = role_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/projects/{project_id}/members/{member_id}/role".format(
            project_id=quote(str(project_id), safe=""),
            member_id=quote(str(member_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> bool:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = cast(bool, loads(response.content))
        return response_200

    raise UndocumentedStatus(response.status_code)
