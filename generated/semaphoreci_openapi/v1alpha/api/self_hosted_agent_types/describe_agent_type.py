"""`GET /self_hosted_agent_types/{agent_type_name}`: Describe an agent type"""

from typing import Any
from urllib.parse import quote

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.surface import Operation
from ...models.agent_type import AgentType

OPERATION = Operation(
    id="describeAgentType",
    method="GET",
    path="/self_hosted_agent_types/{agent_type_name}",
    server="default",
    pagination=None,
    items=None,
    idempotency_token=None,
)


def _get_kwargs(
    agent_type_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/self_hosted_agent_types/{agent_type_name}".format(
            agent_type_name=quote(str(agent_type_name), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> AgentType:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = AgentType.from_dict(loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
