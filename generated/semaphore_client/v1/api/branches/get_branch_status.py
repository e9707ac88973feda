from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.branch_status import BranchStatus
from ...types import Response


def _get_kwargs(
    hash_id: str,
    branch_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/projects/{hash_id}/{branch_id}/status".format(
            hash_id=quote(str(hash_id), safe=""),
            branch_id=quote(str(branch_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BranchStatus | str | None:
    if response.status_code == 200:
        response_200 = BranchStatus.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = response.text
        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BranchStatus | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    hash_id: str,
    branch_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[BranchStatus | str]:
    """Get a branch's status

     Returns a branch with its latest build and the commit that build ran on. While that build runs,
    `result`, `started_at` and `finished_at` are null; a branch that was never built comes back with
    only its branch fields.

    The branch id is a bare path segment right after the project's hash id. The build number is named
    `build_number` here and `number` in build information.

    Args:
        hash_id (str):
        branch_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BranchStatus | str]
    """

    kwargs = _get_kwargs(
        hash_id=hash_id,
        branch_id=branch_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    hash_id: str,
    branch_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> BranchStatus | str | None:
    """Get a branch's status

     Returns a branch with its latest build and the commit that build ran on. While that build runs,
    `result`, `started_at` and `finished_at` are null; a branch that was never built comes back with
    only its branch fields.

    The branch id is a bare path segment right after the project's hash id. The build number is named
    `build_number` here and `number` in build information.

    Args:
        hash_id (str):
        branch_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BranchStatus | str
    """

    return sync_detailed(
        hash_id=hash_id,
        branch_id=branch_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    hash_id: str,
    branch_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[BranchStatus | str]:
    """Get a branch's status

     Returns a branch with its latest build and the commit that build ran on. While that build runs,
    `result`, `started_at` and `finished_at` are null; a branch that was never built comes back with
    only its branch fields.

    The branch id is a bare path segment right after the project's hash id. The build number is named
    `build_number` here and `number` in build information.

    Args:
        hash_id (str):
        branch_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BranchStatus | str]
    """

    kwargs = _get_kwargs(
        hash_id=hash_id,
        branch_id=branch_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    hash_id: str,
    branch_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> BranchStatus | str | None:
    """Get a branch's status

     Returns a branch with its latest build and the commit that build ran on. While that build runs,
    `result`, `started_at` and `finished_at` are null; a branch that was never built comes back with
    only its branch fields.

    The branch id is a bare path segment right after the project's hash id. The build number is named
    `build_number` here and `number` in build information.

    Args:
        hash_id (str):
        branch_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BranchStatus | str
    """

    return (
        await asyncio_detailed(
            hash_id=hash_id,
            branch_id=branch_id,
            client=client,
        )
    ).parsed
