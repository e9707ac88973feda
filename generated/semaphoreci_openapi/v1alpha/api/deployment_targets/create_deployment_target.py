"""`POST /deployment_targets`: Create a deployment target"""

from typing import Any

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.surface import Operation
from ...models.deployment_target import DeploymentTarget
from ...models.deployment_target_create import DeploymentTargetCreate
from ...types import UNSET, Unset

OPERATION = Operation(
    id="createDeploymentTarget",
    method="POST",
    path="/deployment_targets",
    server="default",
    pagination=None,
    items=None,
    idempotency_token="unique_token",
)


def _get_kwargs(
    *,
    body: DeploymentTargetCreate,
    project_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["project_id"] = project_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/deployment_targets",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> DeploymentTarget:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = DeploymentTarget.from_dict(loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
