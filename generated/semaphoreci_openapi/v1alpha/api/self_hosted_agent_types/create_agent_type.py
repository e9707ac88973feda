"""`POST /self_hosted_agent_types`: Create an agent type"""

from typing import Any

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.surface import Operation
from ...models.agent_type import AgentType
from ...models.agent_type_request import AgentTypeRequest

OPERATION = Operation(
    id="createAgentType",
    method="POST",
    path="/self_hosted_agent_types",
    server="default",
    pagination=None,
    items=None,
    idempotency_token=None,
)


def _get_kwargs(
    *,
    body: AgentTypeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/self_hosted_agent_types",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> AgentType:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = AgentType.from_dict(loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
