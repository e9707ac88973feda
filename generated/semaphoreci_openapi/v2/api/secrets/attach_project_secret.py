"""`POST /projects/{project_id}/secrets/{secret_id}`: Attach a secret to a project"""

from typing import Any
from urllib.parse import quote

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.surface import Operation
from ...models.secret import Secret

OPERATION = Operation(
    id="attachProjectSecret",
    method="POST",
    path="/projects/{project_id}/secrets/{secret_id}",
    server="default",
    pagination=None,
    items=None,
    idempotency_token=None,
)


def _get_kwargs(
    project_id: str,
    secret_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/projects/{project_id}/secrets/{secret_id}".format(
            project_id=quote(str(project_id), safe=""),
            secret_id=quote(str(secret_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> Secret:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = Secret.from_dict(loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
