"""`POST /projects/{project_hash_id}/{branch_id}/build`: Rebuild the last revision or launch a build of a commit"""

from typing import Any
from urllib.parse import quote

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.surface import Operation
from ...models.build import Build
from ...types import UNSET, Unset

OPERATION = Operation(
    id="launchBuild",
    method="POST",
    path="/projects/{project_hash_id}/{branch_id}/build",
    server="default",
    pagination=None,
    items=None,
    idempotency_token=None,
)


def _get_kwargs(
    project_hash_id: str,
    branch_id: int,
    *,
    commit_sha: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["commit_sha"] = commit_sha

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/projects/{project_hash_id}/{branch_id}/build".format(
            project_hash_id=quote(str(project_hash_id), safe=""),
            branch_id=quote(str(branch_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> Build:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = Build.from_dict(loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
