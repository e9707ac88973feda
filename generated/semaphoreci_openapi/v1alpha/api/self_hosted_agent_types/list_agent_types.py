"""`GET /self_hosted_agent_types`: List agent types"""

from typing import Any

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.surface import Operation
from ...models.agent_type_list import AgentTypeList
from ...types import UNSET, Unset

OPERATION = Operation(
    id="listAgentTypes",
    method="GET",
    path="/self_hosted_agent_types",
    server="default",
    pagination=None,
    items=None,
    idempotency_token=None,
)


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/self_hosted_agent_types",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> AgentTypeList:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = AgentTypeList.from_dict(loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
