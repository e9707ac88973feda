"""`PATCH /projects/{project_id_or_name}/deployment_targets/{id_or_name}/activate`: Activate a deployment target"""

from typing import Any
from urllib.parse import quote

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.surface import Operation
from ...models.cordon_response import CordonResponse

OPERATION = Operation(
    id="activateDeploymentTarget",
    method="PATCH",
    path="/projects/{project_id_or_name}/deployment_targets/{id_or_name}/activate",
    server="default",
    pagination=None,
    items=None,
    idempotency_token=None,
)


def _get_kwargs(
    project_id_or_name: str,
    id_or_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/projects/{project_id_or_name}/deployment_targets/{id_or_name}/activate".format(
            project_id_or_name=quote(str(project_id_or_name), safe=""),
            id_or_name=quote(str(id_or_name), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> CordonResponse:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = CordonResponse.from_dict(loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
