"""`GET /projects/{hash_id}/servers`: List a project's servers"""

from typing import Any
from urllib.parse import quote

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.model_list import model_list
from ...._runtime.surface import Operation
from ...models.server import Server

OPERATION = Operation(
    id="listServers",
    method="GET",
    path="/projects/{hash_id}/servers",
    server="default",
    pagination=None,
    items=None,
    idempotency_token=None,
)


def _get_kwargs(
    hash_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/projects/{hash_id}/servers".format(
            hash_id=quote(str(hash_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> list[Server]:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = model_list(Server, loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
