from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.deployment_target import DeploymentTarget
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    project_id: str,
    target_name: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["project_id"] = project_id

    params["target_name"] = target_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/deployment_targets",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[DeploymentTarget] | str | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = DeploymentTarget.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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

    if response.status_code == 500:
        response_500 = response.text
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[DeploymentTarget] | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    project_id: str,
    target_name: str | Unset = UNSET,
) -> Response[list[DeploymentTarget] | str]:
    """List deployment targets, or find one by name

     Lists a project's deployment targets. With `target_name` it looks one target up by name (the docs'
    "describe by name"): the answer is still an array, of one target, or `[]` when there is no target of
    that name (not 404).

    Differences from the docs: the response is a bare array without pagination. A `project_id` that is
    not a UUID is answered with 400 (plain text `project id must be a valid UUID`); a missing one with
    404 `Project not found`. A missing permission is answered with 401 `Permission denied`, an
    organization without the deployment targets feature with 403. JSON responses may come without a
    Content-Type header.

    Args:
        project_id (str):
        target_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[DeploymentTarget] | str]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        target_name=target_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    project_id: str,
    target_name: str | Unset = UNSET,
) -> list[DeploymentTarget] | str | None:
    """List deployment targets, or find one by name

     Lists a project's deployment targets. With `target_name` it looks one target up by name (the docs'
    "describe by name"): the answer is still an array, of one target, or `[]` when there is no target of
    that name (not 404).

    Differences from the docs: the response is a bare array without pagination. A `project_id` that is
    not a UUID is answered with 400 (plain text `project id must be a valid UUID`); a missing one with
    404 `Project not found`. A missing permission is answered with 401 `Permission denied`, an
    organization without the deployment targets feature with 403. JSON responses may come without a
    Content-Type header.

    Args:
        project_id (str):
        target_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[DeploymentTarget] | str
    """

    return sync_detailed(
        client=client,
        project_id=project_id,
        target_name=target_name,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    project_id: str,
    target_name: str | Unset = UNSET,
) -> Response[list[DeploymentTarget] | str]:
    """List deployment targets, or find one by name

     Lists a project's deployment targets. With `target_name` it looks one target up by name (the docs'
    "describe by name"): the answer is still an array, of one target, or `[]` when there is no target of
    that name (not 404).

    Differences from the docs: the response is a bare array without pagination. A `project_id` that is
    not a UUID is answered with 400 (plain text `project id must be a valid UUID`); a missing one with
    404 `Project not found`. A missing permission is answered with 401 `Permission denied`, an
    organization without the deployment targets feature with 403. JSON responses may come without a
    Content-Type header.

    Args:
        project_id (str):
        target_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[DeploymentTarget] | str]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        target_name=target_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    project_id: str,
    target_name: str | Unset = UNSET,
) -> list[DeploymentTarget] | str | None:
    """List deployment targets, or find one by name

     Lists a project's deployment targets. With `target_name` it looks one target up by name (the docs'
    "describe by name"): the answer is still an array, of one target, or `[]` when there is no target of
    that name (not 404).

    Differences from the docs: the response is a bare array without pagination. A `project_id` that is
    not a UUID is answered with 400 (plain text `project id must be a valid UUID`); a missing one with
    404 `Project not found`. A missing permission is answered with 401 `Permission denied`, an
    organization without the deployment targets feature with 403. JSON responses may come without a
    Content-Type header.

    Args:
        project_id (str):
        target_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[DeploymentTarget] | str
    """

    return (
        await asyncio_detailed(
            client=client,
            project_id=project_id,
            target_name=target_name,
        )
    ).parsed
