"""`GET /notifications`: List notifications"""

from typing import Any

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.model_list import model_list
from ...._runtime.surface import Operation
from ...models.notification import Notification
from ...types import UNSET, Unset

OPERATION = Operation(
    id="listNotifications",
    method="GET",
    path="/notifications",
    server="default",
    pagination="page-token",
    items=None,
    idempotency_token=None,
)


def _get_kwargs(
    *,
    page_token: str | Unset = "",
    page_size: int | Unset = 20,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page_token"] = page_token

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/notifications",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> list[Notification]:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = model_list(Notification, loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
