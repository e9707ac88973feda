"""`GET /pipelines/{pipeline_id}/describe_topology`: Describe a pipeline's topology"""

from typing import Any
from urllib.parse import quote

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.model_list import model_list
from ...._runtime.surface import Operation
from ...models.topology_block import TopologyBlock

OPERATION = Operation(
    id="describePipelineTopology",
    method="GET",
    path="/pipelines/{pipeline_id}/describe_topology",
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
        "url": "/pipelines/{pipeline_id}/describe_topology".format(
            pipeline_id=quote(str(pipeline_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> list[TopologyBlock]:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = model_list(TopologyBlock, loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
