"""`GET /troubleshoot/pipeline/{pipeline_id}`: Troubleshoot a pipeline"""

from typing import Any
from urllib.parse import quote

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.surface import Operation
from ...models.pipeline_troubleshoot import PipelineTroubleshoot

OPERATION = Operation(
    id="troubleshootPipeline",
    method="GET",
    path="/troubleshoot/pipeline/{pipeline_id}",
    server="default",
    pagination=None,
    items=None,
    idempotency_token=None,
)


def _get_kwargs(
    pipeline_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/troubleshoot/pipeline/{pipeline_id}".format(
            pipeline_id=quote(str(pipeline_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> PipelineTroubleshoot:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = PipelineTroubleshoot.from_dict(loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
