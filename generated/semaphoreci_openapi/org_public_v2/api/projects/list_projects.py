"""`GET /projects`: List projects"""

from typing import Any
from uuid import UUID

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.model_list import model_list
from ...._runtime.surface import Operation
from ...models.list_projects_direction import ListProjectsDirection
from ...models.project import Project
from ...types import UNSET, Unset

OPERATION = Operation(
    id="listProjects",
    method="GET",
    path="/projects",
    server="default",
    pagination="page-token",
    items=None,
    idempotency_token=None,
)


def _get_kwargs(
    *,
    owner_uuid: UUID | Unset = UNSET,
    repo_url: str | Unset = UNSET,
    direction: ListProjectsDirection | Unset = ListProjectsDirection.NEXT,
    page_token: str | Unset = "",
    page_size: int | Unset = 20,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_owner_uuid: str | Unset = UNSET
    if not isinstance(owner_uuid, Unset):
        json_owner_uuid = str(owner_uuid)
    params["owner_uuid"] = json_owner_uuid

    params["repo_url"] = repo_url

    json_direction: str | Unset = UNSET
    if not isinstance(direction, Unset):
        json_direction = direction.value

    params["direction"] = json_direction

    params["page_token"] = page_token

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/projects",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> list[Project]:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = model_list(Project, loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
