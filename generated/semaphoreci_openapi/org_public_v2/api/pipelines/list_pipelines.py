"""`GET /pipelines`: List pipelines"""

from typing import Any
from uuid import UUID

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.model_list import model_list
from ...._runtime.surface import Operation
from ...models.list_pipelines_direction import ListPipelinesDirection
from ...models.pipeline import Pipeline
from ...models.timestamp import Timestamp
from ...types import UNSET, Unset

OPERATION = Operation(
    id="listPipelines",
    method="GET",
    path="/pipelines",
    server="default",
    pagination="page-token",
    items=None,
    idempotency_token=None,
)


def _get_kwargs(
    *,
    project_id: UUID | Unset = UNSET,
    wf_id: UUID | Unset = UNSET,
    label: str | Unset = UNSET,
    yml_file_path: str | Unset = UNSET,
    created_after: Timestamp,
    created_before: Timestamp,
    done_after: Timestamp | Unset = UNSET,
    done_before: Timestamp | Unset = UNSET,
    direction: ListPipelinesDirection | Unset = ListPipelinesDirection.NEXT,
    page_token: str | Unset = "",
    page_size: int | Unset = 20,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_project_id: str | Unset = UNSET
    if not isinstance(project_id, Unset):
        json_project_id = str(project_id)
    params["project_id"] = json_project_id

    json_wf_id: str | Unset = UNSET
    if not isinstance(wf_id, Unset):
        json_wf_id = str(wf_id)
    params["wf_id"] = json_wf_id

    params["label"] = label

    params["yml_file_path"] = yml_file_path

    json_created_after = created_after.to_dict()

    params.update(json_created_after)

    json_created_before = created_before.to_dict()

    params.update(json_created_before)

    json_done_after: dict[str, Any] | Unset = UNSET
    if not isinstance(done_after, Unset):
        json_done_after = done_after.to_dict()

    if not isinstance(json_done_after, Unset):
        params.update(json_done_after)

    json_done_before: dict[str, Any] | Unset = UNSET
    if not isinstance(done_before, Unset):
        json_done_before = done_before.to_dict()

    if not isinstance(json_done_before, Unset):
        params.update(json_done_before)

    json_direction: str | Unset = UNSET
    if not isinstance(direction, Unset):
        json_direction = direction.value

    params["direction"] = json_direction

    params["page_token"] = page_token

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/pipelines",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> list[Pipeline]:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = model_list(Pipeline, loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
