from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.deploy import Deploy
from ...types import Response


def _get_kwargs(
    hash_id: str,
    server_id: int,
    deploy_number: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/projects/{hash_id}/servers/{server_id}/deploys/{deploy_number}".format(
            hash_id=quote(str(hash_id), safe=""),
            server_id=quote(str(server_id), safe=""),
            deploy_number=quote(str(deploy_number), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Deploy | str | None:
    if response.status_code == 200:
        response_200 = Deploy.from_dict(response.json())

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
) -> Response[Deploy | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    hash_id: str,
    server_id: int,
    deploy_number: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Deploy | str]:
    """Get deploy information

     Returns one deploy to a server: the deployed build and commit, the result and the timing. While the
    deploy runs, `result`, `started_at` and `finished_at` are null.

    Args:
        hash_id (str):
        server_id (int):
        deploy_number (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Deploy | str]
    """

    kwargs = _get_kwargs(
        hash_id=hash_id,
        server_id=server_id,
        deploy_number=deploy_number,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    hash_id: str,
    server_id: int,
    deploy_number: int,
    *,
    client: AuthenticatedClient | Client,
) -> Deploy | str | None:
    """Get deploy information

     Returns one deploy to a server: the deployed build and commit, the result and the timing. While the
    deploy runs, `result`, `started_at` and `finished_at` are null.

    Args:
        hash_id (str):
        server_id (int):
        deploy_number (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Deploy | str
    """

    return sync_detailed(
        hash_id=hash_id,
        server_id=server_id,
        deploy_number=deploy_number,
        client=client,
    ).parsed


async def asyncio_detailed(
    hash_id: str,
    server_id: int,
    deploy_number: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Deploy | str]:
    """Get deploy information

     Returns one deploy to a server: the deployed build and commit, the result and the timing. While the
    deploy runs, `result`, `started_at` and `finished_at` are null.

    Args:
        hash_id (str):
        server_id (int):
        deploy_number (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Deploy | str]
    """

    kwargs = _get_kwargs(
        hash_id=hash_id,
        server_id=server_id,
        deploy_number=deploy_number,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    hash_id: str,
    server_id: int,
    deploy_number: int,
    *,
    client: AuthenticatedClient | Client,
) -> Deploy | str | None:
    """Get deploy information

     Returns one deploy to a server: the deployed build and commit, the result and the timing. While the
    deploy runs, `result`, `started_at` and `finished_at` are null.

    Args:
        hash_id (str):
        server_id (int):
        deploy_number (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Deploy | str
    """

    return (
        await asyncio_detailed(
            hash_id=hash_id,
            server_id=server_id,
            deploy_number=deploy_number,
            client=client,
        )
    ).parsed
