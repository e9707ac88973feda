"""`POST /artifacts_retention_policies`: Configure a project's artifact retention policy"""

from typing import Any

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.surface import Operation
from ...models.retention_policy import RetentionPolicy
from ...models.retention_policy_request import RetentionPolicyRequest

OPERATION = Operation(
    id="configureRetentionPolicy",
    method="POST",
    path="/artifacts_retention_policies",
    server="default",
    pagination=None,
    items=None,
    idempotency_token=None,
)


def _get_kwargs(
    *,
    body: RetentionPolicyRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/artifacts_retention_policies",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> RetentionPolicy:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = RetentionPolicy.from_dict(loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
