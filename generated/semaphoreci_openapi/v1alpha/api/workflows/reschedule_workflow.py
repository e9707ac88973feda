"""`POST /plumber-workflows/{workflow_id}/reschedule`: Rerun a workflow"""

from typing import Any
from urllib.parse import quote

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.surface import Operation
from ...models.workflow_reschedule_request import WorkflowRescheduleRequest
from ...models.workflow_reschedule_result import WorkflowRescheduleResult
from ...types import UNSET, Unset

OPERATION = Operation(
    id="rescheduleWorkflow",
    method="POST",
    path="/plumber-workflows/{workflow_id}/reschedule",
    server="default",
    pagination=None,
    items=None,
    idempotency_token="request_token",
)


def _get_kwargs(
    workflow_id: str,
    *,
    body: WorkflowRescheduleRequest | WorkflowRescheduleRequest | Unset = UNSET,
    request_token: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["request_token"] = request_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/plumber-workflows/{workflow_id}/reschedule".format(
            workflow_id=quote(str(workflow_id), safe=""),
        ),
        "params": params,
    }

    if isinstance(body, WorkflowRescheduleRequest):
        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    elif isinstance(body, WorkflowRescheduleRequest):
        if not isinstance(body, Unset):
            _kwargs["data"] = body.to_dict()
        headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> WorkflowRescheduleResult:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = WorkflowRescheduleResult.from_dict(loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
