from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.empty import Empty
from ...types import Response


def _get_kwargs(
    agent_type_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/self_hosted_agent_types/{agent_type_name}".format(
            agent_type_name=quote(str(agent_type_name), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Empty | str | None:
    if response.status_code == 200:
        response_200 = Empty.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = response.text
        return response_400

    if response.status_code == 401:
        response_401 = response.text
        return response_401

    if response.status_code == 404:
        response_404 = response.text
        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Empty | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    agent_type_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Empty | str]:
    """Delete an agent type

     Deletes an agent type that has no agents. While agents of the type are connected the answer is 400
    `"can't delete agent type with existing agents"`; disable them first. An unknown name is answered
    with 404 `"agent type not found"`; a missing permission with 401 `Permission denied`. JSON responses
    may come without a Content-Type header.

    Args:
        agent_type_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Empty | str]
    """

    kwargs = _get_kwargs(
        agent_type_name=agent_type_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agent_type_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Empty | str | None:
    """Delete an agent type

     Deletes an agent type that has no agents. While agents of the type are connected the answer is 400
    `"can't delete agent type with existing agents"`; disable them first. An unknown name is answered
    with 404 `"agent type not found"`; a missing permission with 401 `Permission denied`. JSON responses
    may come without a Content-Type header.

    Args:
        agent_type_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Empty | str
    """

    return sync_detailed(
        agent_type_name=agent_type_name,
        client=client,
    ).parsed


async def asyncio_detailed(
    agent_type_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Empty | str]:
    """Delete an agent type

     Deletes an agent type that has no agents. While agents of the type are connected the answer is 400
    `"can't delete agent type with existing agents"`; disable them first. An unknown name is answered
    with 404 `"agent type not found"`; a missing permission with 401 `Permission denied`. JSON responses
    may come without a Content-Type header.

    Args:
        agent_type_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Empty | str]
    """

    kwargs = _get_kwargs(
        agent_type_name=agent_type_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agent_type_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Empty | str | None:
    """Delete an agent type

     Deletes an agent type that has no agents. While agents of the type are connected the answer is 400
    `"can't delete agent type with existing agents"`; disable them first. An unknown name is answered
    with 404 `"agent type not found"`; a missing permission with 401 `Permission denied`. JSON responses
    may come without a Content-Type header.

    Args:
        agent_type_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Empty | str
    """

    return (
        await asyncio_detailed(
            agent_type_name=agent_type_name,
            client=client,
        )
    ).parsed
