from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agent_type_list import AgentTypeList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/self_hosted_agent_types",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AgentTypeList | str | None:
    if response.status_code == 200:
        response_200 = AgentTypeList.from_dict(response.json())

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

    if response.status_code == 500:
        response_500 = response.text
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AgentTypeList | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
) -> Response[AgentTypeList | str]:
    """List agent types

     Lists the organization's self-hosted agent types.

    Differences from the docs: an agent type with the agent name origin has
    `spec.agent_name_settings.aws` set to null (the docs omit the key), and timestamps that are not set
    are `""` instead of an integer. The undocumented `page` parameter must be an integer, else 400. A
    missing permission is answered with 401 `Permission denied`. JSON responses may come without a
    Content-Type header.

    Args:
        page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentTypeList | str]
    """

    kwargs = _get_kwargs(
        page=page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
) -> AgentTypeList | str | None:
    """List agent types

     Lists the organization's self-hosted agent types.

    Differences from the docs: an agent type with the agent name origin has
    `spec.agent_name_settings.aws` set to null (the docs omit the key), and timestamps that are not set
    are `""` instead of an integer. The undocumented `page` parameter must be an integer, else 400. A
    missing permission is answered with 401 `Permission denied`. JSON responses may come without a
    Content-Type header.

    Args:
        page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentTypeList | str
    """

    return sync_detailed(
        client=client,
        page=page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
) -> Response[AgentTypeList | str]:
    """List agent types

     Lists the organization's self-hosted agent types.

    Differences from the docs: an agent type with the agent name origin has
    `spec.agent_name_settings.aws` set to null (the docs omit the key), and timestamps that are not set
    are `""` instead of an integer. The undocumented `page` parameter must be an integer, else 400. A
    missing permission is answered with 401 `Permission denied`. JSON responses may come without a
    Content-Type header.

    Args:
        page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentTypeList | str]
    """

    kwargs = _get_kwargs(
        page=page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
) -> AgentTypeList | str | None:
    """List agent types

     Lists the organization's self-hosted agent types.

    Differences from the docs: an agent type with the agent name origin has
    `spec.agent_name_settings.aws` set to null (the docs omit the key), and timestamps that are not set
    are `""` instead of an integer. The undocumented `page` parameter must be an integer, else 400. A
    missing permission is answered with 401 `Permission denied`. JSON responses may come without a
    Content-Type header.

    Args:
        page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentTypeList | str
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
        )
    ).parsed
