from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.workflow_reschedule_request import WorkflowRescheduleRequest
from ...models.workflow_reschedule_result import WorkflowRescheduleResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    workflow_id: str,
    *,
    body: WorkflowRescheduleRequest | WorkflowRescheduleRequest | Unset = UNSET,
    request_token: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["request_token"] = request_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/plumber-workflows/{workflow_id}/reschedule".format(
            workflow_id=quote(str(workflow_id), safe=""),
        ),
        "params": params,
    }

    if isinstance(body, WorkflowRescheduleRequest):
        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    if isinstance(body, WorkflowRescheduleRequest):
        if not isinstance(body, Unset):
            _kwargs["data"] = body.to_dict()
        headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> WorkflowRescheduleResult | str | None:
    if response.status_code == 200:
        response_200 = WorkflowRescheduleResult.from_dict(response.json())

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
) -> Response[WorkflowRescheduleResult | str]:
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
    body: WorkflowRescheduleRequest | WorkflowRescheduleRequest | Unset = UNSET,
    request_token: str | Unset = UNSET,
) -> Response[WorkflowRescheduleResult | str]:
    """Rerun a workflow

     Starts a new workflow from the same commit and configuration.

    The idempotency token `request_token` is required, either in the query string (as documented), a
    form body or a JSON body; without it (or with `""`) the answer is 400. A retry with the same token
    returns the workflow created by the first call (the same `wf_id` and `ppl_id`), even for another
    `workflow_id`. A missing permission is answered with 404. JSON responses may come without a Content-
    Type header.

    Args:
        workflow_id (str):
        request_token (str | Unset):
        body (WorkflowRescheduleRequest | Unset): The idempotency token, when sent in the body
            instead of the query string.
        body (WorkflowRescheduleRequest | Unset): The idempotency token, when sent in the body
            instead of the query string.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WorkflowRescheduleResult | str]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        body=body,
        request_token=request_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workflow_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WorkflowRescheduleRequest | WorkflowRescheduleRequest | Unset = UNSET,
    request_token: str | Unset = UNSET,
) -> WorkflowRescheduleResult | str | None:
    """Rerun a workflow

     Starts a new workflow from the same commit and configuration.

    The idempotency token `request_token` is required, either in the query string (as documented), a
    form body or a JSON body; without it (or with `""`) the answer is 400. A retry with the same token
    returns the workflow created by the first call (the same `wf_id` and `ppl_id`), even for another
    `workflow_id`. A missing permission is answered with 404. JSON responses may come without a Content-
    Type header.

    Args:
        workflow_id (str):
        request_token (str | Unset):
        body (WorkflowRescheduleRequest | Unset): The idempotency token, when sent in the body
            instead of the query string.
        body (WorkflowRescheduleRequest | Unset): The idempotency token, when sent in the body
            instead of the query string.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WorkflowRescheduleResult | str
    """

    return sync_detailed(
        workflow_id=workflow_id,
        client=client,
        body=body,
        request_token=request_token,
    ).parsed


async def asyncio_detailed(
    workflow_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WorkflowRescheduleRequest | WorkflowRescheduleRequest | Unset = UNSET,
    request_token: str | Unset = UNSET,
) -> Response[WorkflowRescheduleResult | str]:
    """Rerun a workflow

     Starts a new workflow from the same commit and configuration.

    The idempotency token `request_token` is required, either in the query string (as documented), a
    form body or a JSON body; without it (or with `""`) the answer is 400. A retry with the same token
    returns the workflow created by the first call (the same `wf_id` and `ppl_id`), even for another
    `workflow_id`. A missing permission is answered with 404. JSON responses may come without a Content-
    Type header.

    Args:
        workflow_id (str):
        request_token (str | Unset):
        body (WorkflowRescheduleRequest | Unset): The idempotency token, when sent in the body
            instead of the query string.
        body (WorkflowRescheduleRequest | Unset): The idempotency token, when sent in the body
            instead of the query string.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WorkflowRescheduleResult | str]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        body=body,
        request_token=request_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workflow_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WorkflowRescheduleRequest | WorkflowRescheduleRequest | Unset = UNSET,
    request_token: str | Unset = UNSET,
) -> WorkflowRescheduleResult | str | None:
    """Rerun a workflow

     Starts a new workflow from the same commit and configuration.

    The idempotency token `request_token` is required, either in the query string (as documented), a
    form body or a JSON body; without it (or with `""`) the answer is 400. A retry with the same token
    returns the workflow created by the first call (the same `wf_id` and `ppl_id`), even for another
    `workflow_id`. A missing permission is answered with 404. JSON responses may come without a Content-
    Type header.

    Args:
        workflow_id (str):
        request_token (str | Unset):
        body (WorkflowRescheduleRequest | Unset): The idempotency token, when sent in the body
            instead of the query string.
        body (WorkflowRescheduleRequest | Unset): The idempotency token, when sent in the body
            instead of the query string.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WorkflowRescheduleResult | str
    """

    return (
        await asyncio_detailed(
            workflow_id=workflow_id,
            client=client,
            body=body,
            request_token=request_token,
        )
    ).parsed
