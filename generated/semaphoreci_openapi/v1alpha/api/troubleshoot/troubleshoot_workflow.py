"""`GET /troubleshoot/workflow/{workflow_id}`: Troubleshoot a workflow"""

from typing import Any
from urllib.parse import quote

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.surface import Operation
from ...models.workflow_troubleshoot import WorkflowTroubleshoot

OPERATION = Operation(
    id="troubleshootWorkflow",
    method="GET",
    path="/troubleshoot/workflow/{workflow_id}",
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
        "url": "/troubleshoot/workflow/{workflow_id}".format(
            workflow_id=quote(str(workflow_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> WorkflowTroubleshoot:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = WorkflowTroubleshoot.from_dict(loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
