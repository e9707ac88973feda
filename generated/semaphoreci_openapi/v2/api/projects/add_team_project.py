"""`POST /teams/{team_id}/projects/{project_id}`: Add a project to a team"""

from typing import Any
from urllib.parse import quote

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.surface import Operation

OPERATION = Operation(
    id="addTeamProject",
    method="POST",
    path="/teams/{team_id}/projects/{project_id}",
    server="default",
    pagination=None,
    items=None,
    idempotency_token=None,
)


def _get_kwargs(
    team_id: str,
    project_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/teams/{team_id}/projects/{project_id}".format(
            team_id=quote(str(team_id), safe=""),
            project_id=quote(str(project_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> None:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 204:
        return None
    raise UndocumentedStatus(response.status_code)
