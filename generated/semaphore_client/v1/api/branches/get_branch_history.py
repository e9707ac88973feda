from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.branch_history import BranchHistory
from ...types import UNSET, Response, Unset


def _get_kwargs(
    hash_id: str,
    branch_id: int,
    *,
    page: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/projects/{hash_id}/{branch_id}".format(
            hash_id=quote(str(hash_id), safe=""),
            branch_id=quote(str(branch_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BranchHistory | str | None:
    if response.status_code == 200:
        response_200 = BranchHistory.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = response.text
        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BranchHistory | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    hash_id: str,
    branch_id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
) -> Response[BranchHistory | str]:
    """Get a branch's build history

     Returns a branch with one page of its builds, newest first. Ask for another page with `page`; the
    `Pagination` response header holds a JSON object that says where this page stands. The docs promise
    10 builds a page, but the server has been observed to return 20, so rely on `per_page` in the
    header.

    What the server sends beyond the docs: every build also carries `build_log_url`, and a build may
    lack `commit`.

    The branch id is a bare path segment, so this template also matches `/projects/{hash_id}/branches`,
    `/projects/{hash_id}/hooks`, `/projects/{hash_id}/servers` and `/projects/{hash_id}/cc.xml`. Those
    concrete paths take precedence, as OpenAPI prescribes, and `branch_id` is always an integer.

    Args:
        hash_id (str):
        branch_id (int):
        page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BranchHistory | str]
    """

    kwargs = _get_kwargs(
        hash_id=hash_id,
        branch_id=branch_id,
        page=page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    hash_id: str,
    branch_id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
) -> BranchHistory | str | None:
    """Get a branch's build history

     Returns a branch with one page of its builds, newest first. Ask for another page with `page`; the
    `Pagination` response header holds a JSON object that says where this page stands. The docs promise
    10 builds a page, but the server has been observed to return 20, so rely on `per_page` in the
    header.

    What the server sends beyond the docs: every build also carries `build_log_url`, and a build may
    lack `commit`.

    The branch id is a bare path segment, so this template also matches `/projects/{hash_id}/branches`,
    `/projects/{hash_id}/hooks`, `/projects/{hash_id}/servers` and `/projects/{hash_id}/cc.xml`. Those
    concrete paths take precedence, as OpenAPI prescribes, and `branch_id` is always an integer.

    Args:
        hash_id (str):
        branch_id (int):
        page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BranchHistory | str
    """

    return sync_detailed(
        hash_id=hash_id,
        branch_id=branch_id,
        client=client,
        page=page,
    ).parsed


async def asyncio_detailed(
    hash_id: str,
    branch_id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
) -> Response[BranchHistory | str]:
    """Get a branch's build history

     Returns a branch with one page of its builds, newest first. Ask for another page with `page`; the
    `Pagination` response header holds a JSON object that says where this page stands. The docs promise
    10 builds a page, but the server has been observed to return 20, so rely on `per_page` in the
    header.

    What the server sends beyond the docs: every build also carries `build_log_url`, and a build may
    lack `commit`.

    The branch id is a bare path segment, so this template also matches `/projects/{hash_id}/branches`,
    `/projects/{hash_id}/hooks`, `/projects/{hash_id}/servers` and `/projects/{hash_id}/cc.xml`. Those
    concrete paths take precedence, as OpenAPI prescribes, and `branch_id` is always an integer.

    Args:
        hash_id (str):
        branch_id (int):
        page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BranchHistory | str]
    """

    kwargs = _get_kwargs(
        hash_id=hash_id,
        branch_id=branch_id,
        page=page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    hash_id: str,
    branch_id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
) -> BranchHistory | str | None:
    """Get a branch's build history

     Returns a branch with one page of its builds, newest first. Ask for another page with `page`; the
    `Pagination` response header holds a JSON object that says where this page stands. The docs promise
    10 builds a page, but the server has been observed to return 20, so rely on `per_page` in the
    header.

    What the server sends beyond the docs: every build also carries `build_log_url`, and a build may
    lack `commit`.

    The branch id is a bare path segment, so this template also matches `/projects/{hash_id}/branches`,
    `/projects/{hash_id}/hooks`, `/projects/{hash_id}/servers` and `/projects/{hash_id}/cc.xml`. Those
    concrete paths take precedence, as OpenAPI prescribes, and `branch_id` is always an integer.

    Args:
        hash_id (str):
        branch_id (int):
        page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BranchHistory | str
    """

    return (
        await asyncio_detailed(
            hash_id=hash_id,
            branch_id=branch_id,
            client=client,
            page=page,
        )
    ).parsed
