from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import Response


def _get_kwargs(
    hash_id: str,
    webhook_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/projects/{hash_id}/hooks/{webhook_id}".format(
            hash_id=quote(str(hash_id), safe=""),
            webhook_id=quote(str(webhook_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | str | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 401:
        response_401 = response.text
        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    hash_id: str,
    webhook_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | str]:
    """Delete a webhook

     Removes a webhook from a project. The response has no body.

    Args:
        hash_id (str):
        webhook_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | str]
    """

    kwargs = _get_kwargs(
        hash_id=hash_id,
        webhook_id=webhook_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    hash_id: str,
    webhook_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Any | str | None:
    """Delete a webhook

     Removes a webhook from a project. The response has no body.

    Args:
        hash_id (str):
        webhook_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | str
    """

    return sync_detailed(
        hash_id=hash_id,
        webhook_id=webhook_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    hash_id: str,
    webhook_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | str]:
    """Delete a webhook

     Removes a webhook from a project. The response has no body.

    Args:
        hash_id (str):
        webhook_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | str]
    """

    kwargs = _get_kwargs(
        hash_id=hash_id,
        webhook_id=webhook_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    hash_id: str,
    webhook_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Any | str | None:
    """Delete a webhook

     Removes a webhook from a project. The response has no body.

    Args:
        hash_id (str):
        webhook_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | str
    """

    return (
        await asyncio_detailed(
            hash_id=hash_id,
            webhook_id=webhook_id,
            client=client,
        )
    ).parsed
