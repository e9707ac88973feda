"""`POST /plumber-workflows`: Run a workflow"""

from typing import Any

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.surface import Operation
from ...models.workflow_run_form import WorkflowRunForm
from ...models.workflow_run_request import WorkflowRunRequest
from ...models.workflow_run_result import WorkflowRunResult
from ...models.workflow_run_snapshot import WorkflowRunSnapshot
from ...types import UNSET, Unset

OPERATION = Operation(
    id="runWorkflow",
    method="POST",
    path="/plumber-workflows",
    server="default",
    pagination=None,
    items=None,
    idempotency_token=None,
)


def _get_kwargs(
    *,
    body: WorkflowRunRequest | WorkflowRunForm | WorkflowRunSnapshot | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/plumber-workflows",
    }

    if isinstance(body, WorkflowRunRequest):
        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    elif isinstance(body, WorkflowRunForm):
        if not isinstance(body, Unset):
            _kwargs["data"] = body.to_dict()
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    elif isinstance(body, WorkflowRunSnapshot):
        if not isinstance(body, Unset):
            _kwargs["files"] = body.to_multipart()

        headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> WorkflowRunResult:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = WorkflowRunResult.from_dict(loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
