from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.workflow_run_form import WorkflowRunForm
from ...models.workflow_run_request import WorkflowRunRequest
from ...models.workflow_run_result import WorkflowRunResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: WorkflowRunRequest | WorkflowRunForm | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/plumber-workflows",
    }

    if isinstance(body, WorkflowRunRequest):
        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    if isinstance(body, WorkflowRunForm):
        if not isinstance(body, Unset):
            _kwargs["data"] = body.to_dict()
        headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> WorkflowRunResult | str | None:
    if response.status_code == 200:
        response_200 = WorkflowRunResult.from_dict(response.json())

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
) -> Response[WorkflowRunResult | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WorkflowRunRequest | WorkflowRunForm | Unset = UNSET,
) -> Response[WorkflowRunResult | str]:
    """Run a workflow

     Starts a workflow for a git reference of a project, as a push would.

    Differences from the docs: the parameters may come from the query string, a form body or a JSON
    body; `reference` is effectively optional (empty by default) and a bare name is taken as a branch; a
    `parameters` object of environment variables is accepted (JSON only). The success body has
    `workflow_id` and `pipeline_id` only; the docs' example also shows `hook_id`. There is no
    idempotency key: every call starts a new workflow, even with an identical body. Without
    `project_id`, or for a project the user may not run jobs in, the answer is 404 `Not Found`, not 400.
    JSON responses may come without a Content-Type header.

    Args:
        body (WorkflowRunRequest | Unset): Parameters of a new workflow run. The server also reads
            them from the query string.
        body (WorkflowRunForm | Unset): The same parameters form-encoded, as in the docs' curl
            example. Run parameters can only be sent in a JSON body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WorkflowRunResult | str]
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
    body: WorkflowRunRequest | WorkflowRunForm | Unset = UNSET,
) -> WorkflowRunResult | str | None:
    """Run a workflow

     Starts a workflow for a git reference of a project, as a push would.

    Differences from the docs: the parameters may come from the query string, a form body or a JSON
    body; `reference` is effectively optional (empty by default) and a bare name is taken as a branch; a
    `parameters` object of environment variables is accepted (JSON only). The success body has
    `workflow_id` and `pipeline_id` only; the docs' example also shows `hook_id`. There is no
    idempotency key: every call starts a new workflow, even with an identical body. Without
    `project_id`, or for a project the user may not run jobs in, the answer is 404 `Not Found`, not 400.
    JSON responses may come without a Content-Type header.

    Args:
        body (WorkflowRunRequest | Unset): Parameters of a new workflow run. The server also reads
            them from the query string.
        body (WorkflowRunForm | Unset): The same parameters form-encoded, as in the docs' curl
            example. Run parameters can only be sent in a JSON body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WorkflowRunResult | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WorkflowRunRequest | WorkflowRunForm | Unset = UNSET,
) -> Response[WorkflowRunResult | str]:
    """Run a workflow

     Starts a workflow for a git reference of a project, as a push would.

    Differences from the docs: the parameters may come from the query string, a form body or a JSON
    body; `reference` is effectively optional (empty by default) and a bare name is taken as a branch; a
    `parameters` object of environment variables is accepted (JSON only). The success body has
    `workflow_id` and `pipeline_id` only; the docs' example also shows `hook_id`. There is no
    idempotency key: every call starts a new workflow, even with an identical body. Without
    `project_id`, or for a project the user may not run jobs in, the answer is 404 `Not Found`, not 400.
    JSON responses may come without a Content-Type header.

    Args:
        body (WorkflowRunRequest | Unset): Parameters of a new workflow run. The server also reads
            them from the query string.
        body (WorkflowRunForm | Unset): The same parameters form-encoded, as in the docs' curl
            example. Run parameters can only be sent in a JSON body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WorkflowRunResult | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: WorkflowRunRequest | WorkflowRunForm | Unset = UNSET,
) -> WorkflowRunResult | str | None:
    """Run a workflow

     Starts a workflow for a git reference of a project, as a push would.

    Differences from the docs: the parameters may come from the query string, a form body or a JSON
    body; `reference` is effectively optional (empty by default) and a bare name is taken as a branch; a
    `parameters` object of environment variables is accepted (JSON only). The success body has
    `workflow_id` and `pipeline_id` only; the docs' example also shows `hook_id`. There is no
    idempotency key: every call starts a new workflow, even with an identical body. Without
    `project_id`, or for a project the user may not run jobs in, the answer is 404 `Not Found`, not 400.
    JSON responses may come without a Content-Type header.

    Args:
        body (WorkflowRunRequest | Unset): Parameters of a new workflow run. The server also reads
            them from the query string.
        body (WorkflowRunForm | Unset): The same parameters form-encoded, as in the docs' curl
            example. Run parameters can only be sent in a JSON body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WorkflowRunResult | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
