from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.build import Build
from ...types import Response


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


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Build | str | None:
    if response.status_code == 200:
        response_200 = Build.from_dict(response.json())

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
) -> Response[Build | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_hash_id: str,
    branch_id: int,
    build_number: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Build | str]:
    """Stop a build

     Stops a running build and returns it with `result` `stopped`. `finished_at` may still be null in the
    response.

    Args:
        project_hash_id (str):
        branch_id (int):
        build_number (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Build | str]
    """

    kwargs = _get_kwargs(
        project_hash_id=project_hash_id,
        branch_id=branch_id,
        build_number=build_number,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_hash_id: str,
    branch_id: int,
    build_number: int,
    *,
    client: AuthenticatedClient | Client,
) -> Build | str | None:
    """Stop a build

     Stops a running build and returns it with `result` `stopped`. `finished_at` may still be null in the
    response.

    Args:
        project_hash_id (str):
        branch_id (int):
        build_number (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Build | str
    """

    return sync_detailed(
        project_hash_id=project_hash_id,
        branch_id=branch_id,
        build_number=build_number,
        client=client,
    ).parsed


async def asyncio_detailed(
    project_hash_id: str,
    branch_id: int,
    build_number: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Build | str]:
    """Stop a build

     Stops a running build and returns it with `result` `stopped`. `finished_at` may still be null in the
    response.

    Args:
        project_hash_id (str):
        branch_id (int):
        build_number (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Build | str]
    """

    kwargs = _get_kwargs(
        project_hash_id=project_hash_id,
        branch_id=branch_id,
        build_number=build_number,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_hash_id: str,
    branch_id: int,
    build_number: int,
    *,
    client: AuthenticatedClient | Client,
) -> Build | str | None:
    """Stop a build

     Stops a running build and returns it with `result` `stopped`. `finished_at` may still be null in the
    response.

    Args:
        project_hash_id (str):
        branch_id (int):
        build_number (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Build | str
    """

    return (
        await asyncio_detailed(
            project_hash_id=project_hash_id,
            branch_id=branch_id,
            build_number=build_number,
            client=client,
        )
    ).parsed
