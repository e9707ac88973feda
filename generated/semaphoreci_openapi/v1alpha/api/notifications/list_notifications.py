"""`GET /notifications`: List notifications"""

from typing import Any

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.surface import Operation
from ...models.list_notifications_order import ListNotificationsOrder
from ...models.notification_list import NotificationList
from ...types import UNSET, Unset

OPERATION = Operation(
    id="listNotifications",
    method="GET",
    path="/notifications",
    server="default",
    pagination="page-token",
    items="notifications",
    idempotency_token=None,
)


def _get_kwargs(
    *,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    order: ListNotificationsOrder | Unset = ListNotificationsOrder.BY_NAME_ASC,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page_size"] = page_size

    params["page_token"] = page_token

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/notifications",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> NotificationList:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = NotificationList.from_dict(loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
