from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.pipeline_terminate_request import PipelineTerminateRequest
from ...types import Response


def _get_kwargs(
    pipeline_id: str,
    *,
    body: PipelineTerminateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/pipelines/{pipeline_id}".format(
            pipeline_id=quote(str(pipeline_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> str | None:
    if response.status_code == 200:
        response_200 = cast(str, response.json())
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
    pipeline_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PipelineTerminateRequest,
) -> Response[str]:
    """Stop a pipeline

     Stops a running pipeline. The body must be the JSON object `{"terminate_request": true}`.

    Differences from the docs: the older docs list this as `POST /pipelines`. `terminate_request` must
    be the JSON boolean; a form field or query parameter `terminate_request=true` (a string) is rejected
    with 400. The success body is the JSON string `"Pipeline termination started."` (the docs show an
    empty 200), also for a pipeline that is already stopping or done. A missing permission is answered
    with 404. JSON responses may come without a Content-Type header.

    Args:
        pipeline_id (str):
        body (PipelineTerminateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[str]
    """

    kwargs = _get_kwargs(
        pipeline_id=pipeline_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    pipeline_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PipelineTerminateRequest,
) -> str | None:
    """Stop a pipeline

     Stops a running pipeline. The body must be the JSON object `{"terminate_request": true}`.

    Differences from the docs: the older docs list this as `POST /pipelines`. `terminate_request` must
    be the JSON boolean; a form field or query parameter `terminate_request=true` (a string) is rejected
    with 400. The success body is the JSON string `"Pipeline termination started."` (the docs show an
    empty 200), also for a pipeline that is already stopping or done. A missing permission is answered
    with 404. JSON responses may come without a Content-Type header.

    Args:
        pipeline_id (str):
        body (PipelineTerminateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        str
    """

    return sync_detailed(
        pipeline_id=pipeline_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    pipeline_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PipelineTerminateRequest,
) -> Response[str]:
    """Stop a pipeline

     Stops a running pipeline. The body must be the JSON object `{"terminate_request": true}`.

    Differences from the docs: the older docs list this as `POST /pipelines`. `terminate_request` must
    be the JSON boolean; a form field or query parameter `terminate_request=true` (a string) is rejected
    with 400. The success body is the JSON string `"Pipeline termination started."` (the docs show an
    empty 200), also for a pipeline that is already stopping or done. A missing permission is answered
    with 404. JSON responses may come without a Content-Type header.

    Args:
        pipeline_id (str):
        body (PipelineTerminateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[str]
    """

    kwargs = _get_kwargs(
        pipeline_id=pipeline_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    pipeline_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PipelineTerminateRequest,
) -> str | None:
    """Stop a pipeline

     Stops a running pipeline. The body must be the JSON object `{"terminate_request": true}`.

    Differences from the docs: the older docs list this as `POST /pipelines`. `terminate_request` must
    be the JSON boolean; a form field or query parameter `terminate_request=true` (a string) is rejected
    with 400. The success body is the JSON string `"Pipeline termination started."` (the docs show an
    empty 200), also for a pipeline that is already stopping or done. A missing permission is answered
    with 404. JSON responses may come without a Content-Type header.

    Args:
        pipeline_id (str):
        body (PipelineTerminateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        str
    """

    return (
        await asyncio_detailed(
            pipeline_id=pipeline_id,
            client=client,
            body=body,
        )
    ).parsed
