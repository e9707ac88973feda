"""`GET /projects/{project_id_or_name}/deployment_targets/{id_or_name}/history`: List a target's deployments"""

from typing import Any, cast
from urllib.parse import quote

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.surface import Operation
from ...models.history_item_type_0 import HistoryItemType0
from ...models.list_deployment_history_direction import ListDeploymentHistoryDirection
from ...types import UNSET, Unset

OPERATION = Operation(
    id="listDeploymentHistory",
    method="GET",
    path="/projects/{project_id_or_name}/deployment_targets/{id_or_name}/history",
    server="default",
    pagination="page-token",
    items=None,
    idempotency_token=None,
)


def _get_kwargs(
    project_id_or_name: str,
    id_or_name: str,
    *,
    git_ref_type: str | Unset = UNSET,
    git_ref_label: str | Unset = UNSET,
    triggered_by: str | Unset = UNSET,
    parameter1: str | Unset = UNSET,
    parameter2: str | Unset = UNSET,
    parameter3: str | Unset = UNSET,
    direction: ListDeploymentHistoryDirection | Unset = ListDeploymentHistoryDirection.NEXT,
    page_token: str | Unset = "",
    page_size: int | Unset = 20,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["git_ref_type"] = git_ref_type

    params["git_ref_label"] = git_ref_label

    params["triggered_by"] = triggered_by

    params["parameter1"] = parameter1

    params["parameter2"] = parameter2

    params["parameter3"] = parameter3

    json_direction: str | Unset = UNSET
    if not isinstance(direction, Unset):
        json_direction = direction.value

    params["direction"] = json_direction

    params["page_token"] = page_token

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/projects/{project_id_or_name}/deployment_targets/{id_or_name}/history".format(
            project_id_or_name=quote(str(project_id_or_name), safe=""),
            id_or_name=quote(str(id_or_name), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> list[HistoryItemType0 | None]:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = loads(response.content)
        for response_200_item_data in _response_200:

            def _parse_response_200_item(data: object) -> HistoryItemType0 | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_history_item_type_0 = HistoryItemType0.from_dict(data)

                    return componentsschemas_history_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(HistoryItemType0 | None, data)

            response_200_item = _parse_response_200_item(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    raise UndocumentedStatus(response.status_code)
