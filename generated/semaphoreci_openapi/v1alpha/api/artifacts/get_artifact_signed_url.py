"""`GET /artifacts/signed_url`: Get a signed URL of an artifact"""

from typing import Any

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.surface import Operation
from ...models.artifact_signed_url import ArtifactSignedUrl
from ...models.get_artifact_signed_url_scope import GetArtifactSignedUrlScope
from ...types import UNSET, Unset

OPERATION = Operation(
    id="getArtifactSignedUrl",
    method="GET",
    path="/artifacts/signed_url",
    server="default",
    pagination=None,
    items=None,
    idempotency_token=None,
)


def _get_kwargs(
    *,
    scope: GetArtifactSignedUrlScope,
    scope_id: str,
    path: str,
    method: str | Unset = "GET",
    project_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_scope = scope.value

    params["scope"] = json_scope

    params["scope_id"] = scope_id

    params["path"] = path

    params["method"] = method

    params["project_id"] = project_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/artifacts/signed_url",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> ArtifactSignedUrl:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = ArtifactSignedUrl.from_dict(loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
