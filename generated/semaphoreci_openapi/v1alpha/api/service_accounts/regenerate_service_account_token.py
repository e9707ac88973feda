"""`POST /service_accounts/{service_account_id}/regenerate_token`: Regenerate a service account's token"""

from typing import Any
from urllib.parse import quote

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.surface import Operation
from ...models.service_account_token import ServiceAccountToken

OPERATION = Operation(
    id="regenerateServiceAccountToken",
    method="POST",
    path="/service_accounts/{service_account_id}/regenerate_token",
    server="default",
    pagination=None,
    items=None,
    idempotency_token=None,
)


def _get_kwargs(
    service_account_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/service_accounts/{service_account_id}/regenerate_token".format(
            service_account_id=quote(str(service_account_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> ServiceAccountToken:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = ServiceAccountToken.from_dict(loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
