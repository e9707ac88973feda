"""`POST /organizations`: Create an organization"""

from typing import Any

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.surface import Operation
from ...models.organization_create_request import OrganizationCreateRequest
from ...models.organization_created import OrganizationCreated

OPERATION = Operation(
    id="createOrganization",
    method="POST",
    path="/organizations",
    server="me",
    pagination=None,
    items=None,
    idempotency_token=None,
)


def _get_kwargs(
    *,
    body: OrganizationCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/organizations",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> OrganizationCreated:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = OrganizationCreated.from_dict(loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
