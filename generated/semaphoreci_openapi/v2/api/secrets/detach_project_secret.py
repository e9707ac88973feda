"""`DELETE /projects/{project_id}/secrets/{secret_id}`: Detach a secret from a project"""

from typing import Any
from urllib.parse import quote

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.surface import Operation

OPERATION = Operation(
    id="detachProjectSecret",
    method="DELETE",
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
        "method": "delete",
        "url": "/projects/{project_id}/secrets/{secret_id}".format(
            project_id=quote(str(project_id), safe=""),
            secret_id=quote(str(secret_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> None:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 204:
        return None
    raise UndocumentedStatus(response.status_code)
