"""`GET /logs/{job_id}`: Get a job's log"""

from typing import Any
from urllib.parse import quote

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.surface import Operation
from ...models.job_logs import JobLogs
from ...types import UNSET, Unset

OPERATION = Operation(
    id="getJobLogs",
    method="GET",
    path="/logs/{job_id}",
    server="default",
    pagination=None,
    items=None,
    idempotency_token=None,
)


def _get_kwargs(
    job_id: str,
    *,
    artifact_job_logs: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["artifact_job_logs"] = artifact_job_logs

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/logs/{job_id}".format(
            job_id=quote(str(job_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> JobLogs:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = JobLogs.from_dict(loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
