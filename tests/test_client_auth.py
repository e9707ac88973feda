"""Auth, URLs and identity per surface, as spec/surfaces.yaml describes them.

The expected header names, query parameters and prefixes are read from the registry,
so these tests check that the registry's facts reached the generated clients.
"""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest

import semaphoreci_openapi
from client_support import CANARY, PROJECT_ID, Recorder
from conftest import REGISTRY
from semaphoreci_openapi.v1 import Client as V1Client
from semaphoreci_openapi.v1alpha import Client as V1alphaClient
from semaphoreci_openapi.v2 import Client as V2Client


def scheme(surface: str, index: int = 0) -> dict[str, Any]:
    entry = REGISTRY[surface].auth[index]
    return {"in": entry.location, "param": entry.param, "prefix": entry.token_prefix}


def test_v1_sends_the_token_as_the_registry_query_parameter() -> None:
    recorder = Recorder()
    V1Client(CANARY, transport=recorder.transport()).list_projects()
    (request,) = recorder.seen
    facts = scheme("v1")
    assert facts["in"] == "query"
    assert request.url.params.get_list(facts["param"]) == [CANARY]
    assert "authorization" not in request.headers
    assert str(request.url).startswith(REGISTRY["v1"].servers["default"].url)


def test_v1alpha_sends_the_token_header_with_its_prefix_to_the_org_host() -> None:
    recorder = Recorder()
    client = V1alphaClient(CANARY, org_name="acme", transport=recorder.transport())
    client.list_workflows(project_id=PROJECT_ID)
    (request,) = recorder.seen
    facts = scheme("v1alpha")
    assert request.headers[facts["param"]] == facts["prefix"] + CANARY
    assert request.url.host == "acme.semaphoreci.com"
    assert request.url.path == "/api/v1alpha/plumber-workflows"
    assert "auth_token" not in request.url.params


def test_v1alpha_bearer_scheme_on_request() -> None:
    recorder = Recorder()
    client = V1alphaClient(
        CANARY, org_name="acme", auth="bearerToken", transport=recorder.transport()
    )
    client.list_workflows(project_id=PROJECT_ID)
    assert recorder.seen[0].headers["authorization"] == f"Bearer {CANARY}"


def test_v1alpha_org_root_server_follows_the_org() -> None:
    recorder = Recorder()
    client = V1alphaClient(CANARY, org_name="acme", transport=recorder.transport())
    client.get_job_plain_logs("d3b9d5a8-0d8b-4c4c-9a6e-1a2b3c4d5e6f")
    assert str(recorder.seen[0].url).startswith("https://acme.semaphoreci.com/jobs/")


@pytest.mark.parametrize(
    ("auth", "header", "query"), [("tokenHeader", True, False), ("tokenQuery", False, True)]
)
def test_v2_header_by_default_or_query_never_both(auth: str, header: bool, query: bool) -> None:
    recorder = Recorder()
    client = V2Client(
        CANARY,
        auth=auth,  # type: ignore[arg-type]
        transport=recorder.transport(),
        headers={"Authorization": "Token someone-else"},  # must not survive either way
    )
    client.list_orgs()
    (request,) = recorder.seen
    assert ("authorization" in request.headers) is header
    assert ("auth_token" in request.url.params) is query
    if header:
        assert request.headers["authorization"] == f"Token {CANARY}"
    else:
        assert request.url.params["auth_token"] == CANARY


def test_v2_default_scheme_is_the_first_of_the_registry() -> None:
    recorder = Recorder()
    V2Client(CANARY, transport=recorder.transport()).list_orgs()
    assert scheme("v2")["in"] == "header"
    assert "authorization" in recorder.seen[0].headers


def test_user_agent_names_client_and_version() -> None:
    recorder = Recorder()
    client = V2Client(CANARY, transport=recorder.transport(), user_agent="acme-bot/2.1")
    client.list_orgs()
    agent = recorder.seen[0].headers["user-agent"]
    assert agent.startswith("acme-bot/2.1 semaphoreci-openapi/")
    assert f"semaphoreci-openapi/{semaphoreci_openapi.__version__} (v2;" in agent
    assert not re.match(r"SemaphoreCLI/", agent)  # the server rejects old CLI agents


def test_token_is_not_sent_to_another_host_on_redirect() -> None:
    seen: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.host == "myorg.semaphoreci.com":
            return httpx.Response(302, headers={"Location": "https://storage.example.com/log"})
        return httpx.Response(200, json={"events": []})

    client = V1alphaClient(CANARY, org_name="myorg", transport=httpx.MockTransport(handle))
    client.get_job_logs("d3b9d5a8-0d8b-4c4c-9a6e-1a2b3c4d5e6f")
    first, second = seen
    assert first.headers["authorization"] == f"Token {CANARY}"
    assert second.url.host == "storage.example.com"
    assert "authorization" not in second.headers and CANARY not in str(second.url)


def test_token_is_not_sent_over_plain_http() -> None:
    seen: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.scheme == "https":
            return httpx.Response(302, headers={"Location": "http://myorg.semaphoreci.com/x"})
        return httpx.Response(200, json={"events": []})

    client = V1alphaClient(CANARY, org_name="myorg", transport=httpx.MockTransport(handle))
    client.get_job_logs("d3b9d5a8-0d8b-4c4c-9a6e-1a2b3c4d5e6f")
    assert "authorization" not in seen[1].headers


@pytest.mark.parametrize("org", ["evil.com/x", "a@b", "x#", "", "-lead", "a b"])
def test_org_name_cannot_change_the_host(org: str) -> None:
    with pytest.raises(ValueError):
        V1alphaClient(CANARY, org_name=org)


@pytest.mark.parametrize("url", ["http://api.example.com/v2", "ftp://x/v2", "/v2", "https:///v2"])
def test_base_url_must_be_https_except_loopback(url: str) -> None:
    with pytest.raises(ValueError):
        V2Client(CANARY, base_url=url)


def test_loopback_base_url_and_derived_servers() -> None:
    client = V1alphaClient(CANARY, org_name="myorg", base_url="http://127.0.0.1:9/api/v1alpha/")
    assert client.base_url == "http://127.0.0.1:9/api/v1alpha"
    assert client._servers["org_root"] == "http://127.0.0.1:9"
    bare = V1alphaClient(CANARY, org_name="myorg", base_url="http://localhost:9")
    with pytest.raises(ValueError, match="server_urls"):
        bare.get_job_plain_logs("x")


def test_token_is_required_and_stripped() -> None:
    with pytest.raises(ValueError):
        V2Client("  ")
    recorder = Recorder()
    V2Client(f"{CANARY}\n", transport=recorder.transport()).list_orgs()
    assert recorder.seen[0].headers["authorization"] == f"Token {CANARY}"


def test_timeouts_are_finite() -> None:
    with pytest.raises(ValueError):
        V2Client(CANARY, timeout=httpx.Timeout(None))
    client = V2Client(CANARY)
    assert client._timeout.read is not None and client._timeout.connect is not None


def test_repr_names_the_client_not_the_token() -> None:
    client = V1alphaClient(CANARY, org_name="myorg")
    text = repr(client)
    assert "myorg.semaphoreci.com" in text and "apiToken" in text
    assert CANARY not in text
