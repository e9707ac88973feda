"""`GET /projects/{project_id}/test_results/disruption_history`: Disruption history"""

from typing import Any
from urllib.parse import quote

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.model_list import model_list
from ...._runtime.surface import Operation
from ...models.disruption_day import DisruptionDay
from ...types import UNSET, Unset

OPERATION = Operation(
    id="getDisruptionHistory",
    method="GET",
    path="/projects/{project_id}/test_results/disruption_history",
    server="default",
    pagination=None,
    items=None,
    idempotency_token=None,
)


def _get_kwargs(
    project_id: str,
    *,
    branch: str | Unset = UNSET,
    commit_sha: str | Unset = UNSET,
    test_name: str | Unset = UNSET,
    group: str | Unset = UNSET,
    file: str | Unset = UNSET,
    suite: str | Unset = UNSET,
    runner: str | Unset = UNSET,
    label: str | Unset = UNSET,
    resolved: str | Unset = UNSET,
    scheduled: str | Unset = UNSET,
    age: str | Unset = UNSET,
    pass_rate: str | Unset = UNSET,
    disruptions: str | Unset = UNSET,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["branch"] = branch

    params["commit_sha"] = commit_sha

    params["test_name"] = test_name

    params["group"] = group

    params["file"] = file

    params["suite"] = suite

    params["runner"] = runner

    params["label"] = label

    params["resolved"] = resolved

    params["scheduled"] = scheduled

    params["age"] = age

    params["pass_rate"] = pass_rate

    params["disruptions"] = disruptions

    params["date_from"] = date_from

    params["date_to"] = date_to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/projects/{project_id}/test_results/disruption_history".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> list[DisruptionDay]:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = model_list(DisruptionDay, loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
