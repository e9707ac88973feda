from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agent_list import AgentList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    agent_type: str | Unset = UNSET,
    page_size: int | Unset = 200,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["agent_type"] = agent_type

    params["page_size"] = page_size

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/agents",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AgentList | str | None:
    if response.status_code == 200:
        response_200 = AgentList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = response.text
        return response_400

    if response.status_code == 401:
        response_401 = response.text
        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AgentList | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    agent_type: str | Unset = UNSET,
    page_size: int | Unset = 200,
    cursor: str | Unset = UNSET,
) -> Response[AgentList | str]:
    """List agents

     Lists the organization's connected self-hosted agents, optionally of one agent type. Pages are
    chained with the `cursor` field of the body (no pagination headers).

    Differences from the docs: `page_size` must be between 5 and 200 (default 200), else 400 `"page size
    of N is invalid: must be greater than 0 and between 5-200"`. An unknown agent type gives an empty
    list. Disabled agents carry `metadata.disabled_at`; timestamps that are not set are `""`. A missing
    permission is answered with 401 `Permission denied`. JSON responses may come without a Content-Type
    header.

    Args:
        agent_type (str | Unset):
        page_size (int | Unset):  Default: 200.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentList | str]
    """

    kwargs = _get_kwargs(
        agent_type=agent_type,
        page_size=page_size,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    agent_type: str | Unset = UNSET,
    page_size: int | Unset = 200,
    cursor: str | Unset = UNSET,
) -> AgentList | str | None:
    """List agents

     Lists the organization's connected self-hosted agents, optionally of one agent type. Pages are
    chained with the `cursor` field of the body (no pagination headers).

    Differences from the docs: `page_size` must be between 5 and 200 (default 200), else 400 `"page size
    of N is invalid: must be greater than 0 and between 5-200"`. An unknown agent type gives an empty
    list. Disabled agents carry `metadata.disabled_at`; timestamps that are not set are `""`. A missing
    permission is answered with 401 `Permission denied`. JSON responses may come without a Content-Type
    header.

    Args:
        agent_type (str | Unset):
        page_size (int | Unset):  Default: 200.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentList | str
    """

    return sync_detailed(
        client=client,
        agent_type=agent_type,
        page_size=page_size,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    agent_type: str | Unset = UNSET,
    page_size: int | Unset = 200,
    cursor: str | Unset = UNSET,
) -> Response[AgentList | str]:
    """List agents

     Lists the organization's connected self-hosted agents, optionally of one agent type. Pages are
    chained with the `cursor` field of the body (no pagination headers).

    Differences from the docs: `page_size` must be between 5 and 200 (default 200), else 400 `"page size
    of N is invalid: must be greater than 0 and between 5-200"`. An unknown agent type gives an empty
    list. Disabled agents carry `metadata.disabled_at`; timestamps that are not set are `""`. A missing
    permission is answered with 401 `Permission denied`. JSON responses may come without a Content-Type
    header.

    Args:
        agent_type (str | Unset):
        page_size (int | Unset):  Default: 200.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentList | str]
    """

    kwargs = _get_kwargs(
        agent_type=agent_type,
        page_size=page_size,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    agent_type: str | Unset = UNSET,
    page_size: int | Unset = 200,
    cursor: str | Unset = UNSET,
) -> AgentList | str | None:
    """List agents

     Lists the organization's connected self-hosted agents, optionally of one agent type. Pages are
    chained with the `cursor` field of the body (no pagination headers).

    Differences from the docs: `page_size` must be between 5 and 200 (default 200), else 400 `"page size
    of N is invalid: must be greater than 0 and between 5-200"`. An unknown agent type gives an empty
    list. Disabled agents carry `metadata.disabled_at`; timestamps that are not set are `""`. A missing
    permission is answered with 401 `Permission denied`. JSON responses may come without a Content-Type
    header.

    Args:
        agent_type (str | Unset):
        page_size (int | Unset):  Default: 200.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentList | str
    """

    return (
        await asyncio_detailed(
            client=client,
            agent_type=agent_type,
            page_size=page_size,
            cursor=cursor,
        )
    ).parsed
