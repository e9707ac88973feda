from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.disable_agents_form import DisableAgentsForm
from ...models.disable_agents_request import DisableAgentsRequest
from ...models.empty import Empty
from ...types import UNSET, Response, Unset


def _get_kwargs(
    agent_type_name: str,
    *,
    body: DisableAgentsRequest | DisableAgentsForm | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/self_hosted_agent_types/{agent_type_name}/disable_all".format(
            agent_type_name=quote(str(agent_type_name), safe=""),
        ),
    }

    if isinstance(body, DisableAgentsRequest):
        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    if isinstance(body, DisableAgentsForm):
        if not isinstance(body, Unset):
            _kwargs["data"] = body.to_dict()
        headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
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
    body: DisableAgentsRequest | DisableAgentsForm | Unset = UNSET,
) -> Response[Empty | str]:
    """Disable the agents of an agent type

     Disables the agents of an agent type: only the idle ones by default, or all of them with
    `only_idle=false`. Disabled agents finish their current job and disconnect.

    `only_idle` may come from the query string, a form body (as in the docs' example) or a JSON body, as
    a boolean or the strings `"true"`/`"false"`; anything else is answered with 400 `"Invalid
    'only_idle': '<value>' is not a boolean."`. A missing permission is answered with 401 `Permission
    denied`. JSON responses may come without a Content-Type header.

    Args:
        agent_type_name (str):
        body (DisableAgentsRequest | Unset):
        body (DisableAgentsForm | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Empty | str]
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
    body: DisableAgentsRequest | DisableAgentsForm | Unset = UNSET,
) -> Empty | str | None:
    """Disable the agents of an agent type

     Disables the agents of an agent type: only the idle ones by default, or all of them with
    `only_idle=false`. Disabled agents finish their current job and disconnect.

    `only_idle` may come from the query string, a form body (as in the docs' example) or a JSON body, as
    a boolean or the strings `"true"`/`"false"`; anything else is answered with 400 `"Invalid
    'only_idle': '<value>' is not a boolean."`. A missing permission is answered with 401 `Permission
    denied`. JSON responses may come without a Content-Type header.

    Args:
        agent_type_name (str):
        body (DisableAgentsRequest | Unset):
        body (DisableAgentsForm | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Empty | str
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
    body: DisableAgentsRequest | DisableAgentsForm | Unset = UNSET,
) -> Response[Empty | str]:
    """Disable the agents of an agent type

     Disables the agents of an agent type: only the idle ones by default, or all of them with
    `only_idle=false`. Disabled agents finish their current job and disconnect.

    `only_idle` may come from the query string, a form body (as in the docs' example) or a JSON body, as
    a boolean or the strings `"true"`/`"false"`; anything else is answered with 400 `"Invalid
    'only_idle': '<value>' is not a boolean."`. A missing permission is answered with 401 `Permission
    denied`. JSON responses may come without a Content-Type header.

    Args:
        agent_type_name (str):
        body (DisableAgentsRequest | Unset):
        body (DisableAgentsForm | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Empty | str]
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
    body: DisableAgentsRequest | DisableAgentsForm | Unset = UNSET,
) -> Empty | str | None:
    """Disable the agents of an agent type

     Disables the agents of an agent type: only the idle ones by default, or all of them with
    `only_idle=false`. Disabled agents finish their current job and disconnect.

    `only_idle` may come from the query string, a form body (as in the docs' example) or a JSON body, as
    a boolean or the strings `"true"`/`"false"`; anything else is answered with 400 `"Invalid
    'only_idle': '<value>' is not a boolean."`. A missing permission is answered with 401 `Permission
    denied`. JSON responses may come without a Content-Type header.

    Args:
        agent_type_name (str):
        body (DisableAgentsRequest | Unset):
        body (DisableAgentsForm | Unset):

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
            body=body,
        )
    ).parsed
