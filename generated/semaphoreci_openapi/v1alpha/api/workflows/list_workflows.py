"""`GET /plumber-workflows`: List workflows"""

from typing import Any

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.model_list import model_list
from ...._runtime.surface import Operation
from ...models.workflow_listed import WorkflowListed
from ...types import UNSET, Unset

OPERATION = Operation(
    id="listWorkflows",
    method="GET",
    path="/plumber-workflows",
    server="default",
    pagination="link-header",
    items=None,
    idempotency_token=None,
)


def _get_kwargs(
    *,
    project_id: str,
    branch_name: str | Unset = UNSET,
    label: str | Unset = UNSET,
    requester_id: str | Unset = UNSET,
    created_after: int | Unset = UNSET,
    created_before: int | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 30,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["project_id"] = project_id

    params["branch_name"] = branch_name

    params["label"] = label

    params["requester_id"] = requester_id

    params["created_after"] = created_after

    params["created_before"] = created_before

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/plumber-workflows",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> list[WorkflowListed]:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = model_list(WorkflowListed, loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
