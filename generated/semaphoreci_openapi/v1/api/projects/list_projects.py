"""`GET /projects`: List projects"""

from typing import Any

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.model_list import model_list
from ...._runtime.surface import Operation
from ...models.project import Project

OPERATION = Operation(
    id="listProjects",
    method="GET",
    path="/projects",
    server="default",
    pagination=None,
    items=None,
    idempotency_token=None,
)


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/projects",
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> list[Project]:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = model_list(Project, loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
