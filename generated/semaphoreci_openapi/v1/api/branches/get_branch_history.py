"""`GET /projects/{hash_id}/{branch_id}`: Get a branch's build history"""

from typing import Any
from urllib.parse import quote

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.surface import Operation
from ...models.branch_history import BranchHistory
from ...types import UNSET, Unset

OPERATION = Operation(
    id="getBranchHistory",
    method="GET",
    path="/projects/{hash_id}/{branch_id}",
    server="default",
    pagination="json-header",
    items="builds",
    idempotency_token=None,
)


def _get_kwargs(
    hash_id: str,
    branch_id: int,
    *,
    page: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/projects/{hash_id}/{branch_id}".format(
            hash_id=quote(str(hash_id), safe=""),
            branch_id=quote(str(branch_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> BranchHistory:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = BranchHistory.from_dict(loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
