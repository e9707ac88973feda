"""`GET /artifacts_retention_policies/{project_id}`: Describe a project's artifact retention policy"""

from typing import Any
from urllib.parse import quote

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.surface import Operation
from ...models.retention_policy import RetentionPolicy

OPERATION = Operation(
    id="describeRetentionPolicy",
    method="GET",
    path="/artifacts_retention_policies/{project_id}",
    server="default",
    pagination=None,
    items=None,
    idempotency_token=None,
)


def _get_kwargs(
    project_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/artifacts_retention_policies/{project_id}".format(
            project_id=quote(str(project_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> RetentionPolicy:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = RetentionPolicy.from_dict(loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
