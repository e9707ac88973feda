from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.config_file import ConfigFile
from ...models.config_file_update import ConfigFileUpdate
from ...models.error import Error
from ...models.validation_error import ValidationError
from ...types import Response


def _get_kwargs(
    id: str,
    *,
    body: ConfigFileUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/config_files/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConfigFile | Error | ValidationError | str | None:
    if response.status_code == 200:
        response_200 = ConfigFile.from_dict(response.json())

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
) -> Response[ConfigFile | Error | ValidationError | str]:
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
    body: ConfigFileUpdate,
) -> Response[ConfigFile | Error | ValidationError | str]:
    """Update a configuration file

     Changes a configuration file's path or content. Only users who can edit the project or the secret
    the file belongs to can do this. Encrypted files cannot be edited: the attempt is answered with 405.
    (The vendor page says "environment variables" here by mistake.)

    Args:
        id (str):
        body (ConfigFileUpdate): The fields of a configuration file to change; fields that are
            left out keep their value. Whether the file is encrypted cannot be changed. Fields the
            server does not know are refused with 422 `unpermitted_parameter`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConfigFile | Error | ValidationError | str]
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
    body: ConfigFileUpdate,
) -> ConfigFile | Error | ValidationError | str | None:
    """Update a configuration file

     Changes a configuration file's path or content. Only users who can edit the project or the secret
    the file belongs to can do this. Encrypted files cannot be edited: the attempt is answered with 405.
    (The vendor page says "environment variables" here by mistake.)

    Args:
        id (str):
        body (ConfigFileUpdate): The fields of a configuration file to change; fields that are
            left out keep their value. Whether the file is encrypted cannot be changed. Fields the
            server does not know are refused with 422 `unpermitted_parameter`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConfigFile | Error | ValidationError | str
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
    body: ConfigFileUpdate,
) -> Response[ConfigFile | Error | ValidationError | str]:
    """Update a configuration file

     Changes a configuration file's path or content. Only users who can edit the project or the secret
    the file belongs to can do this. Encrypted files cannot be edited: the attempt is answered with 405.
    (The vendor page says "environment variables" here by mistake.)

    Args:
        id (str):
        body (ConfigFileUpdate): The fields of a configuration file to change; fields that are
            left out keep their value. Whether the file is encrypted cannot be changed. Fields the
            server does not know are refused with 422 `unpermitted_parameter`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConfigFile | Error | ValidationError | str]
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
    body: ConfigFileUpdate,
) -> ConfigFile | Error | ValidationError | str | None:
    """Update a configuration file

     Changes a configuration file's path or content. Only users who can edit the project or the secret
    the file belongs to can do this. Encrypted files cannot be edited: the attempt is answered with 405.
    (The vendor page says "environment variables" here by mistake.)

    Args:
        id (str):
        body (ConfigFileUpdate): The fields of a configuration file to change; fields that are
            left out keep their value. Whether the file is encrypted cannot be changed. Fields the
            server does not know are refused with 422 `unpermitted_parameter`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConfigFile | Error | ValidationError | str
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
