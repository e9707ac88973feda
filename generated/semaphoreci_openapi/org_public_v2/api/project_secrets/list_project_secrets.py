"""`GET /projects/{project_id_or_name}/secrets`: List project secrets"""

from typing import Any
from urllib.parse import quote

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.model_list import model_list
from ...._runtime.surface import Operation
from ...models.list_project_secrets_order import ListProjectSecretsOrder
from ...models.project_secret import ProjectSecret
from ...types import UNSET, Unset

OPERATION = Operation(
    id="listProjectSecrets",
    method="GET",
    path="/projects/{project_id_or_name}/secrets",
    server="default",
    pagination="page-token",
    items=None,
    idempotency_token=None,
)


def _get_kwargs(
    project_id_or_name: str,
    *,
    order: ListProjectSecretsOrder | Unset = ListProjectSecretsOrder.BY_NAME_ASC,
    page_token: str | Unset = "",
    page_size: int | Unset = 20,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    params["page_token"] = page_token

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/projects/{project_id_or_name}/secrets".format(
            project_id_or_name=quote(str(project_id_or_name), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> list[ProjectSecret]:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = model_list(ProjectSecret, loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
