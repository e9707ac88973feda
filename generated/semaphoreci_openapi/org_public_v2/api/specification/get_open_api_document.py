"""`GET /api-spec/openapi.json`: The vendor's OpenAPI document"""

from typing import Any

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.surface import Operation
from ...models.get_open_api_document_response_200 import GetOpenApiDocumentResponse200

OPERATION = Operation(
    id="getOpenApiDocument",
    method="GET",
    path="/api-spec/openapi.json",
    server="default",
    pagination=None,
    items=None,
    idempotency_token=None,
)


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api-spec/openapi.json",
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> GetOpenApiDocumentResponse200:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = GetOpenApiDocumentResponse200.from_dict(loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
