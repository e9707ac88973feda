"""`GET /secrets`: List organization secrets"""

from typing import Any

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.model_list import model_list
from ...._runtime.surface import Operation
from ...models.list_secrets_order import ListSecretsOrder
from ...models.secret import Secret
from ...types import UNSET, Unset

OPERATION = Operation(
    id="listSecrets",
    method="GET",
    path="/secrets",
    server="default",
    pagination="page-token",
    items=None,
    idempotency_token=None,
)


def _get_kwargs(
    *,
    order: ListSecretsOrder | Unset = ListSecretsOrder.BY_NAME_ASC,
    page_token: str | Unset = "",
    page_size: int | Unset = 20,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    params["page_token"] = page_token

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/secrets",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> list[Secret]:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = model_list(Secret, loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
