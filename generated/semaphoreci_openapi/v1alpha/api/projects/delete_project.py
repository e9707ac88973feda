"""`DELETE /projects/{project}`: Delete a project"""

from typing import Any
from urllib.parse import quote

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.surface import Operation

OPERATION = Operation(
    id="deleteProject",
    method="DELETE",
    path="/projects/{project}",
    server="default",
    pagination=None,
    items=None,
    idempotency_token=None,
)


def _get_kwargs(
    project: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/projects/{project}".format(
            project=quote(str(project), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> None:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        return None
    raise UndocumentedStatus(response.status_code)
