"""`POST /pipelines/{pipeline_id}/partial_rebuild`: Rerun a pipeline's failed blocks"""

from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.surface import Operation
from ...models.partial_rebuild_pipeline_body import PartialRebuildPipelineBody
from ...models.partial_rebuild_response import PartialRebuildResponse

OPERATION = Operation(
    id="partialRebuildPipeline",
    method="POST",
    path="/pipelines/{pipeline_id}/partial_rebuild",
    server="default",
    pagination=None,
    items=None,
    idempotency_token="request_token",
)


def _get_kwargs(
    pipeline_id: UUID,
    *,
    body: PartialRebuildPipelineBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/pipelines/{pipeline_id}/partial_rebuild".format(
            pipeline_id=quote(str(pipeline_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> PartialRebuildResponse:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = PartialRebuildResponse.from_dict(loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
