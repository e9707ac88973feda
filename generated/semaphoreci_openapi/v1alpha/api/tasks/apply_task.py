"""`POST /tasks`: Create or update a task"""

from typing import Any, cast

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.surface import Operation
from ...models.schedule_apply_request import ScheduleApplyRequest
from ...types import UNSET, Unset

OPERATION = Operation(
    id="applyTask",
    method="POST",
    path="/tasks",
    server="default",
    pagination=None,
    items=None,
    idempotency_token=None,
)


def _get_kwargs(
    *,
    body: ScheduleApplyRequest | ScheduleApplyRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/tasks",
    }

    if isinstance(body, ScheduleApplyRequest):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    elif isinstance(body, ScheduleApplyRequest):
        _kwargs["data"] = body.to_dict()
        headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> str:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = cast(str, loads(response.content))
        return response_200

    raise UndocumentedStatus(response.status_code)
