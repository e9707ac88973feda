from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.project import Project
from ...types import UNSET, Response, Unset


def _get_kwargs(
    org_username: str,
    *,
    page: int | Unset = 1,
    name: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["name"] = name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/orgs/{org_username}/projects".format(
            org_username=quote(str(org_username), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[Project] | str | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Project.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = response.text
        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | list[Project] | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    org_username: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    name: str | Unset = UNSET,
) -> Response[Error | list[Project] | str]:
    """List projects in an organization

     Lists the projects of an organization. The list is paginated (30 per page). The `name` filter is not
    in the vendor documentation, but the official classic CLI uses it to look a project up by name. The
    vendor specification declares no 404 for this route, but like every route that names a resource it
    answers 404 when the organization does not exist or the user cannot see it (the official classic CLI
    relies on this).

    Args:
        org_username (str):
        page (int | Unset):  Default: 1.
        name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Project] | str]
    """

    kwargs = _get_kwargs(
        org_username=org_username,
        page=page,
        name=name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    org_username: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    name: str | Unset = UNSET,
) -> Error | list[Project] | str | None:
    """List projects in an organization

     Lists the projects of an organization. The list is paginated (30 per page). The `name` filter is not
    in the vendor documentation, but the official classic CLI uses it to look a project up by name. The
    vendor specification declares no 404 for this route, but like every route that names a resource it
    answers 404 when the organization does not exist or the user cannot see it (the official classic CLI
    relies on this).

    Args:
        org_username (str):
        page (int | Unset):  Default: 1.
        name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Project] | str
    """

    return sync_detailed(
        org_username=org_username,
        client=client,
        page=page,
        name=name,
    ).parsed


async def asyncio_detailed(
    org_username: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    name: str | Unset = UNSET,
) -> Response[Error | list[Project] | str]:
    """List projects in an organization

     Lists the projects of an organization. The list is paginated (30 per page). The `name` filter is not
    in the vendor documentation, but the official classic CLI uses it to look a project up by name. The
    vendor specification declares no 404 for this route, but like every route that names a resource it
    answers 404 when the organization does not exist or the user cannot see it (the official classic CLI
    relies on this).

    Args:
        org_username (str):
        page (int | Unset):  Default: 1.
        name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Project] | str]
    """

    kwargs = _get_kwargs(
        org_username=org_username,
        page=page,
        name=name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    org_username: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    name: str | Unset = UNSET,
) -> Error | list[Project] | str | None:
    """List projects in an organization

     Lists the projects of an organization. The list is paginated (30 per page). The `name` filter is not
    in the vendor documentation, but the official classic CLI uses it to look a project up by name. The
    vendor specification declares no 404 for this route, but like every route that names a resource it
    answers 404 when the organization does not exist or the user cannot see it (the official classic CLI
    relies on this).

    Args:
        org_username (str):
        page (int | Unset):  Default: 1.
        name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Project] | str
    """

    return (
        await asyncio_detailed(
            org_username=org_username,
            client=client,
            page=page,
            name=name,
        )
    ).parsed
