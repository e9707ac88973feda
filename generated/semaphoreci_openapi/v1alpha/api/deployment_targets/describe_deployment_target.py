"""`GET /deployment_targets/{target_id}`: Describe a deployment target"""

from typing import Any
from urllib.parse import quote

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.surface import Operation
from ...models.deployment_target import DeploymentTarget
from ...types import UNSET, Unset

OPERATION = Operation(
    id="describeDeploymentTarget",
    method="GET",
    path="/deployment_targets/{target_id}",
    server="default",
    pagination=None,
    items=None,
    idempotency_token=None,
)


def _get_kwargs(
    target_id: str,
    *,
    include_secrets: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include_secrets"] = include_secrets

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/deployment_targets/{target_id}".format(
            target_id=quote(str(target_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> DeploymentTarget:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = DeploymentTarget.from_dict(loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
