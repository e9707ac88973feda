from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.deploy import Deploy
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    project_hash_id: str,
    branch_id: int,
    build_number: int,
    server_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/projects/{project_hash_id}/{branch_id}/builds/{build_number}/deploy/{server_id}".format(
            project_hash_id=quote(str(project_hash_id), safe=""),
            branch_id=quote(str(branch_id), safe=""),
            build_number=quote(str(build_number), safe=""),
            server_id=quote(str(server_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Deploy | Error | str | None:
    if response.status_code == 200:
        response_200 = Deploy.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = response.text
        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Deploy | Error | str]:
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
    server_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Deploy | Error | str]:
    """Deploy a build to a server

     Starts a deploy of a build to one of the project's servers and returns the new deploy. Unlike deploy
    information, this response has no `result`, `started_at` or `finished_at`.

    The docs show the not-found body `{"error": "Build not found."}` without its status code; it is
    described here as 404, the status the docs give for the other documented not-found error (`Commit
    not found.`).

    Args:
        project_hash_id (str):
        branch_id (int):
        build_number (int):
        server_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Deploy | Error | str]
    """

    kwargs = _get_kwargs(
        project_hash_id=project_hash_id,
        branch_id=branch_id,
        build_number=build_number,
        server_id=server_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_hash_id: str,
    branch_id: int,
    build_number: int,
    server_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Deploy | Error | str | None:
    """Deploy a build to a server

     Starts a deploy of a build to one of the project's servers and returns the new deploy. Unlike deploy
    information, this response has no `result`, `started_at` or `finished_at`.

    The docs show the not-found body `{"error": "Build not found."}` without its status code; it is
    described here as 404, the status the docs give for the other documented not-found error (`Commit
    not found.`).

    Args:
        project_hash_id (str):
        branch_id (int):
        build_number (int):
        server_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Deploy | Error | str
    """

    return sync_detailed(
        project_hash_id=project_hash_id,
        branch_id=branch_id,
        build_number=build_number,
        server_id=server_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    project_hash_id: str,
    branch_id: int,
    build_number: int,
    server_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Deploy | Error | str]:
    """Deploy a build to a server

     Starts a deploy of a build to one of the project's servers and returns the new deploy. Unlike deploy
    information, this response has no `result`, `started_at` or `finished_at`.

    The docs show the not-found body `{"error": "Build not found."}` without its status code; it is
    described here as 404, the status the docs give for the other documented not-found error (`Commit
    not found.`).

    Args:
        project_hash_id (str):
        branch_id (int):
        build_number (int):
        server_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Deploy | Error | str]
    """

    kwargs = _get_kwargs(
        project_hash_id=project_hash_id,
        branch_id=branch_id,
        build_number=build_number,
        server_id=server_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_hash_id: str,
    branch_id: int,
    build_number: int,
    server_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Deploy | Error | str | None:
    """Deploy a build to a server

     Starts a deploy of a build to one of the project's servers and returns the new deploy. Unlike deploy
    information, this response has no `result`, `started_at` or `finished_at`.

    The docs show the not-found body `{"error": "Build not found."}` without its status code; it is
    described here as 404, the status the docs give for the other documented not-found error (`Commit
    not found.`).

    Args:
        project_hash_id (str):
        branch_id (int):
        build_number (int):
        server_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Deploy | Error | str
    """

    return (
        await asyncio_detailed(
            project_hash_id=project_hash_id,
            branch_id=branch_id,
            build_number=build_number,
            server_id=server_id,
            client=client,
        )
    ).parsed
