"""`POST /orgs/{org_username}/teams`: Create a team in an organization"""

from typing import Any
from urllib.parse import quote

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.surface import Operation
from ...models.team import Team
from ...models.team_create import TeamCreate

OPERATION = Operation(
    id="createTeam",
    method="POST",
    path="/orgs/{org_username}/teams",
    server="default",
    pagination=None,
    items=None,
    idempotency_token=None,
)


def _get_kwargs(
    org_username: str,
    *,
    body: TeamCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/orgs/{org_username}/teams".format(
            org_username=quote(str(org_username), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Team:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = Team.from_dict(loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
