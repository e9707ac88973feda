"""`POST /yaml`: Validate a pipeline YAML"""

from typing import Any

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.surface import Operation
from ...models.yaml_validation_request import YamlValidationRequest
from ...models.yaml_validation_result import YamlValidationResult
from ...types import UNSET, Unset

OPERATION = Operation(
    id="validatePipelineYaml",
    method="POST",
    path="/yaml",
    server="default",
    pagination=None,
    items=None,
    idempotency_token=None,
)


def _get_kwargs(
    *,
    body: YamlValidationRequest | YamlValidationRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/yaml",
    }

    if isinstance(body, YamlValidationRequest):
        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    elif isinstance(body, YamlValidationRequest):
        if not isinstance(body, Unset):
            _kwargs["data"] = body.to_dict()
        headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> YamlValidationResult:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = YamlValidationResult.from_dict(loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
