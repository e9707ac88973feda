from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.project import Project
from ...models.project_create import ProjectCreate
from ...models.validation_error import ValidationError
from ...types import Response


def _get_kwargs(
    org_username: str,
    *,
    body: ProjectCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/orgs/{org_username}/projects".format(
            org_username=quote(str(org_username), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Project | ValidationError | str | None:
    if response.status_code == 200:
        response_200 = Project.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 412:
        response_412 = Error.from_dict(response.json())

        return response_412

    if response.status_code == 422:
        response_422 = ValidationError.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = response.text
        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | Project | ValidationError | str]:
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
    body: ProjectCreate,
) -> Response[Error | Project | ValidationError | str]:
    """Create a project in an organization

     Creates a project in an organization from a GitHub or Bitbucket repository. Only admins of the
    organization can create projects. The created project is returned with status 200 (not 201). A
    missing field or a project name that is already taken is answered with 422.

    Args:
        org_username (str):
        body (ProjectCreate): A new project and the repository it builds. Fields the server does
            not know are refused with 422 `unpermitted_parameter`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Project | ValidationError | str]
    """

    kwargs = _get_kwargs(
        org_username=org_username,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    org_username: str,
    *,
    client: AuthenticatedClient | Client,
    body: ProjectCreate,
) -> Error | Project | ValidationError | str | None:
    """Create a project in an organization

     Creates a project in an organization from a GitHub or Bitbucket repository. Only admins of the
    organization can create projects. The created project is returned with status 200 (not 201). A
    missing field or a project name that is already taken is answered with 422.

    Args:
        org_username (str):
        body (ProjectCreate): A new project and the repository it builds. Fields the server does
            not know are refused with 422 `unpermitted_parameter`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Project | ValidationError | str
    """

    return sync_detailed(
        org_username=org_username,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    org_username: str,
    *,
    client: AuthenticatedClient | Client,
    body: ProjectCreate,
) -> Response[Error | Project | ValidationError | str]:
    """Create a project in an organization

     Creates a project in an organization from a GitHub or Bitbucket repository. Only admins of the
    organization can create projects. The created project is returned with status 200 (not 201). A
    missing field or a project name that is already taken is answered with 422.

    Args:
        org_username (str):
        body (ProjectCreate): A new project and the repository it builds. Fields the server does
            not know are refused with 422 `unpermitted_parameter`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Project | ValidationError | str]
    """

    kwargs = _get_kwargs(
        org_username=org_username,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    org_username: str,
    *,
    client: AuthenticatedClient | Client,
    body: ProjectCreate,
) -> Error | Project | ValidationError | str | None:
    """Create a project in an organization

     Creates a project in an organization from a GitHub or Bitbucket repository. Only admins of the
    organization can create projects. The created project is returned with status 200 (not 201). A
    missing field or a project name that is already taken is answered with 422.

    Args:
        org_username (str):
        body (ProjectCreate): A new project and the repository it builds. Fields the server does
            not know are refused with 422 `unpermitted_parameter`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Project | ValidationError | str
    """

    return (
        await asyncio_detailed(
            org_username=org_username,
            client=client,
            body=body,
        )
    ).parsed
