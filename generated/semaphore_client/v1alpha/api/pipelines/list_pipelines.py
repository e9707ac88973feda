from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.pipeline_listed import PipelineListed
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    project_id: str | Unset = UNSET,
    wf_id: str | Unset = UNSET,
    branch_name: str | Unset = UNSET,
    yml_file_path: str | Unset = UNSET,
    label: str | Unset = UNSET,
    created_after: int | Unset = UNSET,
    created_before: int | Unset = UNSET,
    done_after: int | Unset = UNSET,
    done_before: int | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 30,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["project_id"] = project_id

    params["wf_id"] = wf_id

    params["branch_name"] = branch_name

    params["yml_file_path"] = yml_file_path

    params["label"] = label

    params["created_after"] = created_after

    params["created_before"] = created_before

    params["done_after"] = done_after

    params["done_before"] = done_before

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/pipelines",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[PipelineListed] | str | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = PipelineListed.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[list[PipelineListed] | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    project_id: str | Unset = UNSET,
    wf_id: str | Unset = UNSET,
    branch_name: str | Unset = UNSET,
    yml_file_path: str | Unset = UNSET,
    label: str | Unset = UNSET,
    created_after: int | Unset = UNSET,
    created_before: int | Unset = UNSET,
    done_after: int | Unset = UNSET,
    done_before: int | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 30,
) -> Response[list[PipelineListed] | str]:
    """List pipelines

     Lists the pipelines of a project or of a workflow, newest first, 30 a page by default.

    Differences from the docs: `project_id` is not required when `wf_id` is given, but with neither the
    answer is 404 `Not Found`, not 400. The response is a bare array in the list encoding: upper-case
    `state`, `result` and `result_reason` (describe uses lower case), `{seconds, nanos}` timestamps
    (`{0, 0}` when unset), and many undocumented fields (`queue`, `triggerer`, `env_vars`,
    `commit_message`, `organization_id`, ...). `result` and `result_reason` are absent, not null, until
    the pipeline is done. Every list is paginated with `page` and `page_size` and the `link`, `total`,
    `per-page`, `total-pages` and `page-number` headers; `link` always has `rel="last"`. Timestamp
    filters must be whole numbers (anything else makes the server fail with 500) and in order
    (`created_after` before `created_before`, which must be before the `done_*` filters), else 400. JSON
    responses may come without a Content-Type header.

    Args:
        project_id (str | Unset):
        wf_id (str | Unset):
        branch_name (str | Unset):
        yml_file_path (str | Unset):
        label (str | Unset):
        created_after (int | Unset):
        created_before (int | Unset):
        done_after (int | Unset):
        done_before (int | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 30.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[PipelineListed] | str]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        wf_id=wf_id,
        branch_name=branch_name,
        yml_file_path=yml_file_path,
        label=label,
        created_after=created_after,
        created_before=created_before,
        done_after=done_after,
        done_before=done_before,
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
    project_id: str | Unset = UNSET,
    wf_id: str | Unset = UNSET,
    branch_name: str | Unset = UNSET,
    yml_file_path: str | Unset = UNSET,
    label: str | Unset = UNSET,
    created_after: int | Unset = UNSET,
    created_before: int | Unset = UNSET,
    done_after: int | Unset = UNSET,
    done_before: int | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 30,
) -> list[PipelineListed] | str | None:
    """List pipelines

     Lists the pipelines of a project or of a workflow, newest first, 30 a page by default.

    Differences from the docs: `project_id` is not required when `wf_id` is given, but with neither the
    answer is 404 `Not Found`, not 400. The response is a bare array in the list encoding: upper-case
    `state`, `result` and `result_reason` (describe uses lower case), `{seconds, nanos}` timestamps
    (`{0, 0}` when unset), and many undocumented fields (`queue`, `triggerer`, `env_vars`,
    `commit_message`, `organization_id`, ...). `result` and `result_reason` are absent, not null, until
    the pipeline is done. Every list is paginated with `page` and `page_size` and the `link`, `total`,
    `per-page`, `total-pages` and `page-number` headers; `link` always has `rel="last"`. Timestamp
    filters must be whole numbers (anything else makes the server fail with 500) and in order
    (`created_after` before `created_before`, which must be before the `done_*` filters), else 400. JSON
    responses may come without a Content-Type header.

    Args:
        project_id (str | Unset):
        wf_id (str | Unset):
        branch_name (str | Unset):
        yml_file_path (str | Unset):
        label (str | Unset):
        created_after (int | Unset):
        created_before (int | Unset):
        done_after (int | Unset):
        done_before (int | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 30.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[PipelineListed] | str
    """

    return sync_detailed(
        client=client,
        project_id=project_id,
        wf_id=wf_id,
        branch_name=branch_name,
        yml_file_path=yml_file_path,
        label=label,
        created_after=created_after,
        created_before=created_before,
        done_after=done_after,
        done_before=done_before,
        page=page,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    project_id: str | Unset = UNSET,
    wf_id: str | Unset = UNSET,
    branch_name: str | Unset = UNSET,
    yml_file_path: str | Unset = UNSET,
    label: str | Unset = UNSET,
    created_after: int | Unset = UNSET,
    created_before: int | Unset = UNSET,
    done_after: int | Unset = UNSET,
    done_before: int | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 30,
) -> Response[list[PipelineListed] | str]:
    """List pipelines

     Lists the pipelines of a project or of a workflow, newest first, 30 a page by default.

    Differences from the docs: `project_id` is not required when `wf_id` is given, but with neither the
    answer is 404 `Not Found`, not 400. The response is a bare array in the list encoding: upper-case
    `state`, `result` and `result_reason` (describe uses lower case), `{seconds, nanos}` timestamps
    (`{0, 0}` when unset), and many undocumented fields (`queue`, `triggerer`, `env_vars`,
    `commit_message`, `organization_id`, ...). `result` and `result_reason` are absent, not null, until
    the pipeline is done. Every list is paginated with `page` and `page_size` and the `link`, `total`,
    `per-page`, `total-pages` and `page-number` headers; `link` always has `rel="last"`. Timestamp
    filters must be whole numbers (anything else makes the server fail with 500) and in order
    (`created_after` before `created_before`, which must be before the `done_*` filters), else 400. JSON
    responses may come without a Content-Type header.

    Args:
        project_id (str | Unset):
        wf_id (str | Unset):
        branch_name (str | Unset):
        yml_file_path (str | Unset):
        label (str | Unset):
        created_after (int | Unset):
        created_before (int | Unset):
        done_after (int | Unset):
        done_before (int | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 30.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[PipelineListed] | str]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        wf_id=wf_id,
        branch_name=branch_name,
        yml_file_path=yml_file_path,
        label=label,
        created_after=created_after,
        created_before=created_before,
        done_after=done_after,
        done_before=done_before,
        page=page,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    project_id: str | Unset = UNSET,
    wf_id: str | Unset = UNSET,
    branch_name: str | Unset = UNSET,
    yml_file_path: str | Unset = UNSET,
    label: str | Unset = UNSET,
    created_after: int | Unset = UNSET,
    created_before: int | Unset = UNSET,
    done_after: int | Unset = UNSET,
    done_before: int | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 30,
) -> list[PipelineListed] | str | None:
    """List pipelines

     Lists the pipelines of a project or of a workflow, newest first, 30 a page by default.

    Differences from the docs: `project_id` is not required when `wf_id` is given, but with neither the
    answer is 404 `Not Found`, not 400. The response is a bare array in the list encoding: upper-case
    `state`, `result` and `result_reason` (describe uses lower case), `{seconds, nanos}` timestamps
    (`{0, 0}` when unset), and many undocumented fields (`queue`, `triggerer`, `env_vars`,
    `commit_message`, `organization_id`, ...). `result` and `result_reason` are absent, not null, until
    the pipeline is done. Every list is paginated with `page` and `page_size` and the `link`, `total`,
    `per-page`, `total-pages` and `page-number` headers; `link` always has `rel="last"`. Timestamp
    filters must be whole numbers (anything else makes the server fail with 500) and in order
    (`created_after` before `created_before`, which must be before the `done_*` filters), else 400. JSON
    responses may come without a Content-Type header.

    Args:
        project_id (str | Unset):
        wf_id (str | Unset):
        branch_name (str | Unset):
        yml_file_path (str | Unset):
        label (str | Unset):
        created_after (int | Unset):
        created_before (int | Unset):
        done_after (int | Unset):
        done_before (int | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 30.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[PipelineListed] | str
    """

    return (
        await asyncio_detailed(
            client=client,
            project_id=project_id,
            wf_id=wf_id,
            branch_name=branch_name,
            yml_file_path=yml_file_path,
            label=label,
            created_after=created_after,
            created_before=created_before,
            done_after=done_after,
            done_before=done_before,
            page=page,
            page_size=page_size,
        )
    ).parsed
