"""`POST /orgs/{org_username}/projects`: Create a project in an organization"""

from typing import Any
from urllib.parse import quote

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.surface import Operation
from ...models.project import Project
from ...models.project_create import ProjectCreate

OPERATION = Operation(
    id="createProject",
    method="POST",
    path="/orgs/{org_username}/projects",
    server="default",
    pagination=None,
    items=None,
    idempotency_token=None,
)


def _get_kwargs(
    org_username: str,
    *,
    body: ProjectCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/orgs/{org_username}/projects".format(
            org_username=quote(str(org_username), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Project:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = Project.from_dict(loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
