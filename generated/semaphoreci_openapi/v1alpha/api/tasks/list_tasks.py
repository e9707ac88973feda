"""`GET /tasks`: List tasks"""

from typing import Any

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.model_list import model_list
from ...._runtime.surface import Operation
from ...models.schedule import Schedule
from ...types import UNSET, Unset

OPERATION = Operation(
    id="listTasks",
    method="GET",
    path="/tasks",
    server="default",
    pagination="link-header",
    items=None,
    idempotency_token=None,
)


def _get_kwargs(
    *,
    project_id: str,
    page: int | Unset = 1,
    page_size: int | Unset = 30,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["project_id"] = project_id

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/tasks",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> list[Schedule]:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = model_list(Schedule, loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
