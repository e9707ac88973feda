"""`DELETE /projects/{hash_id}/hooks/{webhook_id}`: Delete a webhook"""

from typing import Any
from urllib.parse import quote

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.surface import Operation

OPERATION = Operation(
    id="deleteWebhook",
    method="DELETE",
    path="/projects/{hash_id}/hooks/{webhook_id}",
    server="default",
    pagination=None,
    items=None,
    idempotency_token=None,
)


def _get_kwargs(
    hash_id: str,
    webhook_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/projects/{hash_id}/hooks/{webhook_id}".format(
            hash_id=quote(str(hash_id), safe=""),
            webhook_id=quote(str(webhook_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> None:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 204:
        return None
    raise UndocumentedStatus(response.status_code)
