from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.env_var import EnvVar
from ...models.env_var_create import EnvVarCreate
from ...models.error import Error
from ...models.validation_error import ValidationError
from ...types import Response


def _get_kwargs(
    secret_id: str,
    *,
    body: EnvVarCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/secrets/{secret_id}/env_vars".format(
            secret_id=quote(str(secret_id), safe=""),
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
    secret_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: EnvVarCreate,
) -> Response[EnvVar | Error | ValidationError | str]:
    """Create an environment variable in a secret

     Adds an environment variable to a secret. Only users who can edit the secret can do this. The
    created variable is returned with status 200 (not 201); if it was created encrypted, its `content`
    is `null` from then on.

    Args:
        secret_id (str):
        body (EnvVarCreate): A new environment variable. Fields the server does not know are
            refused with 422 `unpermitted_parameter`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnvVar | Error | ValidationError | str]
    """

    kwargs = _get_kwargs(
        secret_id=secret_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    secret_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: EnvVarCreate,
) -> EnvVar | Error | ValidationError | str | None:
    """Create an environment variable in a secret

     Adds an environment variable to a secret. Only users who can edit the secret can do this. The
    created variable is returned with status 200 (not 201); if it was created encrypted, its `content`
    is `null` from then on.

    Args:
        secret_id (str):
        body (EnvVarCreate): A new environment variable. Fields the server does not know are
            refused with 422 `unpermitted_parameter`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnvVar | Error | ValidationError | str
    """

    return sync_detailed(
        secret_id=secret_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    secret_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: EnvVarCreate,
) -> Response[EnvVar | Error | ValidationError | str]:
    """Create an environment variable in a secret

     Adds an environment variable to a secret. Only users who can edit the secret can do this. The
    created variable is returned with status 200 (not 201); if it was created encrypted, its `content`
    is `null` from then on.

    Args:
        secret_id (str):
        body (EnvVarCreate): A new environment variable. Fields the server does not know are
            refused with 422 `unpermitted_parameter`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnvVar | Error | ValidationError | str]
    """

    kwargs = _get_kwargs(
        secret_id=secret_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    secret_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: EnvVarCreate,
) -> EnvVar | Error | ValidationError | str | None:
    """Create an environment variable in a secret

     Adds an environment variable to a secret. Only users who can edit the secret can do this. The
    created variable is returned with status 200 (not 201); if it was created encrypted, its `content`
    is `null` from then on.

    Args:
        secret_id (str):
        body (EnvVarCreate): A new environment variable. Fields the server does not know are
            refused with 422 `unpermitted_parameter`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnvVar | Error | ValidationError | str
    """

    return (
        await asyncio_detailed(
            secret_id=secret_id,
            client=client,
            body=body,
        )
    ).parsed
