"""`GET /env_vars/{id}`: Get an environment variable"""

from typing import Any
from urllib.parse import quote

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.surface import Operation
from ...models.env_var import EnvVar

OPERATION = Operation(
    id="getEnvVar",
    method="GET",
    path="/env_vars/{id}",
    server="default",
    pagination=None,
    items=None,
    idempotency_token=None,
)


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/env_vars/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> EnvVar:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = EnvVar.from_dict(loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
