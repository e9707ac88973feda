"""`POST /projects/{project_id_or_name}/tasks/{task_id}/triggers`: Run a task now"""

from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.surface import Operation
from ...models.trigger import Trigger
from ...models.trigger_request import TriggerRequest

OPERATION = Operation(
    id="triggerTask",
    method="POST",
    path="/projects/{project_id_or_name}/tasks/{task_id}/triggers",
    server="default",
    pagination=None,
    items=None,
    idempotency_token=None,
)


def _get_kwargs(
    project_id_or_name: str,
    task_id: UUID,
    *,
    body: TriggerRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/projects/{project_id_or_name}/tasks/{task_id}/triggers".format(
            project_id_or_name=quote(str(project_id_or_name), safe=""),
            task_id=quote(str(task_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Trigger:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = Trigger.from_dict(loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
