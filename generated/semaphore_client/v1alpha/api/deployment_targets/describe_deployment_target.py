from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.deployment_target import DeploymentTarget
from ...types import UNSET, Response, Unset


def _get_kwargs(
    target_id: str,
    *,
    include_secrets: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include_secrets"] = include_secrets

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/deployment_targets/{target_id}".format(
            target_id=quote(str(target_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeploymentTarget | str | None:
    if response.status_code == 200:
        response_200 = DeploymentTarget.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = response.text
        return response_400

    if response.status_code == 401:
        response_401 = response.text
        return response_401

    if response.status_code == 403:
        response_403 = response.text
        return response_403

    if response.status_code == 404:
        response_404 = response.text
        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeploymentTarget | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    target_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_secrets: str | Unset = UNSET,
) -> Response[DeploymentTarget | str]:
    """Describe a deployment target

     Returns one deployment target.

    Differences from the docs: the undocumented `include_secrets=true` (needs the manage permission)
    adds `env_vars` and `files`, with MD5 hashes in place of the values. A target ID that is not a UUID
    is answered with 400 (plain text); an unknown target with 404 `"Not found"` (a JSON string). A
    missing permission is answered with 401 `Permission denied`, an organization without the feature
    with 403. JSON responses may come without a Content-Type header.

    Args:
        target_id (str):
        include_secrets (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentTarget | str]
    """

    kwargs = _get_kwargs(
        target_id=target_id,
        include_secrets=include_secrets,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    target_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_secrets: str | Unset = UNSET,
) -> DeploymentTarget | str | None:
    """Describe a deployment target

     Returns one deployment target.

    Differences from the docs: the undocumented `include_secrets=true` (needs the manage permission)
    adds `env_vars` and `files`, with MD5 hashes in place of the values. A target ID that is not a UUID
    is answered with 400 (plain text); an unknown target with 404 `"Not found"` (a JSON string). A
    missing permission is answered with 401 `Permission denied`, an organization without the feature
    with 403. JSON responses may come without a Content-Type header.

    Args:
        target_id (str):
        include_secrets (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentTarget | str
    """

    return sync_detailed(
        target_id=target_id,
        client=client,
        include_secrets=include_secrets,
    ).parsed


async def asyncio_detailed(
    target_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_secrets: str | Unset = UNSET,
) -> Response[DeploymentTarget | str]:
    """Describe a deployment target

     Returns one deployment target.

    Differences from the docs: the undocumented `include_secrets=true` (needs the manage permission)
    adds `env_vars` and `files`, with MD5 hashes in place of the values. A target ID that is not a UUID
    is answered with 400 (plain text); an unknown target with 404 `"Not found"` (a JSON string). A
    missing permission is answered with 401 `Permission denied`, an organization without the feature
    with 403. JSON responses may come without a Content-Type header.

    Args:
        target_id (str):
        include_secrets (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentTarget | str]
    """

    kwargs = _get_kwargs(
        target_id=target_id,
        include_secrets=include_secrets,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    target_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_secrets: str | Unset = UNSET,
) -> DeploymentTarget | str | None:
    """Describe a deployment target

     Returns one deployment target.

    Differences from the docs: the undocumented `include_secrets=true` (needs the manage permission)
    adds `env_vars` and `files`, with MD5 hashes in place of the values. A target ID that is not a UUID
    is answered with 400 (plain text); an unknown target with 404 `"Not found"` (a JSON string). A
    missing permission is answered with 401 `Permission denied`, an organization without the feature
    with 403. JSON responses may come without a Content-Type header.

    Args:
        target_id (str):
        include_secrets (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentTarget | str
    """

    return (
        await asyncio_detailed(
            target_id=target_id,
            client=client,
            include_secrets=include_secrets,
        )
    ).parsed
