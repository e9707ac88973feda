"""`GET /projects/{hash_id}/servers/{server_id}/status`: Get a server's status"""

from typing import Any
from urllib.parse import quote

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.surface import Operation
from ...models.server_status import ServerStatus

OPERATION = Operation(
    id="getServerStatus",
    method="GET",
    path="/projects/{hash_id}/servers/{server_id}/status",
    server="default",
    pagination=None,
    items=None,
    idempotency_token=None,
)


def _get_kwargs(
    hash_id: str,
    server_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/projects/{hash_id}/servers/{server_id}/status".format(
            hash_id=quote(str(hash_id), safe=""),
            server_id=quote(str(server_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> ServerStatus:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = ServerStatus.from_dict(loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
