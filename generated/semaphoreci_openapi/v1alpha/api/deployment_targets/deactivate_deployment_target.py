"""`PATCH /deployment_targets/{target_id}/deactivate`: Deactivate a deployment target"""

from typing import Any
from urllib.parse import quote

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.surface import Operation
from ...models.deployment_target_activity import DeploymentTargetActivity

OPERATION = Operation(
    id="deactivateDeploymentTarget",
    method="PATCH",
    path="/deployment_targets/{target_id}/deactivate",
    server="default",
    pagination=None,
    items=None,
    idempotency_token=None,
)


def _get_kwargs(
    target_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/deployment_targets/{target_id}/deactivate".format(
            target_id=quote(str(target_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> DeploymentTargetActivity:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = DeploymentTargetActivity.from_dict(loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
