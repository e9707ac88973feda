"""`GET /deployment_targets/{target_id}/history`: List a deployment target's history"""

from typing import Any
from urllib.parse import quote

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.surface import Operation
from ...models.deployment_history import DeploymentHistory
from ...types import UNSET, Unset

OPERATION = Operation(
    id="listDeploymentHistory",
    method="GET",
    path="/deployment_targets/{target_id}/history",
    server="default",
    pagination="cursor-pair",
    items="deployments",
    idempotency_token=None,
)


def _get_kwargs(
    target_id: str,
    *,
    cursor_type: str | Unset = "FIRST",
    cursor_value: int | Unset = UNSET,
    git_ref_type: str | Unset = UNSET,
    git_ref_label: str | Unset = UNSET,
    triggered_by: str | Unset = UNSET,
    parameter1: str | Unset = UNSET,
    parameter2: str | Unset = UNSET,
    parameter3: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cursor_type"] = cursor_type

    params["cursor_value"] = cursor_value

    params["git_ref_type"] = git_ref_type

    params["git_ref_label"] = git_ref_label

    params["triggered_by"] = triggered_by

    params["parameter1"] = parameter1

    params["parameter2"] = parameter2

    params["parameter3"] = parameter3

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/deployment_targets/{target_id}/history".format(
            target_id=quote(str(target_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> DeploymentHistory:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = DeploymentHistory.from_dict(loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
