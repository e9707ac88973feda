from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.deployment_target_deleted import DeploymentTargetDeleted
from ...types import UNSET, Response


def _get_kwargs(
    target_id: str,
    *,
    unique_token: UUID,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_unique_token = str(unique_token)
    params["unique_token"] = json_unique_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/deployment_targets/{target_id}".format(
            target_id=quote(str(target_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeploymentTargetDeleted | str | None:
    if response.status_code == 200:
        response_200 = DeploymentTargetDeleted.from_dict(response.json())

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
) -> Response[DeploymentTargetDeleted | str]:
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
    unique_token: UUID,
) -> Response[DeploymentTargetDeleted | str]:
    """Delete a deployment target

     Deletes a deployment target.

    `unique_token` is required: without it the answer is 400 `"target_id and unique_token are required
    to delete a deployment target"` (a JSON string), with a value that is not a UUID 400 (plain text). A
    retry with the same token succeeds again while the target still exists and is answered with 404 once
    it is gone. A missing permission is answered with 401 `Permission denied`, an organization without
    the feature with 403. JSON responses may come without a Content-Type header.

    Args:
        target_id (str):
        unique_token (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentTargetDeleted | str]
    """

    kwargs = _get_kwargs(
        target_id=target_id,
        unique_token=unique_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    target_id: str,
    *,
    client: AuthenticatedClient | Client,
    unique_token: UUID,
) -> DeploymentTargetDeleted | str | None:
    """Delete a deployment target

     Deletes a deployment target.

    `unique_token` is required: without it the answer is 400 `"target_id and unique_token are required
    to delete a deployment target"` (a JSON string), with a value that is not a UUID 400 (plain text). A
    retry with the same token succeeds again while the target still exists and is answered with 404 once
    it is gone. A missing permission is answered with 401 `Permission denied`, an organization without
    the feature with 403. JSON responses may come without a Content-Type header.

    Args:
        target_id (str):
        unique_token (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentTargetDeleted | str
    """

    return sync_detailed(
        target_id=target_id,
        client=client,
        unique_token=unique_token,
    ).parsed


async def asyncio_detailed(
    target_id: str,
    *,
    client: AuthenticatedClient | Client,
    unique_token: UUID,
) -> Response[DeploymentTargetDeleted | str]:
    """Delete a deployment target

     Deletes a deployment target.

    `unique_token` is required: without it the answer is 400 `"target_id and unique_token are required
    to delete a deployment target"` (a JSON string), with a value that is not a UUID 400 (plain text). A
    retry with the same token succeeds again while the target still exists and is answered with 404 once
    it is gone. A missing permission is answered with 401 `Permission denied`, an organization without
    the feature with 403. JSON responses may come without a Content-Type header.

    Args:
        target_id (str):
        unique_token (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentTargetDeleted | str]
    """

    kwargs = _get_kwargs(
        target_id=target_id,
        unique_token=unique_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    target_id: str,
    *,
    client: AuthenticatedClient | Client,
    unique_token: UUID,
) -> DeploymentTargetDeleted | str | None:
    """Delete a deployment target

     Deletes a deployment target.

    `unique_token` is required: without it the answer is 400 `"target_id and unique_token are required
    to delete a deployment target"` (a JSON string), with a value that is not a UUID 400 (plain text). A
    retry with the same token succeeds again while the target still exists and is answered with 404 once
    it is gone. A missing permission is answered with 401 `Permission denied`, an organization without
    the feature with 403. JSON responses may come without a Content-Type header.

    Args:
        target_id (str):
        unique_token (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentTargetDeleted | str
    """

    return (
        await asyncio_detailed(
            target_id=target_id,
            client=client,
            unique_token=unique_token,
        )
    ).parsed
