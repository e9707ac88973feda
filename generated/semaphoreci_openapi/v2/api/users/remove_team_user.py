"""`DELETE /teams/{team_id}/users/{user_username}`: Remove a user from a team"""

from typing import Any
from urllib.parse import quote

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.surface import Operation

OPERATION = Operation(
    id="removeTeamUser",
    method="DELETE",
    path="/teams/{team_id}/users/{user_username}",
    server="default",
    pagination=None,
    items=None,
    idempotency_token=None,
)


def _get_kwargs(
    team_id: str,
    user_username: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/teams/{team_id}/users/{user_username}".format(
            team_id=quote(str(team_id), safe=""),
            user_username=quote(str(user_username), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> None:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 204:
        return None
    raise UndocumentedStatus(response.status_code)
