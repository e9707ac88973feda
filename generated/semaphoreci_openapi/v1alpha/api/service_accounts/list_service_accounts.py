"""`GET /service_accounts`: List service accounts"""

from typing import Any

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.surface import Operation
from ...models.service_account_list import ServiceAccountList
from ...types import UNSET, Unset

OPERATION = Operation(
    id="listServiceAccounts",
    method="GET",
    path="/service_accounts",
    server="default",
    pagination="page-token",
    items="service_accounts",
    idempotency_token=None,
)


def _get_kwargs(
    *,
    page_size: int | Unset = 100,
    page_token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page_size"] = page_size

    params["page_token"] = page_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/service_accounts",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> ServiceAccountList:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = ServiceAccountList.from_dict(loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
