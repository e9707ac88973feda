from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.deployment_target import DeploymentTarget
from ...models.deployment_target_create import DeploymentTargetCreate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: DeploymentTargetCreate,
    project_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["project_id"] = project_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/deployment_targets",
        "params": params,
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
    *,
    client: AuthenticatedClient | Client,
    body: DeploymentTargetCreate,
    project_id: str | Unset = UNSET,
) -> Response[DeploymentTarget | str]:
    """Create a deployment target

     Creates a deployment target in a project. Right after creation the target is `SYNCING` while its
    secret is written.

    `project_id` may be given as a query parameter (as in the docs) or in the body; without it the
    answer is 400 `project_id must be present` (plain text). `unique_token` must be a UUID (else 400,
    plain text); without it the answer is 400 `"unique_token, name and project_id are required to create
    a deployment target"` (a JSON string). A retry with the same `unique_token` returns the target
    created the first time. Subject rules other than ANY need the advanced deployment targets feature
    (else 403); a duplicate name is answered with 400 `"Changeset error"`. A missing permission is
    answered with 401 `Permission denied`. JSON responses may come without a Content-Type header.

    Args:
        project_id (str | Unset):
        body (DeploymentTargetCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentTarget | str]
    """

    kwargs = _get_kwargs(
        body=body,
        project_id=project_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: DeploymentTargetCreate,
    project_id: str | Unset = UNSET,
) -> DeploymentTarget | str | None:
    """Create a deployment target

     Creates a deployment target in a project. Right after creation the target is `SYNCING` while its
    secret is written.

    `project_id` may be given as a query parameter (as in the docs) or in the body; without it the
    answer is 400 `project_id must be present` (plain text). `unique_token` must be a UUID (else 400,
    plain text); without it the answer is 400 `"unique_token, name and project_id are required to create
    a deployment target"` (a JSON string). A retry with the same `unique_token` returns the target
    created the first time. Subject rules other than ANY need the advanced deployment targets feature
    (else 403); a duplicate name is answered with 400 `"Changeset error"`. A missing permission is
    answered with 401 `Permission denied`. JSON responses may come without a Content-Type header.

    Args:
        project_id (str | Unset):
        body (DeploymentTargetCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentTarget | str
    """

    return sync_detailed(
        client=client,
        body=body,
        project_id=project_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DeploymentTargetCreate,
    project_id: str | Unset = UNSET,
) -> Response[DeploymentTarget | str]:
    """Create a deployment target

     Creates a deployment target in a project. Right after creation the target is `SYNCING` while its
    secret is written.

    `project_id` may be given as a query parameter (as in the docs) or in the body; without it the
    answer is 400 `project_id must be present` (plain text). `unique_token` must be a UUID (else 400,
    plain text); without it the answer is 400 `"unique_token, name and project_id are required to create
    a deployment target"` (a JSON string). A retry with the same `unique_token` returns the target
    created the first time. Subject rules other than ANY need the advanced deployment targets feature
    (else 403); a duplicate name is answered with 400 `"Changeset error"`. A missing permission is
    answered with 401 `Permission denied`. JSON responses may come without a Content-Type header.

    Args:
        project_id (str | Unset):
        body (DeploymentTargetCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentTarget | str]
    """

    kwargs = _get_kwargs(
        body=body,
        project_id=project_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DeploymentTargetCreate,
    project_id: str | Unset = UNSET,
) -> DeploymentTarget | str | None:
    """Create a deployment target

     Creates a deployment target in a project. Right after creation the target is `SYNCING` while its
    secret is written.

    `project_id` may be given as a query parameter (as in the docs) or in the body; without it the
    answer is 400 `project_id must be present` (plain text). `unique_token` must be a UUID (else 400,
    plain text); without it the answer is 400 `"unique_token, name and project_id are required to create
    a deployment target"` (a JSON string). A retry with the same `unique_token` returns the target
    created the first time. Subject rules other than ANY need the advanced deployment targets feature
    (else 403); a duplicate name is answered with 400 `"Changeset error"`. A missing permission is
    answered with 401 `Permission denied`. JSON responses may come without a Content-Type header.

    Args:
        project_id (str | Unset):
        body (DeploymentTargetCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentTarget | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            project_id=project_id,
        )
    ).parsed
