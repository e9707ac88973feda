"""`DELETE /members/{member_id}`: Remove a member"""

from typing import Any, cast
from urllib.parse import quote

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.surface import Operation

OPERATION = Operation(
    id="removeMember",
    method="DELETE",
    path="/members/{member_id}",
    server="default",
    pagination=None,
    items=None,
    idempotency_token=None,
)


def _get_kwargs(
    member_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/members/{member_id}".format(
            member_id=quote(str(member_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> bool:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = cast(bool, loads(response.content))
        return response_200

    raise UndocumentedStatus(response.status_code)
