"""The request the client builds per call is what httpx would have built from the same
arguments: the query it now writes into the URL itself (one URL parse instead of two),
the timeout it hands httpx as an extension, and the copy the auth transport makes.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from client_support import CANARY, PROJECT_ID, Recorder
from semaphoreci_openapi._runtime.client import DEFAULT_TIMEOUT
from semaphoreci_openapi.v1alpha import Client
from semaphoreci_openapi.v1alpha.api.pipelines import describe_pipeline

BASE = "http://127.0.0.1:9/api/v1alpha"


def sent(request: dict[str, Any], **options: Any) -> httpx.Request:
    """The request the client sends for the endpoint-module `request` mapping."""
    recorder = Recorder()
    client = Client(CANARY, org_name="o", base_url=BASE, transport=recorder.transport(), **options)
    client._call(describe_pipeline.OPERATION, request, lambda response: response)
    (seen,) = recorder.seen
    return seen


QUERIES = {
    "plain": {"project_id": PROJECT_ID, "page": 1, "page_size": 30},
    "reserved characters": {"q": "a b&c=d/e?f#g+h%i"},
    "non-ASCII": {"branch": "fix/é-ünïcode 🚀"},
    "booleans and None": {"yes": True, "no": False, "none": None, "zero": 0, "x": 1.5},
    "list values": {"label": ["one", "two words", ""]},
    "empty value": {"empty": ""},
}


@pytest.mark.parametrize("params", list(QUERIES.values()), ids=list(QUERIES))
def test_query_in_the_url_is_what_httpx_params_would_send(params: dict[str, Any]) -> None:
    request = sent({"method": "get", "url": "/pipelines", "params": params})
    expected = httpx.Client().build_request("GET", BASE + "/pipelines", params=params).url
    assert request.url == expected
    assert request.url.raw_path == expected.raw_path


def test_empty_params_add_no_question_mark() -> None:
    request = sent({"method": "get", "url": "/pipelines", "params": {}})
    assert str(request.url) == BASE + "/pipelines"


def test_params_with_a_url_that_has_a_query_are_left_to_httpx() -> None:
    # A next-page link comes with its own query: httpx decides what `params=` does to it.
    link = BASE + "/pipelines?page=2&project_id=old"
    params = {"project_id": "new", "x": "1"}
    request = sent({"method": "get", "url": link, "params": params})
    assert request.url == httpx.Client().build_request("GET", link, params=params).url


def test_generated_method_sends_the_quoted_path_and_query() -> None:
    recorder = Recorder()
    client = Client(CANARY, org_name="o", base_url=BASE, transport=recorder.transport())
    client.list_pipelines(project_id="a b&c", page_size=7)
    (request,) = recorder.seen
    assert request.url.path == "/api/v1alpha/pipelines"
    assert request.url.params["project_id"] == "a b&c"
    assert request.url.params["page_size"] == "7"
    assert b"a+b%26c" in request.url.query


def test_timeout_reaches_the_transport_and_follows_with_options() -> None:
    timeout = httpx.Timeout(7.0, connect=3.0)
    request = sent({"method": "get", "url": "/x"}, timeout=timeout)
    assert request.extensions["timeout"] == timeout.as_dict()
    recorder = Recorder()
    client = Client(CANARY, org_name="o", base_url=BASE, transport=recorder.transport())
    other = client.with_options(timeout=2.5)
    other._call(describe_pipeline.OPERATION, {"method": "get", "url": "/x"}, lambda r: r)
    client._call(describe_pipeline.OPERATION, {"method": "get", "url": "/x"}, lambda r: r)
    first, second = recorder.seen
    assert first.extensions["timeout"] == httpx.Timeout(2.5).as_dict()
    assert second.extensions["timeout"] == DEFAULT_TIMEOUT.as_dict()


def test_auth_copy_keeps_every_other_header_once_and_replaces_any_token_header() -> None:
    request = sent(
        {
            "method": "get",
            "url": "/x",
            "headers": {"X-One": "1", "AUTHORIZATION": "Token someone-else", "x-two": "2"},
        },
        headers={"X-Client": "c"},
    )
    names = [name.lower() for name, _ in request.headers.multi_items()]
    assert len(names) == len(set(names))
    assert request.headers.get_list("authorization") == [f"Token {CANARY}"]
    assert (request.headers["x-one"], request.headers["x-two"]) == ("1", "2")
    assert request.headers["x-client"] == "c"
