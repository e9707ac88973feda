"""`DELETE /config_files/{id}`: Delete a configuration file"""

from typing import Any
from urllib.parse import quote

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.surface import Operation

OPERATION = Operation(
    id="deleteConfigFile",
    method="DELETE",
    path="/config_files/{id}",
    server="default",
    pagination=None,
    items=None,
    idempotency_token=None,
)


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/config_files/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> None:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 204:
        return None
    raise UndocumentedStatus(response.status_code)
