"""`GET /plumber-workflows/{workflow_id}`: Describe a workflow"""

from typing import Any
from urllib.parse import quote

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.surface import Operation
from ...models.workflow_description import WorkflowDescription

OPERATION = Operation(
    id="describeWorkflow",
    method="GET",
    path="/plumber-workflows/{workflow_id}",
    server="default",
    pagination=None,
    items=None,
    idempotency_token=None,
)


def _get_kwargs(
    workflow_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/plumber-workflows/{workflow_id}".format(
            workflow_id=quote(str(workflow_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> WorkflowDescription:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = WorkflowDescription.from_dict(loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
