"""`POST /plumber-workflows/{workflow_id}/terminate`: Stop a workflow"""

from typing import Any, cast
from urllib.parse import quote

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.surface import Operation

OPERATION = Operation(
    id="terminateWorkflow",
    method="POST",
    path="/plumber-workflows/{workflow_id}/terminate",
    server="default",
    pagination=None,
    items=None,
    idempotency_token=None,
)


def _get_kwargs(
    workflow_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/plumber-workflows/{workflow_id}/terminate".format(
            workflow_id=quote(str(workflow_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> str:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = cast(str, loads(response.content))
        return response_200

    raise UndocumentedStatus(response.status_code)
