from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.secret import Secret
from ...types import Response


def _get_kwargs(
    project_id: str,
    secret_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/projects/{project_id}/secrets/{secret_id}".format(
            project_id=quote(str(project_id), safe=""),
            secret_id=quote(str(secret_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Secret | str | None:
    if response.status_code == 200:
        response_200 = Secret.from_dict(response.json())

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
) -> Response[Error | Secret | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    secret_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | Secret | str]:
    """Attach a secret to a project

     Attaches a secret to a project, so that the project's jobs get its environment variables and
    configuration files. There is no request body. Unlike the other "add" operations, which answer 204
    without a body, this one answers 200 with the attached secret.

    Args:
        project_id (str):
        secret_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Secret | str]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        secret_id=secret_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    secret_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | Secret | str | None:
    """Attach a secret to a project

     Attaches a secret to a project, so that the project's jobs get its environment variables and
    configuration files. There is no request body. Unlike the other "add" operations, which answer 204
    without a body, this one answers 200 with the attached secret.

    Args:
        project_id (str):
        secret_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Secret | str
    """

    return sync_detailed(
        project_id=project_id,
        secret_id=secret_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    secret_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | Secret | str]:
    """Attach a secret to a project

     Attaches a secret to a project, so that the project's jobs get its environment variables and
    configuration files. There is no request body. Unlike the other "add" operations, which answer 204
    without a body, this one answers 200 with the attached secret.

    Args:
        project_id (str):
        secret_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Secret | str]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        secret_id=secret_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    secret_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | Secret | str | None:
    """Attach a secret to a project

     Attaches a secret to a project, so that the project's jobs get its environment variables and
    configuration files. There is no request body. Unlike the other "add" operations, which answer 204
    without a body, this one answers 200 with the attached secret.

    Args:
        project_id (str):
        secret_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Secret | str
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            secret_id=secret_id,
            client=client,
        )
    ).parsed
