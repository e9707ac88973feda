from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.server_history import ServerHistory
from ...types import UNSET, Response, Unset


def _get_kwargs(
    hash_id: str,
    server_id: int,
    *,
    page: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/projects/{hash_id}/servers/{server_id}".format(
            hash_id=quote(str(hash_id), safe=""),
            server_id=quote(str(server_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ServerHistory | str | None:
    if response.status_code == 200:
        response_200 = ServerHistory.from_dict(response.json())

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
) -> Response[ServerHistory | str]:
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
    page: int | Unset = UNSET,
) -> Response[ServerHistory | str]:
    """Get a server's deploy history

     Returns a server with one page of its deploys, newest first. Ask for another page with `page`; the
    `Pagination` response header holds a JSON object that says where this page stands (the server-
    history docs print it without the header name). The docs promise 10 deploys a page, but branch
    history has been observed to page by 20, so rely on `per_page`.

    The documented example is not valid JSON: the second deploy lacks its closing brace. Deploys may
    lack `commit`.

    Args:
        hash_id (str):
        server_id (int):
        page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ServerHistory | str]
    """

    kwargs = _get_kwargs(
        hash_id=hash_id,
        server_id=server_id,
        page=page,
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
    page: int | Unset = UNSET,
) -> ServerHistory | str | None:
    """Get a server's deploy history

     Returns a server with one page of its deploys, newest first. Ask for another page with `page`; the
    `Pagination` response header holds a JSON object that says where this page stands (the server-
    history docs print it without the header name). The docs promise 10 deploys a page, but branch
    history has been observed to page by 20, so rely on `per_page`.

    The documented example is not valid JSON: the second deploy lacks its closing brace. Deploys may
    lack `commit`.

    Args:
        hash_id (str):
        server_id (int):
        page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ServerHistory | str
    """

    return sync_detailed(
        hash_id=hash_id,
        server_id=server_id,
        client=client,
        page=page,
    ).parsed


async def asyncio_detailed(
    hash_id: str,
    server_id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
) -> Response[ServerHistory | str]:
    """Get a server's deploy history

     Returns a server with one page of its deploys, newest first. Ask for another page with `page`; the
    `Pagination` response header holds a JSON object that says where this page stands (the server-
    history docs print it without the header name). The docs promise 10 deploys a page, but branch
    history has been observed to page by 20, so rely on `per_page`.

    The documented example is not valid JSON: the second deploy lacks its closing brace. Deploys may
    lack `commit`.

    Args:
        hash_id (str):
        server_id (int):
        page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ServerHistory | str]
    """

    kwargs = _get_kwargs(
        hash_id=hash_id,
        server_id=server_id,
        page=page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    hash_id: str,
    server_id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
) -> ServerHistory | str | None:
    """Get a server's deploy history

     Returns a server with one page of its deploys, newest first. Ask for another page with `page`; the
    `Pagination` response header holds a JSON object that says where this page stands (the server-
    history docs print it without the header name). The docs promise 10 deploys a page, but branch
    history has been observed to page by 20, so rely on `per_page`.

    The documented example is not valid JSON: the second deploy lacks its closing brace. Deploys may
    lack `commit`.

    Args:
        hash_id (str):
        server_id (int):
        page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ServerHistory | str
    """

    return (
        await asyncio_detailed(
            hash_id=hash_id,
            server_id=server_id,
            client=client,
            page=page,
        )
    ).parsed
