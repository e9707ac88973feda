"""`GET /projects/{project_id}/test_results/flaky_tests/{test_id}/disruptions`: List a flaky test's disruptions"""

from typing import Any
from urllib.parse import quote

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.model_list import model_list
from ...._runtime.surface import Operation
from ...models.flaky_test_disruption import FlakyTestDisruption
from ...types import UNSET, Unset

OPERATION = Operation(
    id="listFlakyTestDisruptions",
    method="GET",
    path="/projects/{project_id}/test_results/flaky_tests/{test_id}/disruptions",
    server="default",
    pagination="link-header",
    items=None,
    idempotency_token=None,
)


def _get_kwargs(
    project_id: str,
    test_id: str,
    *,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
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

    params["page"] = page

    params["page_size"] = page_size

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
        "url": "/projects/{project_id}/test_results/flaky_tests/{test_id}/disruptions".format(
            project_id=quote(str(project_id), safe=""),
            test_id=quote(str(test_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> list[FlakyTestDisruption]:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = model_list(FlakyTestDisruption, loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
