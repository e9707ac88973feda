"""`DELETE /deployment_targets/{target_id}`: Delete a deployment target"""

from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.surface import Operation
from ...models.deployment_target_deleted import DeploymentTargetDeleted
from ...types import UNSET

OPERATION = Operation(
    id="deleteDeploymentTarget",
    method="DELETE",
    path="/deployment_targets/{target_id}",
    server="default",
    pagination=None,
    items=None,
    idempotency_token="unique_token",
)


def _get_kwargs(
    target_id: str,
    *,
    unique_token: UUID,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_unique_token = str(unique_token)
    params["unique_token"] = json_unique_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/deployment_targets/{target_id}".format(
            target_id=quote(str(target_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> DeploymentTargetDeleted:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = DeploymentTargetDeleted.from_dict(loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
