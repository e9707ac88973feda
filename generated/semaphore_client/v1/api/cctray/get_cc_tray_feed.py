from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Response, Unset


def _get_kwargs(
    hash_id: str,
    *,
    ccmenu: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["ccmenu"] = ccmenu

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/projects/{hash_id}/cc.xml".format(
            hash_id=quote(str(hash_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> str | None:
    if response.status_code == 200:
        response_200 = response.text
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
) -> Response[str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    hash_id: str,
    *,
    client: AuthenticatedClient | Client,
    ccmenu: str | Unset = UNSET,
) -> Response[str]:
    """Get the CCTray feed of a project

     Returns the CruiseControl status of a project's branches as XML, for CCTray, CCMenu and similar
    build monitors: a `<Projects>` element with one `<Project>` per branch. Each `<Project>` has the
    attributes `name` (`<project> - <branch>`), `activity` (e.g. `Sleeping`), `lastBuildStatus` (e.g.
    `Success`), `lastBuildLabel` (the build number), `lastBuildTime` and `webUrl`.

    The documented URL adds `ccmenu=cc.xml` to the query string. Like every v1 call, it takes the token
    in `auth_token`, so the feed URL can be pasted into a monitor as it is.

    Args:
        hash_id (str):
        ccmenu (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[str]
    """

    kwargs = _get_kwargs(
        hash_id=hash_id,
        ccmenu=ccmenu,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    hash_id: str,
    *,
    client: AuthenticatedClient | Client,
    ccmenu: str | Unset = UNSET,
) -> str | None:
    """Get the CCTray feed of a project

     Returns the CruiseControl status of a project's branches as XML, for CCTray, CCMenu and similar
    build monitors: a `<Projects>` element with one `<Project>` per branch. Each `<Project>` has the
    attributes `name` (`<project> - <branch>`), `activity` (e.g. `Sleeping`), `lastBuildStatus` (e.g.
    `Success`), `lastBuildLabel` (the build number), `lastBuildTime` and `webUrl`.

    The documented URL adds `ccmenu=cc.xml` to the query string. Like every v1 call, it takes the token
    in `auth_token`, so the feed URL can be pasted into a monitor as it is.

    Args:
        hash_id (str):
        ccmenu (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        str
    """

    return sync_detailed(
        hash_id=hash_id,
        client=client,
        ccmenu=ccmenu,
    ).parsed


async def asyncio_detailed(
    hash_id: str,
    *,
    client: AuthenticatedClient | Client,
    ccmenu: str | Unset = UNSET,
) -> Response[str]:
    """Get the CCTray feed of a project

     Returns the CruiseControl status of a project's branches as XML, for CCTray, CCMenu and similar
    build monitors: a `<Projects>` element with one `<Project>` per branch. Each `<Project>` has the
    attributes `name` (`<project> - <branch>`), `activity` (e.g. `Sleeping`), `lastBuildStatus` (e.g.
    `Success`), `lastBuildLabel` (the build number), `lastBuildTime` and `webUrl`.

    The documented URL adds `ccmenu=cc.xml` to the query string. Like every v1 call, it takes the token
    in `auth_token`, so the feed URL can be pasted into a monitor as it is.

    Args:
        hash_id (str):
        ccmenu (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[str]
    """

    kwargs = _get_kwargs(
        hash_id=hash_id,
        ccmenu=ccmenu,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    hash_id: str,
    *,
    client: AuthenticatedClient | Client,
    ccmenu: str | Unset = UNSET,
) -> str | None:
    """Get the CCTray feed of a project

     Returns the CruiseControl status of a project's branches as XML, for CCTray, CCMenu and similar
    build monitors: a `<Projects>` element with one `<Project>` per branch. Each `<Project>` has the
    attributes `name` (`<project> - <branch>`), `activity` (e.g. `Sleeping`), `lastBuildStatus` (e.g.
    `Success`), `lastBuildLabel` (the build number), `lastBuildTime` and `webUrl`.

    The documented URL adds `ccmenu=cc.xml` to the query string. Like every v1 call, it takes the token
    in `auth_token`, so the feed URL can be pasted into a monitor as it is.

    Args:
        hash_id (str):
        ccmenu (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        str
    """

    return (
        await asyncio_detailed(
            hash_id=hash_id,
            client=client,
            ccmenu=ccmenu,
        )
    ).parsed
