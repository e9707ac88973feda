from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.empty import Empty
from ...models.gateway_error import GatewayError
from ...types import Response


def _get_kwargs(
    job_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/jobs/{job_id}/stop".format(
            job_id=quote(str(job_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Empty | GatewayError | str | None:
    if response.status_code == 200:
        response_200 = Empty.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = response.text
        return response_401

    if response.status_code == 404:
        response_404 = GatewayError.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = GatewayError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Empty | GatewayError | str]:
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
) -> Response[Empty | GatewayError | str]:
    """Stop a job

     Asks for the job to be stopped; the stop happens asynchronously.

    Differences from the docs: the success body is `{}`. The call is idempotent: stopping a finished or
    stopping job also answers `{}`. No body is needed (an empty JSON object is accepted). An unknown or
    invisible job is answered with 404; an ID that is not a UUID is not checked up front and makes the
    job service fail with 500.

    Args:
        job_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Empty | GatewayError | str]
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
) -> Empty | GatewayError | str | None:
    """Stop a job

     Asks for the job to be stopped; the stop happens asynchronously.

    Differences from the docs: the success body is `{}`. The call is idempotent: stopping a finished or
    stopping job also answers `{}`. No body is needed (an empty JSON object is accepted). An unknown or
    invisible job is answered with 404; an ID that is not a UUID is not checked up front and makes the
    job service fail with 500.

    Args:
        job_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Empty | GatewayError | str
    """

    return sync_detailed(
        job_id=job_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Empty | GatewayError | str]:
    """Stop a job

     Asks for the job to be stopped; the stop happens asynchronously.

    Differences from the docs: the success body is `{}`. The call is idempotent: stopping a finished or
    stopping job also answers `{}`. No body is needed (an empty JSON object is accepted). An unknown or
    invisible job is answered with 404; an ID that is not a UUID is not checked up front and makes the
    job service fail with 500.

    Args:
        job_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Empty | GatewayError | str]
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
) -> Empty | GatewayError | str | None:
    """Stop a job

     Asks for the job to be stopped; the stop happens asynchronously.

    Differences from the docs: the success body is `{}`. The call is idempotent: stopping a finished or
    stopping job also answers `{}`. No body is needed (an empty JSON object is accepted). An unknown or
    invisible job is answered with 404; an ID that is not a UUID is not checked up front and makes the
    job service fail with 500.

    Args:
        job_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Empty | GatewayError | str
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            client=client,
        )
    ).parsed
