"""`GET /deployment_targets`: List deployment targets, or find one by name"""

from typing import Any

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.model_list import model_list
from ...._runtime.surface import Operation
from ...models.deployment_target import DeploymentTarget
from ...types import UNSET, Unset

OPERATION = Operation(
    id="listDeploymentTargets",
    method="GET",
    path="/deployment_targets",
    server="default",
    pagination=None,
    items=None,
    idempotency_token=None,
)


def _get_kwargs(
    *,
    project_id: str,
    target_name: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["project_id"] = project_id

    params["target_name"] = target_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/deployment_targets",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> list[DeploymentTarget]:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = model_list(DeploymentTarget, loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
