from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.project import Project
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/projects",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[Project] | str | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Project.from_dict(response_200_item_data)

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
) -> Response[list[Project] | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[list[Project] | str]:
    """List projects

     Lists every project the token's owner can access, each with the latest build of every branch and the
    latest deploy to every server. The list is not paginated.

    What the server sends beyond the docs: branch entries also carry `build_log_url` and the latest
    build's `commit`; a branch that was never built carries only its five branch fields; and a project
    without servers may have no `servers` key at all instead of an empty list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[Project] | str]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> list[Project] | str | None:
    """List projects

     Lists every project the token's owner can access, each with the latest build of every branch and the
    latest deploy to every server. The list is not paginated.

    What the server sends beyond the docs: branch entries also carry `build_log_url` and the latest
    build's `commit`; a branch that was never built carries only its five branch fields; and a project
    without servers may have no `servers` key at all instead of an empty list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[Project] | str
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[list[Project] | str]:
    """List projects

     Lists every project the token's owner can access, each with the latest build of every branch and the
    latest deploy to every server. The list is not paginated.

    What the server sends beyond the docs: branch entries also carry `build_log_url` and the latest
    build's `commit`; a branch that was never built carries only its five branch fields; and a project
    without servers may have no `servers` key at all instead of an empty list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[Project] | str]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> list[Project] | str | None:
    """List projects

     Lists every project the token's owner can access, each with the latest build of every branch and the
    latest deploy to every server. The list is not paginated.

    What the server sends beyond the docs: branch entries also carry `build_log_url` and the latest
    build's `commit`; a branch that was never built carries only its five branch fields; and a project
    without servers may have no `servers` key at all instead of an empty list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[Project] | str
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
