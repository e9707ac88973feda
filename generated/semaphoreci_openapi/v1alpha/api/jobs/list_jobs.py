"""`GET /jobs`: List jobs"""

from typing import Any

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.surface import Operation
from ...models.job_list import JobList
from ...models.list_jobs_order import ListJobsOrder
from ...models.list_jobs_states_item import ListJobsStatesItem
from ...types import UNSET, Unset

OPERATION = Operation(
    id="listJobs",
    method="GET",
    path="/jobs",
    server="default",
    pagination="page-token",
    items="jobs",
    idempotency_token=None,
)


def _get_kwargs(
    *,
    states: list[ListJobsStatesItem] | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
    order: ListJobsOrder | Unset = ListJobsOrder.BY_CREATE_TIME_DESC,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_states: list[str] | Unset = UNSET
    if not isinstance(states, Unset):
        json_states = []
        for states_item_data in states:
            states_item = states_item_data.value

            json_states.append(states_item)

    params["states"] = json_states

    params["page_size"] = page_size

    params["page_token"] = page_token

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/jobs",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> JobList:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = JobList.from_dict(loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
