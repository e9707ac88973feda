"""`PATCH /projects/{project_id_or_name}/secrets/{secret_id_or_name}`: Update a project secret"""

from typing import Any
from urllib.parse import quote

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.surface import Operation
from ...models.project_secret import ProjectSecret
from ...models.project_secret_input import ProjectSecretInput

OPERATION = Operation(
    id="updateProjectSecret",
    method="PATCH",
    path="/projects/{project_id_or_name}/secrets/{secret_id_or_name}",
    server="default",
    pagination=None,
    items=None,
    idempotency_token=None,
)


def _get_kwargs(
    project_id_or_name: str,
    secret_id_or_name: str,
    *,
    body: ProjectSecretInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/projects/{project_id_or_name}/secrets/{secret_id_or_name}".format(
            project_id_or_name=quote(str(project_id_or_name), safe=""),
            secret_id_or_name=quote(str(secret_id_or_name), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> ProjectSecret:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = ProjectSecret.from_dict(loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
