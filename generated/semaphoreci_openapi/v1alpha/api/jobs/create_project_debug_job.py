"""`POST /jobs/project_debug/{project_id_or_name}`: Debug a project"""

from typing import Any
from urllib.parse import quote

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.surface import Operation
from ...models.job import Job
from ...models.project_debug_request import ProjectDebugRequest
from ...types import UNSET, Unset

OPERATION = Operation(
    id="createProjectDebugJob",
    method="POST",
    path="/jobs/project_debug/{project_id_or_name}",
    server="default",
    pagination=None,
    items=None,
    idempotency_token=None,
)


def _get_kwargs(
    project_id_or_name: str,
    *,
    body: ProjectDebugRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/jobs/project_debug/{project_id_or_name}".format(
            project_id_or_name=quote(str(project_id_or_name), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Job:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = Job.from_dict(loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
