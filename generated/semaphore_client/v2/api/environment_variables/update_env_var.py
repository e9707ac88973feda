from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.env_var import EnvVar
from ...models.env_var_update import EnvVarUpdate
from ...models.error import Error
from ...models.validation_error import ValidationError
from ...types import Response


def _get_kwargs(
    id: str,
    *,
    body: EnvVarUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/env_vars/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EnvVar | Error | ValidationError | str | None:
    if response.status_code == 200:
        response_200 = EnvVar.from_dict(response.json())

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

    if response.status_code == 405:
        response_405 = Error.from_dict(response.json())

        return response_405

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
) -> Response[EnvVar | Error | ValidationError | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: EnvVarUpdate,
) -> Response[EnvVar | Error | ValidationError | str]:
    """Update an environment variable

     Changes an environment variable's name or value. Only users who can edit the project or the secret
    the variable belongs to can do this. Encrypted variables cannot be edited: the attempt is answered
    with 405.

    Args:
        id (str):
        body (EnvVarUpdate): The fields of an environment variable to change; fields that are left
            out keep their value. Whether the variable is encrypted cannot be changed. Fields the
            server does not know are refused with 422 `unpermitted_parameter`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnvVar | Error | ValidationError | str]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: EnvVarUpdate,
) -> EnvVar | Error | ValidationError | str | None:
    """Update an environment variable

     Changes an environment variable's name or value. Only users who can edit the project or the secret
    the variable belongs to can do this. Encrypted variables cannot be edited: the attempt is answered
    with 405.

    Args:
        id (str):
        body (EnvVarUpdate): The fields of an environment variable to change; fields that are left
            out keep their value. Whether the variable is encrypted cannot be changed. Fields the
            server does not know are refused with 422 `unpermitted_parameter`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnvVar | Error | ValidationError | str
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: EnvVarUpdate,
) -> Response[EnvVar | Error | ValidationError | str]:
    """Update an environment variable

     Changes an environment variable's name or value. Only users who can edit the project or the secret
    the variable belongs to can do this. Encrypted variables cannot be edited: the attempt is answered
    with 405.

    Args:
        id (str):
        body (EnvVarUpdate): The fields of an environment variable to change; fields that are left
            out keep their value. Whether the variable is encrypted cannot be changed. Fields the
            server does not know are refused with 422 `unpermitted_parameter`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnvVar | Error | ValidationError | str]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: EnvVarUpdate,
) -> EnvVar | Error | ValidationError | str | None:
    """Update an environment variable

     Changes an environment variable's name or value. Only users who can edit the project or the secret
    the variable belongs to can do this. Encrypted variables cannot be edited: the attempt is answered
    with 405.

    Args:
        id (str):
        body (EnvVarUpdate): The fields of an environment variable to change; fields that are left
            out keep their value. Whether the variable is encrypted cannot be changed. Fields the
            server does not know are refused with 422 `unpermitted_parameter`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnvVar | Error | ValidationError | str
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
