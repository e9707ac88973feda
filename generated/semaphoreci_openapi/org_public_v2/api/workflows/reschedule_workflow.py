"""`POST /workflows/{wf_id}/reschedule`: Rerun a workflow"""

from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.surface import Operation
from ...models.reschedule_response import RescheduleResponse
from ...models.reschedule_workflow_body import RescheduleWorkflowBody

OPERATION = Operation(
    id="rescheduleWorkflow",
    method="POST",
    path="/workflows/{wf_id}/reschedule",
    server="default",
    pagination=None,
    items=None,
    idempotency_token="request_token",
)


def _get_kwargs(
    wf_id: UUID,
    *,
    body: RescheduleWorkflowBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/workflows/{wf_id}/reschedule".format(
            wf_id=quote(str(wf_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> RescheduleResponse:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = RescheduleResponse.from_dict(loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
