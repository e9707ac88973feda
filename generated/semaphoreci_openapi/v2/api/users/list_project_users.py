"""`GET /projects/{project_id}/users`: List the users of a project"""

from typing import Any
from urllib.parse import quote

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.model_list import model_list
from ...._runtime.surface import Operation
from ...models.user import User
from ...types import UNSET, Unset

OPERATION = Operation(
    id="listProjectUsers",
    method="GET",
    path="/projects/{project_id}/users",
    server="default",
    pagination="link-total",
    items=None,
    idempotency_token=None,
)


def _get_kwargs(
    project_id: str,
    *,
    page: int | Unset = 1,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/projects/{project_id}/users".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> list[User]:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = model_list(User, loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
