"""`POST /projects/{project_hash_id}/{branch_id}/builds/{build_number}/stop`: Stop a build"""

from typing import Any
from urllib.parse import quote

import httpx

from ...._runtime.errors import UndocumentedStatus
from ...._runtime.jsonbody import loads
from ...._runtime.surface import Operation
from ...models.build import Build

OPERATION = Operation(
    id="stopBuild",
    method="POST",
    path="/projects/{project_hash_id}/{branch_id}/builds/{build_number}/stop",
    server="default",
    pagination=None,
    items=None,
    idempotency_token=None,
)


def _get_kwargs(
    project_hash_id: str,
    branch_id: int,
    build_number: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/projects/{project_hash_id}/{branch_id}/builds/{build_number}/stop".format(
            project_hash_id=quote(str(project_hash_id), safe=""),
            branch_id=quote(str(branch_id), safe=""),
            build_number=quote(str(build_number), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> Build:
    """The parsed body of a success answer; other statuses are the runtime's to raise."""
    if response.status_code == 200:
        response_200 = Build.from_dict(loads(response.content))

        return response_200

    raise UndocumentedStatus(response.status_code)
