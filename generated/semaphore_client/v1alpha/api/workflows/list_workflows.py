from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.workflow_listed import WorkflowListed
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    project_id: str,
    branch_name: str | Unset = UNSET,
    label: str | Unset = UNSET,
    requester_id: str | Unset = UNSET,
    created_after: int | Unset = UNSET,
    created_before: int | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 30,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["project_id"] = project_id

    params["branch_name"] = branch_name

    params["label"] = label

    params["requester_id"] = requester_id

    params["created_after"] = created_after

    params["created_before"] = created_before

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/plumber-workflows",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[WorkflowListed] | str | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = WorkflowListed.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[list[WorkflowListed] | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    project_id: str,
    branch_name: str | Unset = UNSET,
    label: str | Unset = UNSET,
    requester_id: str | Unset = UNSET,
    created_after: int | Unset = UNSET,
    created_before: int | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 30,
) -> Response[list[WorkflowListed] | str]:
    """List workflows

     Lists a project's workflows, newest first, 30 a page by default.

    Differences from the docs: the response is a bare array whose items carry `triggered_by` as the enum
    *number* (0 = HOOK, 1 = SCHEDULE, 2 = API, 3 = MANUAL_RUN; describe sends the name) and the
    undocumented `rerun_of`, `repository_id` and `organization_id`. Every list is paginated with `page`
    and `page_size` (no maximum) and the `link`, `total`, `per-page`, `total-pages` and `page-number`
    headers, not only lists of more than 30 items; `link` always has `rel="last"`. Without `project_id`
    the answer is 404 `Not Found`, not 400. `created_after`/`created_before` filters and the `label` and
    `requester_id` filters are undocumented; a non-numeric timestamp makes the server fail with 500.
    JSON responses may come without a Content-Type header.

    Args:
        project_id (str):
        branch_name (str | Unset):
        label (str | Unset):
        requester_id (str | Unset):
        created_after (int | Unset):
        created_before (int | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 30.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[WorkflowListed] | str]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        branch_name=branch_name,
        label=label,
        requester_id=requester_id,
        created_after=created_after,
        created_before=created_before,
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
    project_id: str,
    branch_name: str | Unset = UNSET,
    label: str | Unset = UNSET,
    requester_id: str | Unset = UNSET,
    created_after: int | Unset = UNSET,
    created_before: int | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 30,
) -> list[WorkflowListed] | str | None:
    """List workflows

     Lists a project's workflows, newest first, 30 a page by default.

    Differences from the docs: the response is a bare array whose items carry `triggered_by` as the enum
    *number* (0 = HOOK, 1 = SCHEDULE, 2 = API, 3 = MANUAL_RUN; describe sends the name) and the
    undocumented `rerun_of`, `repository_id` and `organization_id`. Every list is paginated with `page`
    and `page_size` (no maximum) and the `link`, `total`, `per-page`, `total-pages` and `page-number`
    headers, not only lists of more than 30 items; `link` always has `rel="last"`. Without `project_id`
    the answer is 404 `Not Found`, not 400. `created_after`/`created_before` filters and the `label` and
    `requester_id` filters are undocumented; a non-numeric timestamp makes the server fail with 500.
    JSON responses may come without a Content-Type header.

    Args:
        project_id (str):
        branch_name (str | Unset):
        label (str | Unset):
        requester_id (str | Unset):
        created_after (int | Unset):
        created_before (int | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 30.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[WorkflowListed] | str
    """

    return sync_detailed(
        client=client,
        project_id=project_id,
        branch_name=branch_name,
        label=label,
        requester_id=requester_id,
        created_after=created_after,
        created_before=created_before,
        page=page,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    project_id: str,
    branch_name: str | Unset = UNSET,
    label: str | Unset = UNSET,
    requester_id: str | Unset = UNSET,
    created_after: int | Unset = UNSET,
    created_before: int | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 30,
) -> Response[list[WorkflowListed] | str]:
    """List workflows

     Lists a project's workflows, newest first, 30 a page by default.

    Differences from the docs: the response is a bare array whose items carry `triggered_by` as the enum
    *number* (0 = HOOK, 1 = SCHEDULE, 2 = API, 3 = MANUAL_RUN; describe sends the name) and the
    undocumented `rerun_of`, `repository_id` and `organization_id`. Every list is paginated with `page`
    and `page_size` (no maximum) and the `link`, `total`, `per-page`, `total-pages` and `page-number`
    headers, not only lists of more than 30 items; `link` always has `rel="last"`. Without `project_id`
    the answer is 404 `Not Found`, not 400. `created_after`/`created_before` filters and the `label` and
    `requester_id` filters are undocumented; a non-numeric timestamp makes the server fail with 500.
    JSON responses may come without a Content-Type header.

    Args:
        project_id (str):
        branch_name (str | Unset):
        label (str | Unset):
        requester_id (str | Unset):
        created_after (int | Unset):
        created_before (int | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 30.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[WorkflowListed] | str]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        branch_name=branch_name,
        label=label,
        requester_id=requester_id,
        created_after=created_after,
        created_before=created_before,
        page=page,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    project_id: str,
    branch_name: str | Unset = UNSET,
    label: str | Unset = UNSET,
    requester_id: str | Unset = UNSET,
    created_after: int | Unset = UNSET,
    created_before: int | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 30,
) -> list[WorkflowListed] | str | None:
    """List workflows

     Lists a project's workflows, newest first, 30 a page by default.

    Differences from the docs: the response is a bare array whose items carry `triggered_by` as the enum
    *number* (0 = HOOK, 1 = SCHEDULE, 2 = API, 3 = MANUAL_RUN; describe sends the name) and the
    undocumented `rerun_of`, `repository_id` and `organization_id`. Every list is paginated with `page`
    and `page_size` (no maximum) and the `link`, `total`, `per-page`, `total-pages` and `page-number`
    headers, not only lists of more than 30 items; `link` always has `rel="last"`. Without `project_id`
    the answer is 404 `Not Found`, not 400. `created_after`/`created_before` filters and the `label` and
    `requester_id` filters are undocumented; a non-numeric timestamp makes the server fail with 500.
    JSON responses may come without a Content-Type header.

    Args:
        project_id (str):
        branch_name (str | Unset):
        label (str | Unset):
        requester_id (str | Unset):
        created_after (int | Unset):
        created_before (int | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 30.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[WorkflowListed] | str
    """

    return (
        await asyncio_detailed(
            client=client,
            project_id=project_id,
            branch_name=branch_name,
            label=label,
            requester_id=requester_id,
            created_after=created_after,
            created_before=created_before,
            page=page,
            page_size=page_size,
        )
    ).parsed
