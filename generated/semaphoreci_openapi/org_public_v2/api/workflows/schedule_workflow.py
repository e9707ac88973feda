"""`POST /workflows`: Run a workflow"""

from typing import Any

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.surface import Operation
from ...models.schedule_request import ScheduleRequest
from ...models.schedule_response import ScheduleResponse

OPERATION = Operation(
    id="scheduleWorkflow",
    method="POST",
    path="/workflows",
    server="default",
    pagination=None,
    items=None,
    idempotency_token=None,
)


def _get_kwargs(
    *,
    body: ScheduleRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/workflows",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> ScheduleResponse:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = ScheduleResponse.from_dict(loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
