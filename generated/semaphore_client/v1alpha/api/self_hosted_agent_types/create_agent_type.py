from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agent_type import AgentType
from ...models.agent_type_request import AgentTypeRequest
from ...types import Response


def _get_kwargs(
    *,
    body: AgentTypeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/self_hosted_agent_types",
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

    if response.status_code == 500:
        response_500 = response.text
        return response_500

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
    *,
    client: AuthenticatedClient | Client,
    body: AgentTypeRequest,
) -> Response[AgentType | str]:
    """Create an agent type

     Creates a self-hosted agent type. The response is the only place the type's agent registration token
    is shown.

    The name must match `^s1-[a-zA-Z0-9-_]+$` and be unique in the organization; the
    `assignment_origin_aws_sts` origin needs `aws.account_id` and `aws.role_name_patterns`. Violations,
    a missing name and organizations without self-hosted agents are answered with 400 and a JSON string
    message (e.g. `"Name must be provided"`). A missing permission is answered with 401 `Permission
    denied`. JSON responses may come without a Content-Type header.

    Args:
        body (AgentTypeRequest): An agent type to create, or the new settings of one to update.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentType | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: AgentTypeRequest,
) -> AgentType | str | None:
    """Create an agent type

     Creates a self-hosted agent type. The response is the only place the type's agent registration token
    is shown.

    The name must match `^s1-[a-zA-Z0-9-_]+$` and be unique in the organization; the
    `assignment_origin_aws_sts` origin needs `aws.account_id` and `aws.role_name_patterns`. Violations,
    a missing name and organizations without self-hosted agents are answered with 400 and a JSON string
    message (e.g. `"Name must be provided"`). A missing permission is answered with 401 `Permission
    denied`. JSON responses may come without a Content-Type header.

    Args:
        body (AgentTypeRequest): An agent type to create, or the new settings of one to update.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentType | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AgentTypeRequest,
) -> Response[AgentType | str]:
    """Create an agent type

     Creates a self-hosted agent type. The response is the only place the type's agent registration token
    is shown.

    The name must match `^s1-[a-zA-Z0-9-_]+$` and be unique in the organization; the
    `assignment_origin_aws_sts` origin needs `aws.account_id` and `aws.role_name_patterns`. Violations,
    a missing name and organizations without self-hosted agents are answered with 400 and a JSON string
    message (e.g. `"Name must be provided"`). A missing permission is answered with 401 `Permission
    denied`. JSON responses may come without a Content-Type header.

    Args:
        body (AgentTypeRequest): An agent type to create, or the new settings of one to update.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentType | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AgentTypeRequest,
) -> AgentType | str | None:
    """Create an agent type

     Creates a self-hosted agent type. The response is the only place the type's agent registration token
    is shown.

    The name must match `^s1-[a-zA-Z0-9-_]+$` and be unique in the organization; the
    `assignment_origin_aws_sts` origin needs `aws.account_id` and `aws.role_name_patterns`. Violations,
    a missing name and organizations without self-hosted agents are answered with 400 and a JSON string
    message (e.g. `"Name must be provided"`). A missing permission is answered with 401 `Permission
    denied`. JSON responses may come without a Content-Type header.

    Args:
        body (AgentTypeRequest): An agent type to create, or the new settings of one to update.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentType | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
