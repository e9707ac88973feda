from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.gateway_error import GatewayError
from ...models.job import Job
from ...types import Response


def _get_kwargs(
    job_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/jobs/{job_id}".format(
            job_id=quote(str(job_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GatewayError | Job | str | None:
    if response.status_code == 200:
        response_200 = Job.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GatewayError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = response.text
        return response_401

    if response.status_code == 404:
        response_404 = GatewayError.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GatewayError | Job | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GatewayError | Job | str]:
    """Describe a job

     Returns a job: what it runs and its state.

    Differences from the docs: every field is present, with `""`, `[]` or the enum default when empty
    (e.g. `secrets`, `files`, `containers`, `image_pull_secrets` and the `epilogue_*_commands` lists);
    timestamps are Unix seconds as strings, `"0"` when unset; `status.result` is `NONE` until the job
    finishes and `status.agent` is null until the job is given to an agent. The environment, files and
    secrets of restricted jobs are empty. A malformed ID is answered with 400 and an unknown or
    invisible job with 404, both as gRPC status objects.

    Args:
        job_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GatewayError | Job | str]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> GatewayError | Job | str | None:
    """Describe a job

     Returns a job: what it runs and its state.

    Differences from the docs: every field is present, with `""`, `[]` or the enum default when empty
    (e.g. `secrets`, `files`, `containers`, `image_pull_secrets` and the `epilogue_*_commands` lists);
    timestamps are Unix seconds as strings, `"0"` when unset; `status.result` is `NONE` until the job
    finishes and `status.agent` is null until the job is given to an agent. The environment, files and
    secrets of restricted jobs are empty. A malformed ID is answered with 400 and an unknown or
    invisible job with 404, both as gRPC status objects.

    Args:
        job_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GatewayError | Job | str
    """

    return sync_detailed(
        job_id=job_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GatewayError | Job | str]:
    """Describe a job

     Returns a job: what it runs and its state.

    Differences from the docs: every field is present, with `""`, `[]` or the enum default when empty
    (e.g. `secrets`, `files`, `containers`, `image_pull_secrets` and the `epilogue_*_commands` lists);
    timestamps are Unix seconds as strings, `"0"` when unset; `status.result` is `NONE` until the job
    finishes and `status.agent` is null until the job is given to an agent. The environment, files and
    secrets of restricted jobs are empty. A malformed ID is answered with 400 and an unknown or
    invisible job with 404, both as gRPC status objects.

    Args:
        job_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GatewayError | Job | str]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> GatewayError | Job | str | None:
    """Describe a job

     Returns a job: what it runs and its state.

    Differences from the docs: every field is present, with `""`, `[]` or the enum default when empty
    (e.g. `secrets`, `files`, `containers`, `image_pull_secrets` and the `epilogue_*_commands` lists);
    timestamps are Unix seconds as strings, `"0"` when unset; `status.result` is `NONE` until the job
    finishes and `status.agent` is null until the job is given to an agent. The environment, files and
    secrets of restricted jobs are empty. A malformed ID is answered with 400 and an unknown or
    invisible job with 404, both as gRPC status objects.

    Args:
        job_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GatewayError | Job | str
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            client=client,
        )
    ).parsed
