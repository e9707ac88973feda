"""`PUT /projects/{hash_id}/hooks/{webhook_id}`: Update a webhook"""

from typing import Any
from urllib.parse import quote

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.surface import Operation
from ...models.webhook import Webhook
from ...models.webhook_request import WebhookRequest

OPERATION = Operation(
    id="updateWebhook",
    method="PUT",
    path="/projects/{hash_id}/hooks/{webhook_id}",
    server="default",
    pagination=None,
    items=None,
    idempotency_token=None,
)


def _get_kwargs(
    hash_id: str,
    webhook_id: int,
    *,
    body: WebhookRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/projects/{hash_id}/hooks/{webhook_id}".format(
            hash_id=quote(str(hash_id), safe=""),
            webhook_id=quote(str(webhook_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Webhook:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = Webhook.from_dict(loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
