"""`GET /canvases/{canvas_id_or_name}/sources`: List a canvas's event sources"""

from typing import Any
from urllib.parse import quote

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.model_list import model_list
from ...._runtime.surface import Operation
from ...models.event_source import EventSource

OPERATION = Operation(
    id="listEventSources",
    method="GET",
    path="/canvases/{canvas_id_or_name}/sources",
    server="default",
    pagination=None,
    items=None,
    idempotency_token=None,
)


def _get_kwargs(
    canvas_id_or_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/canvases/{canvas_id_or_name}/sources".format(
            canvas_id_or_name=quote(str(canvas_id_or_name), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> list[EventSource]:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = model_list(EventSource, loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
