"""`POST /jobs`: Run a one-off job"""

from typing import Any

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.surface import Operation
from ...models.job import Job
from ...models.job_input import JobInput

OPERATION = Operation(
    id="createJob",
    method="POST",
    path="/jobs",
    server="default",
    pagination=None,
    items=None,
    idempotency_token=None,
)


def _get_kwargs(
    *,
    body: JobInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/jobs",
    }

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
