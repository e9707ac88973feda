"""`PATCH /service_accounts/{service_account_id}`: Update a service account"""

from typing import Any
from urllib.parse import quote

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.surface import Operation
from ...models.service_account import ServiceAccount
from ...models.service_account_update import ServiceAccountUpdate

OPERATION = Operation(
    id="updateServiceAccount",
    method="PATCH",
    path="/service_accounts/{service_account_id}",
    server="default",
    pagination=None,
    items=None,
    idempotency_token=None,
)


def _get_kwargs(
    service_account_id: str,
    *,
    body: ServiceAccountUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/service_accounts/{service_account_id}".format(
            service_account_id=quote(str(service_account_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> ServiceAccount:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = ServiceAccount.from_dict(loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
