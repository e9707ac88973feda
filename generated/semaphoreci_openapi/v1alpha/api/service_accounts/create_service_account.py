"""`POST /service_accounts`: Create a service account"""

from typing import Any

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.surface import Operation
from ...models.service_account_create import ServiceAccountCreate
from ...models.service_account_created import ServiceAccountCreated

OPERATION = Operation(
    id="createServiceAccount",
    method="POST",
    path="/service_accounts",
    server="default",
    pagination=None,
    items=None,
    idempotency_token=None,
)


def _get_kwargs(
    *,
    body: ServiceAccountCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/service_accounts",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> ServiceAccountCreated:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = ServiceAccountCreated.from_dict(loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
