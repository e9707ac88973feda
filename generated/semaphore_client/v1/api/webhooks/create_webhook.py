from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.webhook import Webhook
from ...models.webhook_request import WebhookRequest
from ...types import Response


def _get_kwargs(
    hash_id: str,
    *,
    body: WebhookRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/projects/{hash_id}/hooks".format(
            hash_id=quote(str(hash_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Webhook | str | None:
    if response.status_code == 200:
        response_200 = Webhook.from_dict(response.json())

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
) -> Response[Webhook | str]:
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
    body: WebhookRequest,
) -> Response[Webhook | str]:
    """Create a webhook

     Adds a webhook to a project. Both `url` and `hook_type` are required. The server answers 200 (not
    201) with the new webhook.

    Args:
        hash_id (str):
        body (WebhookRequest): The fields of a webhook to create, or the new fields of one to
            update.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Webhook | str]
    """

    kwargs = _get_kwargs(
        hash_id=hash_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    hash_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WebhookRequest,
) -> Webhook | str | None:
    """Create a webhook

     Adds a webhook to a project. Both `url` and `hook_type` are required. The server answers 200 (not
    201) with the new webhook.

    Args:
        hash_id (str):
        body (WebhookRequest): The fields of a webhook to create, or the new fields of one to
            update.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Webhook | str
    """

    return sync_detailed(
        hash_id=hash_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    hash_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WebhookRequest,
) -> Response[Webhook | str]:
    """Create a webhook

     Adds a webhook to a project. Both `url` and `hook_type` are required. The server answers 200 (not
    201) with the new webhook.

    Args:
        hash_id (str):
        body (WebhookRequest): The fields of a webhook to create, or the new fields of one to
            update.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Webhook | str]
    """

    kwargs = _get_kwargs(
        hash_id=hash_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    hash_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WebhookRequest,
) -> Webhook | str | None:
    """Create a webhook

     Adds a webhook to a project. Both `url` and `hook_type` are required. The server answers 200 (not
    201) with the new webhook.

    Args:
        hash_id (str):
        body (WebhookRequest): The fields of a webhook to create, or the new fields of one to
            update.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Webhook | str
    """

    return (
        await asyncio_detailed(
            hash_id=hash_id,
            client=client,
            body=body,
        )
    ).parsed
