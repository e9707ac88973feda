"""`GET /pipelines/{pipeline_id}`: Describe a pipeline"""

from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.surface import Operation
from ...models.describe_response import DescribeResponse
from ...types import UNSET, Unset

OPERATION = Operation(
    id="describePipeline",
    method="GET",
    path="/pipelines/{pipeline_id}",
    server="default",
    pagination=None,
    items=None,
    idempotency_token=None,
)


def _get_kwargs(
    pipeline_id: UUID,
    *,
    detailed: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["detailed"] = detailed

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/pipelines/{pipeline_id}".format(
            pipeline_id=quote(str(pipeline_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> DescribeResponse:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = DescribeResponse.from_dict(loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
