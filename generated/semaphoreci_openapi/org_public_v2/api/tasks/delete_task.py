"""`DELETE /projects/{project_id_or_name}/tasks/{task_id}`: Delete a task"""

from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.surface import Operation
from ...models.task import Task

OPERATION = Operation(
    id="deleteTask",
    method="DELETE",
    path="/projects/{project_id_or_name}/tasks/{task_id}",
    server="default",
    pagination=None,
    items=None,
    idempotency_token=None,
)


def _get_kwargs(
    project_id_or_name: str,
    task_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/projects/{project_id_or_name}/tasks/{task_id}".format(
            project_id_or_name=quote(str(project_id_or_name), safe=""),
            task_id=quote(str(task_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> Task:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = Task.from_dict(loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
