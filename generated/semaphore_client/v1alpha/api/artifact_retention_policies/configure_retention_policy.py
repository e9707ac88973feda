from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.retention_policy import RetentionPolicy
from ...models.retention_policy_request import RetentionPolicyRequest
from ...types import Response


def _get_kwargs(
    *,
    body: RetentionPolicyRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/artifacts_retention_policies",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RetentionPolicy | str | None:
    if response.status_code == 200:
        response_200 = RetentionPolicy.from_dict(response.json())

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
) -> Response[RetentionPolicy | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RetentionPolicyRequest,
) -> Response[RetentionPolicy | str]:
    """Configure a project's artifact retention policy

     Replaces the artifact retention rules of a project. When several rules match an artifact's path, the
    first one applies. Without a policy artifacts are kept forever.

    Differences from the docs: ages in days (`"7 days"`) are accepted and every age is stored in seconds
    and written back in the largest whole unit (`"7 days"` becomes `"1 week"`). Each level takes at most
    10 rules, a selector at most 100 characters. Validation runs before the permission check: a missing
    or malformed `project_id`, no rule at all, or a bad rule is answered with 400 (plain text), limits
    of the artifact service with 400 (a JSON string). A missing permission is answered with 401
    `Permission denied`. The response does not echo `project_id`. JSON responses may come without a
    Content-Type header.

    Args:
        body (RetentionPolicyRequest): At least one of the three lists must contain a rule.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RetentionPolicy | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: RetentionPolicyRequest,
) -> RetentionPolicy | str | None:
    """Configure a project's artifact retention policy

     Replaces the artifact retention rules of a project. When several rules match an artifact's path, the
    first one applies. Without a policy artifacts are kept forever.

    Differences from the docs: ages in days (`"7 days"`) are accepted and every age is stored in seconds
    and written back in the largest whole unit (`"7 days"` becomes `"1 week"`). Each level takes at most
    10 rules, a selector at most 100 characters. Validation runs before the permission check: a missing
    or malformed `project_id`, no rule at all, or a bad rule is answered with 400 (plain text), limits
    of the artifact service with 400 (a JSON string). A missing permission is answered with 401
    `Permission denied`. The response does not echo `project_id`. JSON responses may come without a
    Content-Type header.

    Args:
        body (RetentionPolicyRequest): At least one of the three lists must contain a rule.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RetentionPolicy | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RetentionPolicyRequest,
) -> Response[RetentionPolicy | str]:
    """Configure a project's artifact retention policy

     Replaces the artifact retention rules of a project. When several rules match an artifact's path, the
    first one applies. Without a policy artifacts are kept forever.

    Differences from the docs: ages in days (`"7 days"`) are accepted and every age is stored in seconds
    and written back in the largest whole unit (`"7 days"` becomes `"1 week"`). Each level takes at most
    10 rules, a selector at most 100 characters. Validation runs before the permission check: a missing
    or malformed `project_id`, no rule at all, or a bad rule is answered with 400 (plain text), limits
    of the artifact service with 400 (a JSON string). A missing permission is answered with 401
    `Permission denied`. The response does not echo `project_id`. JSON responses may come without a
    Content-Type header.

    Args:
        body (RetentionPolicyRequest): At least one of the three lists must contain a rule.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RetentionPolicy | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RetentionPolicyRequest,
) -> RetentionPolicy | str | None:
    """Configure a project's artifact retention policy

     Replaces the artifact retention rules of a project. When several rules match an artifact's path, the
    first one applies. Without a policy artifacts are kept forever.

    Differences from the docs: ages in days (`"7 days"`) are accepted and every age is stored in seconds
    and written back in the largest whole unit (`"7 days"` becomes `"1 week"`). Each level takes at most
    10 rules, a selector at most 100 characters. Validation runs before the permission check: a missing
    or malformed `project_id`, no rule at all, or a bad rule is answered with 400 (plain text), limits
    of the artifact service with 400 (a JSON string). A missing permission is answered with 401
    `Permission denied`. The response does not echo `project_id`. JSON responses may come without a
    Content-Type header.

    Args:
        body (RetentionPolicyRequest): At least one of the three lists must contain a rule.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RetentionPolicy | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
