from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agent_type import AgentType
from ...models.agent_type_request import AgentTypeRequest
from ...types import Response


def _get_kwargs(
    agent_type_name: str,
    *,
    body: AgentTypeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/self_hosted_agent_types/{agent_type_name}".format(
            agent_type_name=quote(str(agent_type_name), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AgentType | str | None:
    if response.status_code == 200:
        response_200 = AgentType.from_dict(response.json())

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
) -> Response[AgentType | str]:
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
    body: AgentTypeRequest,
) -> Response[AgentType | str]:
    """Update an agent type

     Changes the agent name settings of an agent type.

    Differences from the docs: the server identifies the agent type by `metadata.name` in the body and
    ignores the name in the path; without `metadata.name` the answer is 400 `"Name must be provided"`.
    In the response `status.total_agent_count` is always 0. A missing permission is answered with 401
    `Permission denied`. JSON responses may come without a Content-Type header.

    Args:
        agent_type_name (str):
        body (AgentTypeRequest): An agent type to create, or the new settings of one to update.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentType | str]
    """

    kwargs = _get_kwargs(
        agent_type_name=agent_type_name,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agent_type_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: AgentTypeRequest,
) -> AgentType | str | None:
    """Update an agent type

     Changes the agent name settings of an agent type.

    Differences from the docs: the server identifies the agent type by `metadata.name` in the body and
    ignores the name in the path; without `metadata.name` the answer is 400 `"Name must be provided"`.
    In the response `status.total_agent_count` is always 0. A missing permission is answered with 401
    `Permission denied`. JSON responses may come without a Content-Type header.

    Args:
        agent_type_name (str):
        body (AgentTypeRequest): An agent type to create, or the new settings of one to update.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentType | str
    """

    return sync_detailed(
        agent_type_name=agent_type_name,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    agent_type_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: AgentTypeRequest,
) -> Response[AgentType | str]:
    """Update an agent type

     Changes the agent name settings of an agent type.

    Differences from the docs: the server identifies the agent type by `metadata.name` in the body and
    ignores the name in the path; without `metadata.name` the answer is 400 `"Name must be provided"`.
    In the response `status.total_agent_count` is always 0. A missing permission is answered with 401
    `Permission denied`. JSON responses may come without a Content-Type header.

    Args:
        agent_type_name (str):
        body (AgentTypeRequest): An agent type to create, or the new settings of one to update.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentType | str]
    """

    kwargs = _get_kwargs(
        agent_type_name=agent_type_name,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agent_type_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: AgentTypeRequest,
) -> AgentType | str | None:
    """Update an agent type

     Changes the agent name settings of an agent type.

    Differences from the docs: the server identifies the agent type by `metadata.name` in the body and
    ignores the name in the path; without `metadata.name` the answer is 400 `"Name must be provided"`.
    In the response `status.total_agent_count` is always 0. A missing permission is answered with 401
    `Permission denied`. JSON responses may come without a Content-Type header.

    Args:
        agent_type_name (str):
        body (AgentTypeRequest): An agent type to create, or the new settings of one to update.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentType | str
    """

    return (
        await asyncio_detailed(
            agent_type_name=agent_type_name,
            client=client,
            body=body,
        )
    ).parsed
