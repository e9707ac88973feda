"""`GET /secrets/{secret_id_or_name}`: Describe a secret"""

from typing import Any
from urllib.parse import quote

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.surface import Operation
from ...models.secret import Secret

OPERATION = Operation(
    id="describeSecret",
    method="GET",
    path="/secrets/{secret_id_or_name}",
    server="default",
    pagination=None,
    items=None,
    idempotency_token=None,
)


def _get_kwargs(
    secret_id_or_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/secrets/{secret_id_or_name}".format(
            secret_id_or_name=quote(str(secret_id_or_name), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> Secret:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = Secret.from_dict(loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
