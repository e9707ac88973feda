from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.pipeline_description import PipelineDescription
from ...types import UNSET, Response, Unset


def _get_kwargs(
    pipeline_id: str,
    *,
    detailed: str | Unset = "false",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["detailed"] = detailed

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/pipelines/{pipeline_id}".format(
            pipeline_id=quote(str(pipeline_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PipelineDescription | str | None:
    if response.status_code == 200:
        response_200 = PipelineDescription.from_dict(response.json())

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
) -> Response[PipelineDescription | str]:
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
    detailed: str | Unset = "false",
) -> Response[PipelineDescription | str]:
    """Describe a pipeline

     Returns a pipeline and, with `detailed=true`, its blocks and their jobs.

    Differences from the docs: only the exact value `true` turns `detailed` on (`1` or `yes` do not).
    The pipeline uses the describe encoding: lower-case `state`, `result` and `result_reason`,
    timestamps as `YYYY-MM-DD HH:MM:SS.ffffffZ` strings (`1970-01-01 00:00:00.000000Z` when unset),
    while the nested `queue.type` and `triggerer.*_triggered_by` stay enum numbers. `result` and
    `result_reason` are absent, not null, until the pipeline (or block) is done. The pipeline carries
    many undocumented fields. An unknown, malformed or foreign pipeline ID, or a missing permission, is
    answered with 404. JSON responses may come without a Content-Type header.

    Args:
        pipeline_id (str):
        detailed (str | Unset):  Default: 'false'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PipelineDescription | str]
    """

    kwargs = _get_kwargs(
        pipeline_id=pipeline_id,
        detailed=detailed,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    pipeline_id: str,
    *,
    client: AuthenticatedClient | Client,
    detailed: str | Unset = "false",
) -> PipelineDescription | str | None:
    """Describe a pipeline

     Returns a pipeline and, with `detailed=true`, its blocks and their jobs.

    Differences from the docs: only the exact value `true` turns `detailed` on (`1` or `yes` do not).
    The pipeline uses the describe encoding: lower-case `state`, `result` and `result_reason`,
    timestamps as `YYYY-MM-DD HH:MM:SS.ffffffZ` strings (`1970-01-01 00:00:00.000000Z` when unset),
    while the nested `queue.type` and `triggerer.*_triggered_by` stay enum numbers. `result` and
    `result_reason` are absent, not null, until the pipeline (or block) is done. The pipeline carries
    many undocumented fields. An unknown, malformed or foreign pipeline ID, or a missing permission, is
    answered with 404. JSON responses may come without a Content-Type header.

    Args:
        pipeline_id (str):
        detailed (str | Unset):  Default: 'false'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PipelineDescription | str
    """

    return sync_detailed(
        pipeline_id=pipeline_id,
        client=client,
        detailed=detailed,
    ).parsed


async def asyncio_detailed(
    pipeline_id: str,
    *,
    client: AuthenticatedClient | Client,
    detailed: str | Unset = "false",
) -> Response[PipelineDescription | str]:
    """Describe a pipeline

     Returns a pipeline and, with `detailed=true`, its blocks and their jobs.

    Differences from the docs: only the exact value `true` turns `detailed` on (`1` or `yes` do not).
    The pipeline uses the describe encoding: lower-case `state`, `result` and `result_reason`,
    timestamps as `YYYY-MM-DD HH:MM:SS.ffffffZ` strings (`1970-01-01 00:00:00.000000Z` when unset),
    while the nested `queue.type` and `triggerer.*_triggered_by` stay enum numbers. `result` and
    `result_reason` are absent, not null, until the pipeline (or block) is done. The pipeline carries
    many undocumented fields. An unknown, malformed or foreign pipeline ID, or a missing permission, is
    answered with 404. JSON responses may come without a Content-Type header.

    Args:
        pipeline_id (str):
        detailed (str | Unset):  Default: 'false'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PipelineDescription | str]
    """

    kwargs = _get_kwargs(
        pipeline_id=pipeline_id,
        detailed=detailed,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    pipeline_id: str,
    *,
    client: AuthenticatedClient | Client,
    detailed: str | Unset = "false",
) -> PipelineDescription | str | None:
    """Describe a pipeline

     Returns a pipeline and, with `detailed=true`, its blocks and their jobs.

    Differences from the docs: only the exact value `true` turns `detailed` on (`1` or `yes` do not).
    The pipeline uses the describe encoding: lower-case `state`, `result` and `result_reason`,
    timestamps as `YYYY-MM-DD HH:MM:SS.ffffffZ` strings (`1970-01-01 00:00:00.000000Z` when unset),
    while the nested `queue.type` and `triggerer.*_triggered_by` stay enum numbers. `result` and
    `result_reason` are absent, not null, until the pipeline (or block) is done. The pipeline carries
    many undocumented fields. An unknown, malformed or foreign pipeline ID, or a missing permission, is
    answered with 404. JSON responses may come without a Content-Type header.

    Args:
        pipeline_id (str):
        detailed (str | Unset):  Default: 'false'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PipelineDescription | str
    """

    return (
        await asyncio_detailed(
            pipeline_id=pipeline_id,
            client=client,
            detailed=detailed,
        )
    ).parsed
