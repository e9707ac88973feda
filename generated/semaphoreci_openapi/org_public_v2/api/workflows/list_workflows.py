"""`GET /workflows`: List a project's workflows"""

from typing import Any
from uuid import UUID

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.model_list import model_list
from ...._runtime.surface import Operation
from ...models.list_workflows_direction import ListWorkflowsDirection
from ...models.list_workflows_git_ref_type import ListWorkflowsGitRefType
from ...models.timestamp import Timestamp
from ...models.workflow import Workflow
from ...types import UNSET, Unset

OPERATION = Operation(
    id="listWorkflows",
    method="GET",
    path="/workflows",
    server="default",
    pagination="page-token",
    items=None,
    idempotency_token=None,
)


def _get_kwargs(
    *,
    project_id: UUID,
    branch_name: str | Unset = UNSET,
    created_after: Timestamp,
    created_before: Timestamp,
    label: str | Unset = UNSET,
    git_ref_type: ListWorkflowsGitRefType | Unset = UNSET,
    direction: ListWorkflowsDirection | Unset = ListWorkflowsDirection.NEXT,
    page_token: str | Unset = "",
    page_size: int | Unset = 20,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_project_id = str(project_id)
    params["project_id"] = json_project_id

    params["branch_name"] = branch_name

    json_created_after = created_after.to_dict()

    params.update(json_created_after)

    json_created_before = created_before.to_dict()

    params.update(json_created_before)

    params["label"] = label

    json_git_ref_type: str | Unset = UNSET
    if not isinstance(git_ref_type, Unset):
        json_git_ref_type = git_ref_type.value

    params["git_ref_type"] = json_git_ref_type

    json_direction: str | Unset = UNSET
    if not isinstance(direction, Unset):
        json_direction = direction.value

    params["direction"] = json_direction

    params["page_token"] = page_token

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/workflows",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> list[Workflow]:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = model_list(Workflow, loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
