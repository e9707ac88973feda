"""`PATCH /projects/{project_id_or_name}/deployment_targets/{id_or_name}`: Change a deployment target"""

from typing import Any
from urllib.parse import quote

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.surface import Operation
from ...models.deployment_target import DeploymentTarget
from ...models.target_input import TargetInput

OPERATION = Operation(
    id="updateDeploymentTarget",
    method="PATCH",
    path="/projects/{project_id_or_name}/deployment_targets/{id_or_name}",
    server="default",
    pagination=None,
    items=None,
    idempotency_token="unique_token",
)


def _get_kwargs(
    project_id_or_name: str,
    id_or_name: str,
    *,
    body: TargetInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/projects/{project_id_or_name}/deployment_targets/{id_or_name}".format(
            project_id_or_name=quote(str(project_id_or_name), safe=""),
            id_or_name=quote(str(id_or_name), safe=""),
        ),
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
