"""`GET /jobs/{job_id}/plain_logs.json`: Get a job's log as plain text (deprecated)"""

from typing import Any
from urllib.parse import quote

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.surface import Operation
from ...types import UNSET, Unset

OPERATION = Operation(
    id="getJobPlainLogs",
    method="GET",
    path="/jobs/{job_id}/plain_logs.json",
    server="org_root",
    pagination=None,
    items=None,
    idempotency_token=None,
)


def _get_kwargs(
    job_id: str,
    *,
    starting_event: int | Unset = 0,
    take: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["starting_event"] = starting_event

    params["take"] = take

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/jobs/{job_id}/plain_logs.json".format(
            job_id=quote(str(job_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> str:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = response.text
        return response_200

    raise UndocumentedStatus(response.status_code)
