"""`GET /projects/{hash_id}/branches`: List a project's branches"""

from typing import Any
from urllib.parse import quote

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.model_list import model_list
from ...._runtime.surface import Operation
from ...models.branch import Branch

OPERATION = Operation(
    id="listBranches",
    method="GET",
    path="/projects/{hash_id}/branches",
    server="default",
    pagination=None,
    items=None,
    idempotency_token=None,
)


def _get_kwargs(
    hash_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/projects/{hash_id}/branches".format(
            hash_id=quote(str(hash_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> list[Branch]:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = model_list(Branch, loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
