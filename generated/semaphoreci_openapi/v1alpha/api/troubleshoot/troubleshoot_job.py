"""`GET /troubleshoot/job/{job_id}`: Troubleshoot a job"""

from typing import Any
from urllib.parse import quote

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.surface import Operation
from ...models.job_troubleshoot import JobTroubleshoot

OPERATION = Operation(
    id="troubleshootJob",
    method="GET",
    path="/troubleshoot/job/{job_id}",
    server="default",
    pagination=None,
    items=None,
    idempotency_token=None,
)


def _get_kwargs(
    job_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/troubleshoot/job/{job_id}".format(
            job_id=quote(str(job_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> JobTroubleshoot:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = JobTroubleshoot.from_dict(loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
