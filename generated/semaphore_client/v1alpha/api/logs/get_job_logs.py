from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.job_logs import JobLogs
from ...types import UNSET, Response, Unset


def _get_kwargs(
    job_id: str,
    *,
    artifact_job_logs: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["artifact_job_logs"] = artifact_job_logs

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/logs/{job_id}".format(
            job_id=quote(str(job_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | JobLogs | str | None:
    if response.status_code == 200:
        response_200 = JobLogs.from_dict(response.json())

        return response_200

    if response.status_code == 302:
        response_302 = cast(Any, None)
        return response_302

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
) -> Response[Any | JobLogs | str]:
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
    artifact_job_logs: str | Unset = UNSET,
) -> Response[Any | JobLogs | str]:
    """Get a job's log

     Returns the log of a job run on Semaphore's cloud machines as a list of events.

    Differences from the docs: for a job run on a self-hosted agent the answer is a 302 redirect to
    `https://{org_name}.semaphoreci.com/api/v1/logs/{job_id}?jwt=...`, which answers `{"events": [...],
    "next": ...}`; clients must follow it with the same headers. With `artifact_job_logs` the full log
    file stored as a job artifact is served instead, by a 302 redirect to a signed URL (403 when the
    organization lacks the artifacts API feature, 404 when the file does not exist). The response has no
    `next` key. An unknown job, or a job that produced no log (never started, stopped before it
    started), is answered with 404 and a JSON string message; a job of another project with 404 `Not
    found` (plain text); a missing permission with 401 `Permission denied`.

    Args:
        job_id (str):
        artifact_job_logs (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | JobLogs | str]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        artifact_job_logs=artifact_job_logs,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    artifact_job_logs: str | Unset = UNSET,
) -> Any | JobLogs | str | None:
    """Get a job's log

     Returns the log of a job run on Semaphore's cloud machines as a list of events.

    Differences from the docs: for a job run on a self-hosted agent the answer is a 302 redirect to
    `https://{org_name}.semaphoreci.com/api/v1/logs/{job_id}?jwt=...`, which answers `{"events": [...],
    "next": ...}`; clients must follow it with the same headers. With `artifact_job_logs` the full log
    file stored as a job artifact is served instead, by a 302 redirect to a signed URL (403 when the
    organization lacks the artifacts API feature, 404 when the file does not exist). The response has no
    `next` key. An unknown job, or a job that produced no log (never started, stopped before it
    started), is answered with 404 and a JSON string message; a job of another project with 404 `Not
    found` (plain text); a missing permission with 401 `Permission denied`.

    Args:
        job_id (str):
        artifact_job_logs (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | JobLogs | str
    """

    return sync_detailed(
        job_id=job_id,
        client=client,
        artifact_job_logs=artifact_job_logs,
    ).parsed


async def asyncio_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    artifact_job_logs: str | Unset = UNSET,
) -> Response[Any | JobLogs | str]:
    """Get a job's log

     Returns the log of a job run on Semaphore's cloud machines as a list of events.

    Differences from the docs: for a job run on a self-hosted agent the answer is a 302 redirect to
    `https://{org_name}.semaphoreci.com/api/v1/logs/{job_id}?jwt=...`, which answers `{"events": [...],
    "next": ...}`; clients must follow it with the same headers. With `artifact_job_logs` the full log
    file stored as a job artifact is served instead, by a 302 redirect to a signed URL (403 when the
    organization lacks the artifacts API feature, 404 when the file does not exist). The response has no
    `next` key. An unknown job, or a job that produced no log (never started, stopped before it
    started), is answered with 404 and a JSON string message; a job of another project with 404 `Not
    found` (plain text); a missing permission with 401 `Permission denied`.

    Args:
        job_id (str):
        artifact_job_logs (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | JobLogs | str]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        artifact_job_logs=artifact_job_logs,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    artifact_job_logs: str | Unset = UNSET,
) -> Any | JobLogs | str | None:
    """Get a job's log

     Returns the log of a job run on Semaphore's cloud machines as a list of events.

    Differences from the docs: for a job run on a self-hosted agent the answer is a 302 redirect to
    `https://{org_name}.semaphoreci.com/api/v1/logs/{job_id}?jwt=...`, which answers `{"events": [...],
    "next": ...}`; clients must follow it with the same headers. With `artifact_job_logs` the full log
    file stored as a job artifact is served instead, by a 302 redirect to a signed URL (403 when the
    organization lacks the artifacts API feature, 404 when the file does not exist). The response has no
    `next` key. An unknown job, or a job that produced no log (never started, stopped before it
    started), is answered with 404 and a JSON string message; a job of another project with 404 `Not
    found` (plain text); a missing permission with 401 `Permission denied`.

    Args:
        job_id (str):
        artifact_job_logs (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | JobLogs | str
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            client=client,
            artifact_job_logs=artifact_job_logs,
        )
    ).parsed
