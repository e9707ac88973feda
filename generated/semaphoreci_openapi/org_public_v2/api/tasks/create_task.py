"""`POST /projects/{project_id_or_name}/tasks`: Create a task"""

from typing import Any
from urllib.parse import quote

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.surface import Operation
from ...models.task import Task
from ...models.task_input import TaskInput

OPERATION = Operation(
    id="createTask",
    method="POST",
    path="/projects/{project_id_or_name}/tasks",
    server="default",
    pagination=None,
    items=None,
    idempotency_token=None,
)


def _get_kwargs(
    project_id_or_name: str,
    *,
    body: TaskInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/projects/{project_id_or_name}/tasks".format(
            project_id_or_name=quote(str(project_id_or_name), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Task:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = Task.from_dict(loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
