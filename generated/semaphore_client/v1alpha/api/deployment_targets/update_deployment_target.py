from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.deployment_target import DeploymentTarget
from ...models.deployment_target_update import DeploymentTargetUpdate
from ...types import Response


def _get_kwargs(
    target_id: str,
    *,
    body: DeploymentTargetUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/deployment_targets/{target_id}".format(
            target_id=quote(str(target_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    body: DeploymentTargetUpdate,
) -> Response[DeploymentTarget | str]:
    """Update a deployment target

     Changes a deployment target; fields that are not sent keep their values.

    Differences from the docs: `unique_token` is required although the docs say every field is optional;
    without it the answer is 400 `"target_id and unique_token are required to update a deployment
    target"` (a JSON string), and with a value that is not a UUID 400 `unique_token must be a valid
    UUID` (plain text). A retry with the same `unique_token` returns the current target and does not
    apply the change again. A ROLE rule may name the role; the response carries its ID. A target that is
    still `SYNCING` is answered with 400 `"Invalid state: SYNCING"`. A missing permission is answered
    with 401 `Permission denied`, an organization without the feature with 403. JSON responses may come
    without a Content-Type header.

    Args:
        target_id (str):
        body (DeploymentTargetUpdate): Fields to change; the others keep their current values.
            `unique_token` is required although the docs say every field is optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentTarget | str]
    """

    kwargs = _get_kwargs(
        target_id=target_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    target_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DeploymentTargetUpdate,
) -> DeploymentTarget | str | None:
    """Update a deployment target

     Changes a deployment target; fields that are not sent keep their values.

    Differences from the docs: `unique_token` is required although the docs say every field is optional;
    without it the answer is 400 `"target_id and unique_token are required to update a deployment
    target"` (a JSON string), and with a value that is not a UUID 400 `unique_token must be a valid
    UUID` (plain text). A retry with the same `unique_token` returns the current target and does not
    apply the change again. A ROLE rule may name the role; the response carries its ID. A target that is
    still `SYNCING` is answered with 400 `"Invalid state: SYNCING"`. A missing permission is answered
    with 401 `Permission denied`, an organization without the feature with 403. JSON responses may come
    without a Content-Type header.

    Args:
        target_id (str):
        body (DeploymentTargetUpdate): Fields to change; the others keep their current values.
            `unique_token` is required although the docs say every field is optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentTarget | str
    """

    return sync_detailed(
        target_id=target_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    target_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DeploymentTargetUpdate,
) -> Response[DeploymentTarget | str]:
    """Update a deployment target

     Changes a deployment target; fields that are not sent keep their values.

    Differences from the docs: `unique_token` is required although the docs say every field is optional;
    without it the answer is 400 `"target_id and unique_token are required to update a deployment
    target"` (a JSON string), and with a value that is not a UUID 400 `unique_token must be a valid
    UUID` (plain text). A retry with the same `unique_token` returns the current target and does not
    apply the change again. A ROLE rule may name the role; the response carries its ID. A target that is
    still `SYNCING` is answered with 400 `"Invalid state: SYNCING"`. A missing permission is answered
    with 401 `Permission denied`, an organization without the feature with 403. JSON responses may come
    without a Content-Type header.

    Args:
        target_id (str):
        body (DeploymentTargetUpdate): Fields to change; the others keep their current values.
            `unique_token` is required although the docs say every field is optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentTarget | str]
    """

    kwargs = _get_kwargs(
        target_id=target_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    target_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DeploymentTargetUpdate,
) -> DeploymentTarget | str | None:
    """Update a deployment target

     Changes a deployment target; fields that are not sent keep their values.

    Differences from the docs: `unique_token` is required although the docs say every field is optional;
    without it the answer is 400 `"target_id and unique_token are required to update a deployment
    target"` (a JSON string), and with a value that is not a UUID 400 `unique_token must be a valid
    UUID` (plain text). A retry with the same `unique_token` returns the current target and does not
    apply the change again. A ROLE rule may name the role; the response carries its ID. A target that is
    still `SYNCING` is answered with 400 `"Invalid state: SYNCING"`. A missing permission is answered
    with 401 `Permission denied`, an organization without the feature with 403. JSON responses may come
    without a Content-Type header.

    Args:
        target_id (str):
        body (DeploymentTargetUpdate): Fields to change; the others keep their current values.
            `unique_token` is required although the docs say every field is optional.

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
            body=body,
        )
    ).parsed
