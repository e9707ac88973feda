"""`POST /self_hosted_agent_types/{agent_type_name}/disable_all`: Disable a type's agents"""

from typing import Any
from urllib.parse import quote

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.surface import Operation
from ...models.disable_all_request import DisableAllRequest
from ...models.operation_message import OperationMessage

OPERATION = Operation(
    id="disableAgents",
    method="POST",
    path="/self_hosted_agent_types/{agent_type_name}/disable_all",
    server="default",
    pagination=None,
    items=None,
    idempotency_token=None,
)


def _get_kwargs(
    agent_type_name: str,
    *,
    body: DisableAllRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/self_hosted_agent_types/{agent_type_name}/disable_all".format(
            agent_type_name=quote(str(agent_type_name), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> OperationMessage:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = OperationMessage.from_dict(loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
