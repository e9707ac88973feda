"""`POST /secrets/{secret_id}/env_vars`: Create an environment variable in a secret"""

from typing import Any
from urllib.parse import quote

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.surface import Operation
from ...models.env_var import EnvVar
from ...models.env_var_create import EnvVarCreate

OPERATION = Operation(
    id="createEnvVar",
    method="POST",
    path="/secrets/{secret_id}/env_vars",
    server="default",
    pagination=None,
    items=None,
    idempotency_token=None,
)


def _get_kwargs(
    secret_id: str,
    *,
    body: EnvVarCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/secrets/{secret_id}/env_vars".format(
            secret_id=quote(str(secret_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> EnvVar:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = EnvVar.from_dict(loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
