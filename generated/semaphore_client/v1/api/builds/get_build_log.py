from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.build_log import BuildLog
from ...types import Response


def _get_kwargs(
    hash_id: str,
    branch_id: int,
    build_number: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/projects/{hash_id}/{branch_id}/builds/{build_number}/log".format(
            hash_id=quote(str(hash_id), safe=""),
            branch_id=quote(str(branch_id), safe=""),
            build_number=quote(str(build_number), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BuildLog | str | None:
    if response.status_code == 200:
        response_200 = BuildLog.from_dict(response.json())

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
) -> Response[BuildLog | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    hash_id: str,
    branch_id: int,
    build_number: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[BuildLog | str]:
    """Get a build's log

     Returns the log of a build, grouped by parallel thread. Each command's `result` is its exit status
    as a string (`"0"`), `duration` is `mm:ss`, and `output` is HTML-escaped text that may contain
    `<span>` colour markup and `\\r\\n` line ends. When a command's output is too long, the server
    replaces it with an HTML snippet that links to the full log.

    Args:
        hash_id (str):
        branch_id (int):
        build_number (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BuildLog | str]
    """

    kwargs = _get_kwargs(
        hash_id=hash_id,
        branch_id=branch_id,
        build_number=build_number,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    hash_id: str,
    branch_id: int,
    build_number: int,
    *,
    client: AuthenticatedClient | Client,
) -> BuildLog | str | None:
    """Get a build's log

     Returns the log of a build, grouped by parallel thread. Each command's `result` is its exit status
    as a string (`"0"`), `duration` is `mm:ss`, and `output` is HTML-escaped text that may contain
    `<span>` colour markup and `\\r\\n` line ends. When a command's output is too long, the server
    replaces it with an HTML snippet that links to the full log.

    Args:
        hash_id (str):
        branch_id (int):
        build_number (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BuildLog | str
    """

    return sync_detailed(
        hash_id=hash_id,
        branch_id=branch_id,
        build_number=build_number,
        client=client,
    ).parsed


async def asyncio_detailed(
    hash_id: str,
    branch_id: int,
    build_number: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[BuildLog | str]:
    """Get a build's log

     Returns the log of a build, grouped by parallel thread. Each command's `result` is its exit status
    as a string (`"0"`), `duration` is `mm:ss`, and `output` is HTML-escaped text that may contain
    `<span>` colour markup and `\\r\\n` line ends. When a command's output is too long, the server
    replaces it with an HTML snippet that links to the full log.

    Args:
        hash_id (str):
        branch_id (int):
        build_number (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BuildLog | str]
    """

    kwargs = _get_kwargs(
        hash_id=hash_id,
        branch_id=branch_id,
        build_number=build_number,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    hash_id: str,
    branch_id: int,
    build_number: int,
    *,
    client: AuthenticatedClient | Client,
) -> BuildLog | str | None:
    """Get a build's log

     Returns the log of a build, grouped by parallel thread. Each command's `result` is its exit status
    as a string (`"0"`), `duration` is `mm:ss`, and `output` is HTML-escaped text that may contain
    `<span>` colour markup and `\\r\\n` line ends. When a command's output is too long, the server
    replaces it with an HTML snippet that links to the full log.

    Args:
        hash_id (str):
        branch_id (int):
        build_number (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BuildLog | str
    """

    return (
        await asyncio_detailed(
            hash_id=hash_id,
            branch_id=branch_id,
            build_number=build_number,
            client=client,
        )
    ).parsed
