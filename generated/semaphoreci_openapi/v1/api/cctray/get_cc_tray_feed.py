"""`GET /projects/{hash_id}/cc.xml`: Get the CCTray feed of a project"""

from typing import Any
from urllib.parse import quote

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.surface import Operation
from ...types import UNSET, Unset

OPERATION = Operation(
    id="getCcTrayFeed",
    method="GET",
    path="/projects/{hash_id}/cc.xml",
    server="default",
    pagination=None,
    items=None,
    idempotency_token=None,
)


def _get_kwargs(
    hash_id: str,
    *,
    ccmenu: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["ccmenu"] = ccmenu

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/projects/{hash_id}/cc.xml".format(
            hash_id=quote(str(hash_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> str:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = response.text
        return response_200

    raise UndocumentedStatus(response.status_code)
