"""`POST /tasks/{schedule_id}/run_now`: Run a task now"""

from typing import Any
from urllib.parse import quote

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.surface import Operation
from ...models.schedule_run_request import ScheduleRunRequest
from ...models.schedule_run_result import ScheduleRunResult
from ...types import UNSET, Unset

OPERATION = Operation(
    id="runTaskNow",
    method="POST",
    path="/tasks/{schedule_id}/run_now",
    server="default",
    pagination=None,
    items=None,
    idempotency_token=None,
)


def _get_kwargs(
    schedule_id: str,
    *,
    body: ScheduleRunRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/tasks/{schedule_id}/run_now".format(
            schedule_id=quote(str(schedule_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> ScheduleRunResult:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = ScheduleRunResult.from_dict(loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
