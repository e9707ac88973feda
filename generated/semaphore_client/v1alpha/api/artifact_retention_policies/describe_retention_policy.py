from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.retention_policy import RetentionPolicy
from ...types import Response


def _get_kwargs(
    project_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/artifacts_retention_policies/{project_id}".format(
            project_id=quote(str(project_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RetentionPolicy | str | None:
    if response.status_code == 200:
        response_200 = RetentionPolicy.from_dict(response.json())

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
) -> Response[RetentionPolicy | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[RetentionPolicy | str]:
    """Describe a project's artifact retention policy

     Returns the artifact retention rules of a project. A project without a policy gets three empty
    lists. A project without an artifact store is answered with 400 `"artifact bucket ID is malformed"`;
    a missing permission with 401 `Permission denied`. JSON responses may come without a Content-Type
    header.

    Args:
        project_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RetentionPolicy | str]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> RetentionPolicy | str | None:
    """Describe a project's artifact retention policy

     Returns the artifact retention rules of a project. A project without a policy gets three empty
    lists. A project without an artifact store is answered with 400 `"artifact bucket ID is malformed"`;
    a missing permission with 401 `Permission denied`. JSON responses may come without a Content-Type
    header.

    Args:
        project_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RetentionPolicy | str
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[RetentionPolicy | str]:
    """Describe a project's artifact retention policy

     Returns the artifact retention rules of a project. A project without a policy gets three empty
    lists. A project without an artifact store is answered with 400 `"artifact bucket ID is malformed"`;
    a missing permission with 401 `Permission denied`. JSON responses may come without a Content-Type
    header.

    Args:
        project_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RetentionPolicy | str]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> RetentionPolicy | str | None:
    """Describe a project's artifact retention policy

     Returns the artifact retention rules of a project. A project without a policy gets three empty
    lists. A project without an artifact store is answered with 400 `"artifact bucket ID is malformed"`;
    a missing permission with 401 `Permission denied`. JSON responses may come without a Content-Type
    header.

    Args:
        project_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RetentionPolicy | str
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
        )
    ).parsed
