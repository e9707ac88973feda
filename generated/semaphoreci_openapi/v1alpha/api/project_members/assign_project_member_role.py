"""`PUT /projects/{project_id}/members/{member_id}/role`: Set a member's project role"""

from typing import Any
from urllib.parse import quote

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.surface import Operation
from ...models.action_status import ActionStatus
from ...models.role_assign_request import RoleAssignRequest

OPERATION = Operation(
    id="assignProjectMemberRole",
    method="PUT",
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
    body: RoleAssignRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/projects/{project_id}/members/{member_id}/role".format(
            project_id=quote(str(project_id), safe=""),
            member_id=quote(str(member_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> ActionStatus:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = ActionStatus.from_dict(loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
