from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import Response


def _get_kwargs(
    job_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/jobs/{job_id}/plain_logs.json".format(
            job_id=quote(str(job_id), safe=""),
        ),
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
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[str]:
    """Get a job's log as plain text (deprecated)

     The job's log output as plain text, served on the organization's host outside `/api/v1alpha`
    (`https://{org_name}.semaphoreci.com/jobs/{job_id}/plain_logs.json`). Despite the `.json` suffix the
    body is the log text, not JSON. Documented only in the older edition of the reference; use `GET
    /logs/{job_id}` instead.

    Args:
        job_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[str]
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
) -> str | None:
    """Get a job's log as plain text (deprecated)

     The job's log output as plain text, served on the organization's host outside `/api/v1alpha`
    (`https://{org_name}.semaphoreci.com/jobs/{job_id}/plain_logs.json`). Despite the `.json` suffix the
    body is the log text, not JSON. Documented only in the older edition of the reference; use `GET
    /logs/{job_id}` instead.

    Args:
        job_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        str
    """

    return sync_detailed(
        job_id=job_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[str]:
    """Get a job's log as plain text (deprecated)

     The job's log output as plain text, served on the organization's host outside `/api/v1alpha`
    (`https://{org_name}.semaphoreci.com/jobs/{job_id}/plain_logs.json`). Despite the `.json` suffix the
    body is the log text, not JSON. Documented only in the older edition of the reference; use `GET
    /logs/{job_id}` instead.

    Args:
        job_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[str]
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
) -> str | None:
    """Get a job's log as plain text (deprecated)

     The job's log output as plain text, served on the organization's host outside `/api/v1alpha`
    (`https://{org_name}.semaphoreci.com/jobs/{job_id}/plain_logs.json`). Despite the `.json` suffix the
    body is the log text, not JSON. Documented only in the older edition of the reference; use `GET
    /logs/{job_id}` instead.

    Args:
        job_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        str
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            client=client,
        )
    ).parsed
