from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import Response


def _get_kwargs(
    workflow_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/plumber-workflows/{workflow_id}/terminate".format(
            workflow_id=quote(str(workflow_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> str | None:
    if response.status_code == 200:
        response_200 = cast(str, response.json())
        return response_200

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
) -> Response[str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workflow_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[str]:
    """Stop a workflow

     Stops every running pipeline of the workflow. The request body is ignored.

    Differences from the docs: the success body is a JSON string counting the pipelines being stopped,
    e.g. `"Termination started for 2 pipelines."`; the docs show an empty 200. Stopping a workflow that
    has nothing running succeeds with `"Termination started for 0 pipelines."`. A missing permission is
    answered with 404. JSON responses may come without a Content-Type header.

    Args:
        workflow_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[str]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workflow_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> str | None:
    """Stop a workflow

     Stops every running pipeline of the workflow. The request body is ignored.

    Differences from the docs: the success body is a JSON string counting the pipelines being stopped,
    e.g. `"Termination started for 2 pipelines."`; the docs show an empty 200. Stopping a workflow that
    has nothing running succeeds with `"Termination started for 0 pipelines."`. A missing permission is
    answered with 404. JSON responses may come without a Content-Type header.

    Args:
        workflow_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        str
    """

    return sync_detailed(
        workflow_id=workflow_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    workflow_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[str]:
    """Stop a workflow

     Stops every running pipeline of the workflow. The request body is ignored.

    Differences from the docs: the success body is a JSON string counting the pipelines being stopped,
    e.g. `"Termination started for 2 pipelines."`; the docs show an empty 200. Stopping a workflow that
    has nothing running succeeds with `"Termination started for 0 pipelines."`. A missing permission is
    answered with 404. JSON responses may come without a Content-Type header.

    Args:
        workflow_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[str]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workflow_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> str | None:
    """Stop a workflow

     Stops every running pipeline of the workflow. The request body is ignored.

    Differences from the docs: the success body is a JSON string counting the pipelines being stopped,
    e.g. `"Termination started for 2 pipelines."`; the docs show an empty 200. Stopping a workflow that
    has nothing running succeeds with `"Termination started for 0 pipelines."`. A missing permission is
    answered with 404. JSON responses may come without a Content-Type header.

    Args:
        workflow_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        str
    """

    return (
        await asyncio_detailed(
            workflow_id=workflow_id,
            client=client,
        )
    ).parsed
