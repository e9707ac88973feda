from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.promotion_refused import PromotionRefused
from ...models.promotion_trigger_form import PromotionTriggerForm
from ...models.promotion_trigger_request import PromotionTriggerRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: PromotionTriggerRequest | PromotionTriggerForm | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/promotions",
    }

    if isinstance(body, PromotionTriggerRequest):
        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    if isinstance(body, PromotionTriggerForm):
        if not isinstance(body, Unset):
            _kwargs["data"] = body.to_dict()
        headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PromotionRefused | str | None:
    if response.status_code == 200:
        response_200 = cast(str, response.json())
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

    if response.status_code == 409:
        response_409 = PromotionRefused.from_dict(response.json())

        return response_409

    if response.status_code == 500:
        response_500 = response.text
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PromotionRefused | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PromotionTriggerRequest | PromotionTriggerForm | Unset = UNSET,
) -> Response[PromotionRefused | str]:
    """Trigger a promotion

     Promotes a pipeline to one of its promotion targets.

    Differences from the docs: the fields may come from the query string, a form body or a JSON body.
    Promotion parameters are top-level keys, and every key other than `pipeline_id`, `name`, `override`
    and `request_token` (stray query parameters included) is taken as one; an undeclared parameter, a
    value outside the parameter's options, a missing required parameter or a non-string value makes the
    server fail with 500, not 400. `override` must be a boolean or `"true"`/`"false"`, else 400. The
    undocumented `request_token` makes retries safe: a repeated token is answered with success without a
    second trigger. The success body is the JSON string `"Promotion successfully triggered."` (the docs
    show an empty 200). An unknown target or a refused trigger (pipeline not passed without override,
    target blocked) is answered with 400 and the reason as a JSON string; newer server versions answer a
    refusal with 409 and a `{"code": "REFUSED", "message": ...}` object. A missing permission is
    answered with 404. JSON responses may come without a Content-Type header.

    Args:
        body (PromotionTriggerRequest | Unset): Every key besides the named ones is a promotion
            parameter (top-level keys, not a nested object). This includes stray query-string
            parameters. Parameters must be strings.
        body (PromotionTriggerForm | Unset): The same fields, form-encoded (the docs' curl
            example).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PromotionRefused | str]
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
    body: PromotionTriggerRequest | PromotionTriggerForm | Unset = UNSET,
) -> PromotionRefused | str | None:
    """Trigger a promotion

     Promotes a pipeline to one of its promotion targets.

    Differences from the docs: the fields may come from the query string, a form body or a JSON body.
    Promotion parameters are top-level keys, and every key other than `pipeline_id`, `name`, `override`
    and `request_token` (stray query parameters included) is taken as one; an undeclared parameter, a
    value outside the parameter's options, a missing required parameter or a non-string value makes the
    server fail with 500, not 400. `override` must be a boolean or `"true"`/`"false"`, else 400. The
    undocumented `request_token` makes retries safe: a repeated token is answered with success without a
    second trigger. The success body is the JSON string `"Promotion successfully triggered."` (the docs
    show an empty 200). An unknown target or a refused trigger (pipeline not passed without override,
    target blocked) is answered with 400 and the reason as a JSON string; newer server versions answer a
    refusal with 409 and a `{"code": "REFUSED", "message": ...}` object. A missing permission is
    answered with 404. JSON responses may come without a Content-Type header.

    Args:
        body (PromotionTriggerRequest | Unset): Every key besides the named ones is a promotion
            parameter (top-level keys, not a nested object). This includes stray query-string
            parameters. Parameters must be strings.
        body (PromotionTriggerForm | Unset): The same fields, form-encoded (the docs' curl
            example).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PromotionRefused | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PromotionTriggerRequest | PromotionTriggerForm | Unset = UNSET,
) -> Response[PromotionRefused | str]:
    """Trigger a promotion

     Promotes a pipeline to one of its promotion targets.

    Differences from the docs: the fields may come from the query string, a form body or a JSON body.
    Promotion parameters are top-level keys, and every key other than `pipeline_id`, `name`, `override`
    and `request_token` (stray query parameters included) is taken as one; an undeclared parameter, a
    value outside the parameter's options, a missing required parameter or a non-string value makes the
    server fail with 500, not 400. `override` must be a boolean or `"true"`/`"false"`, else 400. The
    undocumented `request_token` makes retries safe: a repeated token is answered with success without a
    second trigger. The success body is the JSON string `"Promotion successfully triggered."` (the docs
    show an empty 200). An unknown target or a refused trigger (pipeline not passed without override,
    target blocked) is answered with 400 and the reason as a JSON string; newer server versions answer a
    refusal with 409 and a `{"code": "REFUSED", "message": ...}` object. A missing permission is
    answered with 404. JSON responses may come without a Content-Type header.

    Args:
        body (PromotionTriggerRequest | Unset): Every key besides the named ones is a promotion
            parameter (top-level keys, not a nested object). This includes stray query-string
            parameters. Parameters must be strings.
        body (PromotionTriggerForm | Unset): The same fields, form-encoded (the docs' curl
            example).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PromotionRefused | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PromotionTriggerRequest | PromotionTriggerForm | Unset = UNSET,
) -> PromotionRefused | str | None:
    """Trigger a promotion

     Promotes a pipeline to one of its promotion targets.

    Differences from the docs: the fields may come from the query string, a form body or a JSON body.
    Promotion parameters are top-level keys, and every key other than `pipeline_id`, `name`, `override`
    and `request_token` (stray query parameters included) is taken as one; an undeclared parameter, a
    value outside the parameter's options, a missing required parameter or a non-string value makes the
    server fail with 500, not 400. `override` must be a boolean or `"true"`/`"false"`, else 400. The
    undocumented `request_token` makes retries safe: a repeated token is answered with success without a
    second trigger. The success body is the JSON string `"Promotion successfully triggered."` (the docs
    show an empty 200). An unknown target or a refused trigger (pipeline not passed without override,
    target blocked) is answered with 400 and the reason as a JSON string; newer server versions answer a
    refusal with 409 and a `{"code": "REFUSED", "message": ...}` object. A missing permission is
    answered with 404. JSON responses may come without a Content-Type header.

    Args:
        body (PromotionTriggerRequest | Unset): Every key besides the named ones is a promotion
            parameter (top-level keys, not a nested object). This includes stray query-string
            parameters. Parameters must be strings.
        body (PromotionTriggerForm | Unset): The same fields, form-encoded (the docs' curl
            example).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PromotionRefused | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
