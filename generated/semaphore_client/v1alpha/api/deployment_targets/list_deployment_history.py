from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.deployment_history import DeploymentHistory
from ...types import UNSET, Response, Unset


def _get_kwargs(
    target_id: str,
    *,
    cursor_type: str | Unset = "FIRST",
    cursor_value: int | Unset = UNSET,
    git_ref_type: str | Unset = UNSET,
    git_ref_label: str | Unset = UNSET,
    triggered_by: str | Unset = UNSET,
    parameter1: str | Unset = UNSET,
    parameter2: str | Unset = UNSET,
    parameter3: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cursor_type"] = cursor_type

    params["cursor_value"] = cursor_value

    params["git_ref_type"] = git_ref_type

    params["git_ref_label"] = git_ref_label

    params["triggered_by"] = triggered_by

    params["parameter1"] = parameter1

    params["parameter2"] = parameter2

    params["parameter3"] = parameter3

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/deployment_targets/{target_id}/history".format(
            target_id=quote(str(target_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeploymentHistory | str | None:
    if response.status_code == 200:
        response_200 = DeploymentHistory.from_dict(response.json())

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
) -> Response[DeploymentHistory | str]:
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
    cursor_type: str | Unset = "FIRST",
    cursor_value: int | Unset = UNSET,
    git_ref_type: str | Unset = UNSET,
    git_ref_label: str | Unset = UNSET,
    triggered_by: str | Unset = UNSET,
    parameter1: str | Unset = UNSET,
    parameter2: str | Unset = UNSET,
    parameter3: str | Unset = UNSET,
) -> Response[DeploymentHistory | str]:
    """List a deployment target's history

     Lists the deployments (promotions) to a target, at most 10 a page. Move between pages with the
    `cursor_before` and `cursor_after` values of the body (0 when there is no such page).

    Differences from the docs: `cursor_type` is case-insensitive and also accepted as the numbers 0
    (FIRST), 1 (AFTER) and 2 (BEFORE); any other value makes the server fail with 500. A non-integer
    `cursor_value` is answered with 400. The undocumented `parameter1` to `parameter3` filters match the
    values of the target's bookmark parameters. Deployments carry the undocumented
    `can_requester_rerun`. A missing permission is answered with 401 `Permission denied`, an
    organization without the feature with 403. JSON responses may come without a Content-Type header.

    Args:
        target_id (str):
        cursor_type (str | Unset):  Default: 'FIRST'.
        cursor_value (int | Unset):
        git_ref_type (str | Unset):
        git_ref_label (str | Unset):
        triggered_by (str | Unset):
        parameter1 (str | Unset):
        parameter2 (str | Unset):
        parameter3 (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentHistory | str]
    """

    kwargs = _get_kwargs(
        target_id=target_id,
        cursor_type=cursor_type,
        cursor_value=cursor_value,
        git_ref_type=git_ref_type,
        git_ref_label=git_ref_label,
        triggered_by=triggered_by,
        parameter1=parameter1,
        parameter2=parameter2,
        parameter3=parameter3,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    target_id: str,
    *,
    client: AuthenticatedClient | Client,
    cursor_type: str | Unset = "FIRST",
    cursor_value: int | Unset = UNSET,
    git_ref_type: str | Unset = UNSET,
    git_ref_label: str | Unset = UNSET,
    triggered_by: str | Unset = UNSET,
    parameter1: str | Unset = UNSET,
    parameter2: str | Unset = UNSET,
    parameter3: str | Unset = UNSET,
) -> DeploymentHistory | str | None:
    """List a deployment target's history

     Lists the deployments (promotions) to a target, at most 10 a page. Move between pages with the
    `cursor_before` and `cursor_after` values of the body (0 when there is no such page).

    Differences from the docs: `cursor_type` is case-insensitive and also accepted as the numbers 0
    (FIRST), 1 (AFTER) and 2 (BEFORE); any other value makes the server fail with 500. A non-integer
    `cursor_value` is answered with 400. The undocumented `parameter1` to `parameter3` filters match the
    values of the target's bookmark parameters. Deployments carry the undocumented
    `can_requester_rerun`. A missing permission is answered with 401 `Permission denied`, an
    organization without the feature with 403. JSON responses may come without a Content-Type header.

    Args:
        target_id (str):
        cursor_type (str | Unset):  Default: 'FIRST'.
        cursor_value (int | Unset):
        git_ref_type (str | Unset):
        git_ref_label (str | Unset):
        triggered_by (str | Unset):
        parameter1 (str | Unset):
        parameter2 (str | Unset):
        parameter3 (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentHistory | str
    """

    return sync_detailed(
        target_id=target_id,
        client=client,
        cursor_type=cursor_type,
        cursor_value=cursor_value,
        git_ref_type=git_ref_type,
        git_ref_label=git_ref_label,
        triggered_by=triggered_by,
        parameter1=parameter1,
        parameter2=parameter2,
        parameter3=parameter3,
    ).parsed


async def asyncio_detailed(
    target_id: str,
    *,
    client: AuthenticatedClient | Client,
    cursor_type: str | Unset = "FIRST",
    cursor_value: int | Unset = UNSET,
    git_ref_type: str | Unset = UNSET,
    git_ref_label: str | Unset = UNSET,
    triggered_by: str | Unset = UNSET,
    parameter1: str | Unset = UNSET,
    parameter2: str | Unset = UNSET,
    parameter3: str | Unset = UNSET,
) -> Response[DeploymentHistory | str]:
    """List a deployment target's history

     Lists the deployments (promotions) to a target, at most 10 a page. Move between pages with the
    `cursor_before` and `cursor_after` values of the body (0 when there is no such page).

    Differences from the docs: `cursor_type` is case-insensitive and also accepted as the numbers 0
    (FIRST), 1 (AFTER) and 2 (BEFORE); any other value makes the server fail with 500. A non-integer
    `cursor_value` is answered with 400. The undocumented `parameter1` to `parameter3` filters match the
    values of the target's bookmark parameters. Deployments carry the undocumented
    `can_requester_rerun`. A missing permission is answered with 401 `Permission denied`, an
    organization without the feature with 403. JSON responses may come without a Content-Type header.

    Args:
        target_id (str):
        cursor_type (str | Unset):  Default: 'FIRST'.
        cursor_value (int | Unset):
        git_ref_type (str | Unset):
        git_ref_label (str | Unset):
        triggered_by (str | Unset):
        parameter1 (str | Unset):
        parameter2 (str | Unset):
        parameter3 (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentHistory | str]
    """

    kwargs = _get_kwargs(
        target_id=target_id,
        cursor_type=cursor_type,
        cursor_value=cursor_value,
        git_ref_type=git_ref_type,
        git_ref_label=git_ref_label,
        triggered_by=triggered_by,
        parameter1=parameter1,
        parameter2=parameter2,
        parameter3=parameter3,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    target_id: str,
    *,
    client: AuthenticatedClient | Client,
    cursor_type: str | Unset = "FIRST",
    cursor_value: int | Unset = UNSET,
    git_ref_type: str | Unset = UNSET,
    git_ref_label: str | Unset = UNSET,
    triggered_by: str | Unset = UNSET,
    parameter1: str | Unset = UNSET,
    parameter2: str | Unset = UNSET,
    parameter3: str | Unset = UNSET,
) -> DeploymentHistory | str | None:
    """List a deployment target's history

     Lists the deployments (promotions) to a target, at most 10 a page. Move between pages with the
    `cursor_before` and `cursor_after` values of the body (0 when there is no such page).

    Differences from the docs: `cursor_type` is case-insensitive and also accepted as the numbers 0
    (FIRST), 1 (AFTER) and 2 (BEFORE); any other value makes the server fail with 500. A non-integer
    `cursor_value` is answered with 400. The undocumented `parameter1` to `parameter3` filters match the
    values of the target's bookmark parameters. Deployments carry the undocumented
    `can_requester_rerun`. A missing permission is answered with 401 `Permission denied`, an
    organization without the feature with 403. JSON responses may come without a Content-Type header.

    Args:
        target_id (str):
        cursor_type (str | Unset):  Default: 'FIRST'.
        cursor_value (int | Unset):
        git_ref_type (str | Unset):
        git_ref_label (str | Unset):
        triggered_by (str | Unset):
        parameter1 (str | Unset):
        parameter2 (str | Unset):
        parameter3 (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentHistory | str
    """

    return (
        await asyncio_detailed(
            target_id=target_id,
            client=client,
            cursor_type=cursor_type,
            cursor_value=cursor_value,
            git_ref_type=git_ref_type,
            git_ref_label=git_ref_label,
            triggered_by=triggered_by,
            parameter1=parameter1,
            parameter2=parameter2,
            parameter3=parameter3,
        )
    ).parsed
