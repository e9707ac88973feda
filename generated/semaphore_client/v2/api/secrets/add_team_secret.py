from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    team_id: str,
    secret_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/teams/{team_id}/secrets/{secret_id}".format(
            team_id=quote(str(team_id), safe=""),
            secret_id=quote(str(secret_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error | str | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = response.text
        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Error | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    team_id: str,
    secret_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | Error | str]:
    """Add a secret to a team

     Gives a team access to a secret. The user must be a member of the team and an admin of the
    organization. There is no request body, and the answer has none either.

    Args:
        team_id (str):
        secret_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | str]
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        secret_id=secret_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    team_id: str,
    secret_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | Error | str | None:
    """Add a secret to a team

     Gives a team access to a secret. The user must be a member of the team and an admin of the
    organization. There is no request body, and the answer has none either.

    Args:
        team_id (str):
        secret_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | str
    """

    return sync_detailed(
        team_id=team_id,
        secret_id=secret_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    team_id: str,
    secret_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | Error | str]:
    """Add a secret to a team

     Gives a team access to a secret. The user must be a member of the team and an admin of the
    organization. There is no request body, and the answer has none either.

    Args:
        team_id (str):
        secret_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | str]
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        secret_id=secret_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    team_id: str,
    secret_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | Error | str | None:
    """Add a secret to a team

     Gives a team access to a secret. The user must be a member of the team and an admin of the
    organization. There is no request body, and the answer has none either.

    Args:
        team_id (str):
        secret_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | str
    """

    return (
        await asyncio_detailed(
            team_id=team_id,
            secret_id=secret_id,
            client=client,
        )
    ).parsed
