"""`GET /agents`: List agents"""

from typing import Any

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.surface import Operation
from ...models.agent_list import AgentList
from ...types import UNSET, Unset

OPERATION = Operation(
    id="listAgents",
    method="GET",
    path="/agents",
    server="default",
    pagination="cursor",
    items="agents",
    idempotency_token=None,
)


def _get_kwargs(
    *,
    agent_type: str | Unset = UNSET,
    page_size: int | Unset = 200,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["agent_type"] = agent_type

    params["page_size"] = page_size

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/agents",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> AgentList:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = AgentList.from_dict(loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
