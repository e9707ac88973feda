"""`GET /promotions`: List promotions"""

from typing import Any

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.model_list import model_list
from ...._runtime.surface import Operation
from ...models.promotion import Promotion
from ...types import UNSET, Unset

OPERATION = Operation(
    id="listPromotions",
    method="GET",
    path="/promotions",
    server="default",
    pagination="link-header",
    items=None,
    idempotency_token=None,
)


def _get_kwargs(
    *,
    pipeline_id: str,
    name: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["pipeline_id"] = pipeline_id

    params["name"] = name

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/promotions",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> list[Promotion]:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = model_list(Promotion, loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
