from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.promotion import Promotion
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    pipeline_id: str,
    name: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["pipeline_id"] = pipeline_id

    params["name"] = name

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/promotions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[Promotion] | str | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Promotion.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        response_400 = response.text
        return response_400

    if response.status_code == 401:
        response_401 = response.text
        return response_401

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
) -> Response[list[Promotion] | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    pipeline_id: str,
    name: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
) -> Response[list[Promotion] | str]:
    """List promotions

     Lists the promotion triggers of a pipeline, newest first, 10 a page by default.

    Differences from the docs: the list is paginated with `page` and `page_size` (1 to 99; 100 or more
    makes the server fail with 500) and the `link`, `total`, `per-page`, `total-pages` and `page-number`
    headers; `link` always has `rel="last"`. The undocumented `name` filter selects one target. A non-
    integer `page` or `page_size` is answered with 400. A pipeline without promotions is answered with
    500, not `[]`. A missing permission is answered with 404. JSON responses may come without a Content-
    Type header.

    Args:
        pipeline_id (str):
        name (str | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[Promotion] | str]
    """

    kwargs = _get_kwargs(
        pipeline_id=pipeline_id,
        name=name,
        page=page,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    pipeline_id: str,
    name: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
) -> list[Promotion] | str | None:
    """List promotions

     Lists the promotion triggers of a pipeline, newest first, 10 a page by default.

    Differences from the docs: the list is paginated with `page` and `page_size` (1 to 99; 100 or more
    makes the server fail with 500) and the `link`, `total`, `per-page`, `total-pages` and `page-number`
    headers; `link` always has `rel="last"`. The undocumented `name` filter selects one target. A non-
    integer `page` or `page_size` is answered with 400. A pipeline without promotions is answered with
    500, not `[]`. A missing permission is answered with 404. JSON responses may come without a Content-
    Type header.

    Args:
        pipeline_id (str):
        name (str | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[Promotion] | str
    """

    return sync_detailed(
        client=client,
        pipeline_id=pipeline_id,
        name=name,
        page=page,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    pipeline_id: str,
    name: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
) -> Response[list[Promotion] | str]:
    """List promotions

     Lists the promotion triggers of a pipeline, newest first, 10 a page by default.

    Differences from the docs: the list is paginated with `page` and `page_size` (1 to 99; 100 or more
    makes the server fail with 500) and the `link`, `total`, `per-page`, `total-pages` and `page-number`
    headers; `link` always has `rel="last"`. The undocumented `name` filter selects one target. A non-
    integer `page` or `page_size` is answered with 400. A pipeline without promotions is answered with
    500, not `[]`. A missing permission is answered with 404. JSON responses may come without a Content-
    Type header.

    Args:
        pipeline_id (str):
        name (str | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[Promotion] | str]
    """

    kwargs = _get_kwargs(
        pipeline_id=pipeline_id,
        name=name,
        page=page,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    pipeline_id: str,
    name: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
) -> list[Promotion] | str | None:
    """List promotions

     Lists the promotion triggers of a pipeline, newest first, 10 a page by default.

    Differences from the docs: the list is paginated with `page` and `page_size` (1 to 99; 100 or more
    makes the server fail with 500) and the `link`, `total`, `per-page`, `total-pages` and `page-number`
    headers; `link` always has `rel="last"`. The undocumented `name` filter selects one target. A non-
    integer `page` or `page_size` is answered with 400. A pipeline without promotions is answered with
    500, not `[]`. A missing permission is answered with 404. JSON responses may come without a Content-
    Type header.

    Args:
        pipeline_id (str):
        name (str | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[Promotion] | str
    """

    return (
        await asyncio_detailed(
            client=client,
            pipeline_id=pipeline_id,
            name=name,
            page=page,
            page_size=page_size,
        )
    ).parsed
