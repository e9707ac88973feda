from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.webhook import Webhook
from ...types import Response


def _get_kwargs(
    hash_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/projects/{hash_id}/hooks".format(
            hash_id=quote(str(hash_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[Webhook] | str | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Webhook.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[list[Webhook] | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    hash_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[list[Webhook] | str]:
    """List a project's webhooks

     Lists the webhooks of a project.

    Args:
        hash_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[Webhook] | str]
    """

    kwargs = _get_kwargs(
        hash_id=hash_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    hash_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> list[Webhook] | str | None:
    """List a project's webhooks

     Lists the webhooks of a project.

    Args:
        hash_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[Webhook] | str
    """

    return sync_detailed(
        hash_id=hash_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    hash_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[list[Webhook] | str]:
    """List a project's webhooks

     Lists the webhooks of a project.

    Args:
        hash_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[Webhook] | str]
    """

    kwargs = _get_kwargs(
        hash_id=hash_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    hash_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> list[Webhook] | str | None:
    """List a project's webhooks

     Lists the webhooks of a project.

    Args:
        hash_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[Webhook] | str
    """

    return (
        await asyncio_detailed(
            hash_id=hash_id,
            client=client,
        )
    ).parsed
