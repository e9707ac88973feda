from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.yaml_validation_request import YamlValidationRequest
from ...models.yaml_validation_result import YamlValidationResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: YamlValidationRequest | YamlValidationRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/yaml",
    }

    if isinstance(body, YamlValidationRequest):
        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    if isinstance(body, YamlValidationRequest):
        if not isinstance(body, Unset):
            _kwargs["data"] = body.to_dict()
        headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> YamlValidationResult | str | None:
    if response.status_code == 200:
        response_200 = YamlValidationResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = response.text
        return response_400

    if response.status_code == 401:
        response_401 = response.text
        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[YamlValidationResult | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: YamlValidationRequest | YamlValidationRequest | Unset = UNSET,
) -> Response[YamlValidationResult | str]:
    """Validate a pipeline YAML

     Checks a pipeline YAML document against the pipeline schema.

    Differences from the docs: the field may also be sent form-encoded. Without `pipeline_id` no project
    permission is needed. The undocumented `pipeline_id` field is not a dry run: it schedules a new
    pipeline from the YAML in that pipeline's workflow. An invalid document is answered with 400 and the
    validator's message as a JSON string, often in Elixir term syntax (e.g. `"{:malformed,
    {:expected_map, \\"Asdfghjkl\\"}}"`). JSON responses may come without a Content-Type header.

    Args:
        body (YamlValidationRequest | Unset):
        body (YamlValidationRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[YamlValidationResult | str]
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
    body: YamlValidationRequest | YamlValidationRequest | Unset = UNSET,
) -> YamlValidationResult | str | None:
    """Validate a pipeline YAML

     Checks a pipeline YAML document against the pipeline schema.

    Differences from the docs: the field may also be sent form-encoded. Without `pipeline_id` no project
    permission is needed. The undocumented `pipeline_id` field is not a dry run: it schedules a new
    pipeline from the YAML in that pipeline's workflow. An invalid document is answered with 400 and the
    validator's message as a JSON string, often in Elixir term syntax (e.g. `"{:malformed,
    {:expected_map, \\"Asdfghjkl\\"}}"`). JSON responses may come without a Content-Type header.

    Args:
        body (YamlValidationRequest | Unset):
        body (YamlValidationRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        YamlValidationResult | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: YamlValidationRequest | YamlValidationRequest | Unset = UNSET,
) -> Response[YamlValidationResult | str]:
    """Validate a pipeline YAML

     Checks a pipeline YAML document against the pipeline schema.

    Differences from the docs: the field may also be sent form-encoded. Without `pipeline_id` no project
    permission is needed. The undocumented `pipeline_id` field is not a dry run: it schedules a new
    pipeline from the YAML in that pipeline's workflow. An invalid document is answered with 400 and the
    validator's message as a JSON string, often in Elixir term syntax (e.g. `"{:malformed,
    {:expected_map, \\"Asdfghjkl\\"}}"`). JSON responses may come without a Content-Type header.

    Args:
        body (YamlValidationRequest | Unset):
        body (YamlValidationRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[YamlValidationResult | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: YamlValidationRequest | YamlValidationRequest | Unset = UNSET,
) -> YamlValidationResult | str | None:
    """Validate a pipeline YAML

     Checks a pipeline YAML document against the pipeline schema.

    Differences from the docs: the field may also be sent form-encoded. Without `pipeline_id` no project
    permission is needed. The undocumented `pipeline_id` field is not a dry run: it schedules a new
    pipeline from the YAML in that pipeline's workflow. An invalid document is answered with 400 and the
    validator's message as a JSON string, often in Elixir term syntax (e.g. `"{:malformed,
    {:expected_map, \\"Asdfghjkl\\"}}"`). JSON responses may come without a Content-Type header.

    Args:
        body (YamlValidationRequest | Unset):
        body (YamlValidationRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        YamlValidationResult | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
