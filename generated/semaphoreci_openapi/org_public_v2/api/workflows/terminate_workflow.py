"""`POST /workflows/{wf_id}/terminate`: Stop a workflow"""

from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.surface import Operation
from ...models.message import Message

OPERATION = Operation(
    id="terminateWorkflow",
    method="POST",
    path="/workflows/{wf_id}/terminate",
    server="default",
    pagination=None,
    items=None,
    idempotency_token=None,
)


def _get_kwargs(
    wf_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/workflows/{wf_id}/terminate".format(
            wf_id=quote(str(wf_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> Message:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = Message.from_dict(loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
