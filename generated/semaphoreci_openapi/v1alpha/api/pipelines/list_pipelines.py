"""`GET /pipelines`: List pipelines"""

from typing import Any

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.model_list import model_list
from ...._runtime.surface import Operation
from ...models.pipeline_listed import PipelineListed
from ...types import UNSET, Unset

OPERATION = Operation(
    id="listPipelines",
    method="GET",
    path="/pipelines",
    server="default",
    pagination="link-header",
    items=None,
    idempotency_token=None,
)


def _get_kwargs(
    *,
    project_id: str | Unset = UNSET,
    wf_id: str | Unset = UNSET,
    branch_name: str | Unset = UNSET,
    yml_file_path: str | Unset = UNSET,
    label: str | Unset = UNSET,
    created_after: int | Unset = UNSET,
    created_before: int | Unset = UNSET,
    done_after: int | Unset = UNSET,
    done_before: int | Unset = UNSET,
    queue_id: str | Unset = UNSET,
    pr_head_branch: str | Unset = UNSET,
    pr_target_branch: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 30,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["project_id"] = project_id

    params["wf_id"] = wf_id

    params["branch_name"] = branch_name

    params["yml_file_path"] = yml_file_path

    params["label"] = label

    params["created_after"] = created_after

    params["created_before"] = created_before

    params["done_after"] = done_after

    params["done_before"] = done_before

    params["queue_id"] = queue_id

    params["pr_head_branch"] = pr_head_branch

    params["pr_target_branch"] = pr_target_branch

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/pipelines",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> list[PipelineListed]:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = model_list(PipelineListed, loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
