"""`DELETE /tasks/{schedule_id}`: Delete a task"""

from typing import Any, cast
from urllib.parse import quote

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.surface import Operation

OPERATION = Operation(
    id="deleteTask",
    method="DELETE",
    path="/tasks/{schedule_id}",
    server="default",
    pagination=None,
    items=None,
    idempotency_token=None,
)


def _get_kwargs(
    schedule_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/tasks/{schedule_id}".format(
            schedule_id=quote(str(schedule_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> str:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = cast(str, loads(response.content))
        return response_200

    raise UndocumentedStatus(response.status_code)
