"""`GET /agents/{agent_name}`: Describe an agent"""

from typing import Any
from urllib.parse import quote

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.surface import Operation
from ...models.agent import Agent

OPERATION = Operation(
    id="describeAgent",
    method="GET",
    path="/agents/{agent_name}",
    server="default",
    pagination=None,
    items=None,
    idempotency_token=None,
)


def _get_kwargs(
    agent_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/agents/{agent_name}".format(
            agent_name=quote(str(agent_name), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> Agent:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = Agent.from_dict(loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
