"""`GET /orgs/{org_username}/projects`: List projects in an organization"""

from typing import Any
from urllib.parse import quote

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.model_list import model_list
from ...._runtime.surface import Operation
from ...models.project import Project
from ...types import UNSET, Unset

OPERATION = Operation(
    id="listOrgProjects",
    method="GET",
    path="/orgs/{org_username}/projects",
    server="default",
    pagination="link-total",
    items=None,
    idempotency_token=None,
)


def _get_kwargs(
    org_username: str,
    *,
    page: int | Unset = 1,
    name: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["name"] = name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/orgs/{org_username}/projects".format(
            org_username=quote(str(org_username), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> list[Project]:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = model_list(Project, loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
