"""`GET /projects/{project_id_or_name}/deployment_targets`: List a project's deployment targets"""

from typing import Any
from urllib.parse import quote

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.model_list import model_list
from ...._runtime.surface import Operation
from ...models.deployment_target import DeploymentTarget

OPERATION = Operation(
    id="listDeploymentTargets",
    method="GET",
    path="/projects/{project_id_or_name}/deployment_targets",
    server="default",
    pagination=None,
    items=None,
    idempotency_token=None,
)


def _get_kwargs(
    project_id_or_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/projects/{project_id_or_name}/deployment_targets".format(
            project_id_or_name=quote(str(project_id_or_name), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> list[DeploymentTarget]:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = model_list(DeploymentTarget, loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
