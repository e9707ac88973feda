from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.build import Build
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_hash_id: str,
    branch_id: int,
    *,
    commit_sha: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["commit_sha"] = commit_sha

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/projects/{project_hash_id}/{branch_id}/build".format(
            project_hash_id=quote(str(project_hash_id), safe=""),
            branch_id=quote(str(branch_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Build | Error | str | None:
    if response.status_code == 200:
        response_200 = Build.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = response.text
        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Build | Error | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_hash_id: str,
    branch_id: int,
    *,
    client: AuthenticatedClient | Client,
    commit_sha: str | Unset = UNSET,
) -> Response[Build | Error | str]:
    """Rebuild the last revision or launch a build of a commit

     Starts a new build of a branch. Without `commit_sha` it rebuilds the branch's last revision; with
    `commit_sha` it builds that commit. The docs describe these as two calls ("Rebuild last revision"
    and "Launch build"), but they share this method and path. The docs list `commit_sha` among the
    arguments next to the path parameters; their examples send it in the query string. There is no
    request body.

    The new build has not started yet, so the returned `result`, `started_at` and `finished_at` are
    null.

    Args:
        project_hash_id (str):
        branch_id (int):
        commit_sha (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Build | Error | str]
    """

    kwargs = _get_kwargs(
        project_hash_id=project_hash_id,
        branch_id=branch_id,
        commit_sha=commit_sha,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_hash_id: str,
    branch_id: int,
    *,
    client: AuthenticatedClient | Client,
    commit_sha: str | Unset = UNSET,
) -> Build | Error | str | None:
    """Rebuild the last revision or launch a build of a commit

     Starts a new build of a branch. Without `commit_sha` it rebuilds the branch's last revision; with
    `commit_sha` it builds that commit. The docs describe these as two calls ("Rebuild last revision"
    and "Launch build"), but they share this method and path. The docs list `commit_sha` among the
    arguments next to the path parameters; their examples send it in the query string. There is no
    request body.

    The new build has not started yet, so the returned `result`, `started_at` and `finished_at` are
    null.

    Args:
        project_hash_id (str):
        branch_id (int):
        commit_sha (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Build | Error | str
    """

    return sync_detailed(
        project_hash_id=project_hash_id,
        branch_id=branch_id,
        client=client,
        commit_sha=commit_sha,
    ).parsed


async def asyncio_detailed(
    project_hash_id: str,
    branch_id: int,
    *,
    client: AuthenticatedClient | Client,
    commit_sha: str | Unset = UNSET,
) -> Response[Build | Error | str]:
    """Rebuild the last revision or launch a build of a commit

     Starts a new build of a branch. Without `commit_sha` it rebuilds the branch's last revision; with
    `commit_sha` it builds that commit. The docs describe these as two calls ("Rebuild last revision"
    and "Launch build"), but they share this method and path. The docs list `commit_sha` among the
    arguments next to the path parameters; their examples send it in the query string. There is no
    request body.

    The new build has not started yet, so the returned `result`, `started_at` and `finished_at` are
    null.

    Args:
        project_hash_id (str):
        branch_id (int):
        commit_sha (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Build | Error | str]
    """

    kwargs = _get_kwargs(
        project_hash_id=project_hash_id,
        branch_id=branch_id,
        commit_sha=commit_sha,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_hash_id: str,
    branch_id: int,
    *,
    client: AuthenticatedClient | Client,
    commit_sha: str | Unset = UNSET,
) -> Build | Error | str | None:
    """Rebuild the last revision or launch a build of a commit

     Starts a new build of a branch. Without `commit_sha` it rebuilds the branch's last revision; with
    `commit_sha` it builds that commit. The docs describe these as two calls ("Rebuild last revision"
    and "Launch build"), but they share this method and path. The docs list `commit_sha` among the
    arguments next to the path parameters; their examples send it in the query string. There is no
    request body.

    The new build has not started yet, so the returned `result`, `started_at` and `finished_at` are
    null.

    Args:
        project_hash_id (str):
        branch_id (int):
        commit_sha (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Build | Error | str
    """

    return (
        await asyncio_detailed(
            project_hash_id=project_hash_id,
            branch_id=branch_id,
            client=client,
            commit_sha=commit_sha,
        )
    ).parsed
