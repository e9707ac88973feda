"""`GET /projects/{project_id}/insights/performance`: Pipeline performance"""

import datetime
from typing import Any
from urllib.parse import quote

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.surface import Operation
from ...models.pipeline_performance import PipelinePerformance
from ...types import UNSET, Unset

OPERATION = Operation(
    id="getPipelinePerformance",
    method="GET",
    path="/projects/{project_id}/insights/performance",
    server="default",
    pagination=None,
    items=None,
    idempotency_token=None,
)


def _get_kwargs(
    project_id: str,
    *,
    pipeline_file: str,
    branch: str | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    aggregate: str | Unset = "daily",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["pipeline_file"] = pipeline_file

    params["branch"] = branch

    json_from_: str | Unset = UNSET
    if not isinstance(from_, Unset):
        json_from_ = from_.isoformat()
    params["from"] = json_from_

    json_to: str | Unset = UNSET
    if not isinstance(to, Unset):
        json_to = to.isoformat()
    params["to"] = json_to

    params["aggregate"] = aggregate

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/projects/{project_id}/insights/performance".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> PipelinePerformance:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = PipelinePerformance.from_dict(loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
