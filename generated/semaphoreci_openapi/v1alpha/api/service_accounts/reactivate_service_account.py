"""`POST /service_accounts/{service_account_id}/reactivate`: Reactivate a service account"""

from typing import Any
from urllib.parse import quote

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.surface import Operation
from ...models.action_status import ActionStatus

OPERATION = Operation(
    id="reactivateServiceAccount",
    method="POST",
    path="/service_accounts/{service_account_id}/reactivate",
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
        "url": "/service_accounts/{service_account_id}/reactivate".format(
            service_account_id=quote(str(service_account_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> ActionStatus:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = ActionStatus.from_dict(loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
