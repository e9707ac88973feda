"""`PATCH /pipelines/{pipeline_id}`: Stop a pipeline"""

from typing import Any, cast
from urllib.parse import quote

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.surface import Operation
from ...models.pipeline_terminate_request import PipelineTerminateRequest

OPERATION = Operation(
    id="terminatePipeline",
    method="PATCH",
    path="/pipelines/{pipeline_id}",
    server="default",
    pagination=None,
    items=None,
    idempotency_token=None,
)


def _get_kwargs(
    pipeline_id: str,
    *,
    body: PipelineTerminateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/pipelines/{pipeline_id}".format(
            pipeline_id=quote(str(pipeline_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> str:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = cast(str, loads(response.content))
        return response_200

    raise UndocumentedStatus(response.status_code)
