from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.server_status import ServerStatus
from ...types import Response


def _get_kwargs(
    hash_id: str,
    server_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/projects/{hash_id}/servers/{server_id}/status".format(
            hash_id=quote(str(hash_id), safe=""),
            server_id=quote(str(server_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ServerStatus | str | None:
    if response.status_code == 200:
        response_200 = ServerStatus.from_dict(response.json())

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
) -> Response[ServerStatus | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    hash_id: str,
    server_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ServerStatus | str]:
    """Get a server's status

     Returns a server with its latest deploy. `branch_name` may be null, the deploy's `result`,
    `started_at` and `finished_at` are null while it runs, and the server has been seen to leave out
    `commit`.

    Args:
        hash_id (str):
        server_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ServerStatus | str]
    """

    kwargs = _get_kwargs(
        hash_id=hash_id,
        server_id=server_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    hash_id: str,
    server_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> ServerStatus | str | None:
    """Get a server's status

     Returns a server with its latest deploy. `branch_name` may be null, the deploy's `result`,
    `started_at` and `finished_at` are null while it runs, and the server has been seen to leave out
    `commit`.

    Args:
        hash_id (str):
        server_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ServerStatus | str
    """

    return sync_detailed(
        hash_id=hash_id,
        server_id=server_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    hash_id: str,
    server_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ServerStatus | str]:
    """Get a server's status

     Returns a server with its latest deploy. `branch_name` may be null, the deploy's `result`,
    `started_at` and `finished_at` are null while it runs, and the server has been seen to leave out
    `commit`.

    Args:
        hash_id (str):
        server_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ServerStatus | str]
    """

    kwargs = _get_kwargs(
        hash_id=hash_id,
        server_id=server_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    hash_id: str,
    server_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> ServerStatus | str | None:
    """Get a server's status

     Returns a server with its latest deploy. `branch_name` may be null, the deploy's `result`,
    `started_at` and `finished_at` are null while it runs, and the server has been seen to leave out
    `commit`.

    Args:
        hash_id (str):
        server_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ServerStatus | str
    """

    return (
        await asyncio_detailed(
            hash_id=hash_id,
            server_id=server_id,
            client=client,
        )
    ).parsed
