from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.deployment_target_activity import DeploymentTargetActivity
from ...types import Response


def _get_kwargs(
    target_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/deployment_targets/{target_id}/activate".format(
            target_id=quote(str(target_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeploymentTargetActivity | str | None:
    if response.status_code == 200:
        response_200 = DeploymentTargetActivity.from_dict(response.json())

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
) -> Response[DeploymentTargetActivity | str]:
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
) -> Response[DeploymentTargetActivity | str]:
    """Activate a deployment target

     (Re)activates a deactivated deployment target so it can be promoted to again. No body is needed. A
    target that is still `SYNCING` is answered with 400 `"Invalid state: SYNCING"`. A missing permission
    is answered with 401 `Permission denied`, an organization without the feature with 403. JSON
    responses may come without a Content-Type header.

    Args:
        target_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentTargetActivity | str]
    """

    kwargs = _get_kwargs(
        target_id=target_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    target_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DeploymentTargetActivity | str | None:
    """Activate a deployment target

     (Re)activates a deactivated deployment target so it can be promoted to again. No body is needed. A
    target that is still `SYNCING` is answered with 400 `"Invalid state: SYNCING"`. A missing permission
    is answered with 401 `Permission denied`, an organization without the feature with 403. JSON
    responses may come without a Content-Type header.

    Args:
        target_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentTargetActivity | str
    """

    return sync_detailed(
        target_id=target_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    target_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DeploymentTargetActivity | str]:
    """Activate a deployment target

     (Re)activates a deactivated deployment target so it can be promoted to again. No body is needed. A
    target that is still `SYNCING` is answered with 400 `"Invalid state: SYNCING"`. A missing permission
    is answered with 401 `Permission denied`, an organization without the feature with 403. JSON
    responses may come without a Content-Type header.

    Args:
        target_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentTargetActivity | str]
    """

    kwargs = _get_kwargs(
        target_id=target_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    target_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DeploymentTargetActivity | str | None:
    """Activate a deployment target

     (Re)activates a deactivated deployment target so it can be promoted to again. No body is needed. A
    target that is still `SYNCING` is answered with 400 `"Invalid state: SYNCING"`. A missing permission
    is answered with 401 `Permission denied`, an organization without the feature with 403. JSON
    responses may come without a Content-Type header.

    Args:
        target_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentTargetActivity | str
    """

    return (
        await asyncio_detailed(
            target_id=target_id,
            client=client,
        )
    ).parsed
