"""`GET /projects/{hash_id}/servers/{server_id}`: Get a server's deploy history"""

from typing import Any
from urllib.parse import quote

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.surface import Operation
from ...models.server_history import ServerHistory
from ...types import UNSET, Unset

OPERATION = Operation(
    id="getServerHistory",
    method="GET",
    path="/projects/{hash_id}/servers/{server_id}",
    server="default",
    pagination="json-header",
    items="deploys",
    idempotency_token=None,
)


def _get_kwargs(
    hash_id: str,
    server_id: int,
    *,
    page: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/projects/{hash_id}/servers/{server_id}".format(
            hash_id=quote(str(hash_id), safe=""),
            server_id=quote(str(server_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> ServerHistory:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = ServerHistory.from_dict(loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
