"""`POST /pipelines/{pipeline_id}/partial_rebuild`: Rebuild a pipeline's failed blocks"""

from typing import Any
from urllib.parse import quote

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.surface import Operation
from ...models.partial_rebuild_result import PartialRebuildResult
from ...types import UNSET

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
    pipeline_id: str,
    *,
    request_token: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["request_token"] = request_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/pipelines/{pipeline_id}/partial_rebuild".format(
            pipeline_id=quote(str(pipeline_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> PartialRebuildResult:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = PartialRebuildResult.from_dict(loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
