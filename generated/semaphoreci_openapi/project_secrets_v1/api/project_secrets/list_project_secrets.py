"""`GET /projects/{project_id_or_name}/secrets`: List a project's secrets"""

from typing import Any
from urllib.parse import quote

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.surface import Operation
from ...models.project_secret_list import ProjectSecretList
from ...types import UNSET, Unset

OPERATION = Operation(
    id="listProjectSecrets",
    method="GET",
    path="/projects/{project_id_or_name}/secrets",
    server="default",
    pagination="page-token",
    items="secrets",
    idempotency_token=None,
)


def _get_kwargs(
    project_id_or_name: str,
    *,
    page_size: int | Unset = 0,
    page_token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page_size"] = page_size

    params["page_token"] = page_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/projects/{project_id_or_name}/secrets".format(
            project_id_or_name=quote(str(project_id_or_name), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> ProjectSecretList:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = ProjectSecretList.from_dict(loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
