"""Credentials as each surface takes them (semaphore_spec.mock.auth), read from the registry."""

from __future__ import annotations

import httpx
import pytest

from conftest import REGISTRY, ROOT, built_surfaces
from semaphore_spec.mock import create_app
from semaphore_spec.mock.auth import AuthOutcome, Scheme, check, schemes
from semaphore_spec.mock.transport import MockTransport


def outcome(surface: str, query: dict[str, list[str]], headers: dict[str, str]) -> AuthOutcome:
    return check(schemes(REGISTRY[surface].auth), query, headers)


def test_schemes_come_from_the_registry() -> None:
    assert schemes(REGISTRY["v1"].auth) == (Scheme("authToken", "query", "auth_token", ""),)
    v1alpha = schemes(REGISTRY["v1alpha"].auth)
    assert [(s.location, s.param, s.prefix) for s in v1alpha] == [
        ("header", "Authorization", "Token "),
        ("header", "Authorization", "Bearer "),
    ]


def test_v1_takes_the_query_token_only() -> None:
    assert outcome("v1", {"auth_token": ["t"]}, {}) is AuthOutcome.OK
    assert outcome("v1", {}, {"authorization": "Token t"}) is AuthOutcome.MISSING
    assert outcome("v1", {"auth_token": [""]}, {}) is AuthOutcome.MISSING


def test_v1alpha_takes_token_or_bearer_in_the_header() -> None:
    assert outcome("v1alpha", {}, {"authorization": "Token t"}) is AuthOutcome.OK
    assert outcome("v1alpha", {}, {"authorization": "bearer t"}) is AuthOutcome.OK
    assert outcome("v1alpha", {}, {"authorization": "Basic t"}) is AuthOutcome.MISSING
    assert outcome("v1alpha", {}, {"authorization": "Token "}) is AuthOutcome.MISSING
    assert outcome("v1alpha", {"auth_token": ["t"]}, {}) is AuthOutcome.MISSING


def test_v2_takes_header_or_query_but_not_both() -> None:
    assert outcome("v2", {}, {"authorization": "Token t"}) is AuthOutcome.OK
    assert outcome("v2", {"auth_token": ["t"]}, {}) is AuthOutcome.OK
    both = outcome("v2", {"auth_token": ["t"]}, {"authorization": "Token t"})
    assert both is AuthOutcome.MULTIPLE


def test_schemes_write_the_credentials_they_read() -> None:
    for surface in REGISTRY.values():
        for scheme in schemes(surface.auth):
            query, headers = scheme.credentials("secret")
            found = scheme.token(
                {k: [v] for k, v in query.items()}, {k.lower(): v for k, v in headers.items()}
            )
            assert found == "secret", scheme


def _client(surface: str, base_url: str) -> httpx.Client:
    return httpx.Client(transport=MockTransport(create_app(ROOT, [surface])), base_url=base_url)


def test_v1_missing_token_is_the_plain_text_unauthorized() -> None:
    client = _client("v1", "https://semaphoreci.com/api/v1")
    refused = client.get("/projects")
    assert refused.status_code == 401
    assert refused.headers["content-type"].startswith("text/plain")
    assert refused.text == "Unauthorized"
    assert client.get("/projects", params={"auth_token": "anything"}).status_code == 200


@pytest.mark.skipif("v1alpha" not in built_surfaces(), reason="v1alpha is not published")
def test_v1alpha_missing_token_is_the_ingress_unauthorized() -> None:
    client = _client("v1alpha", "https://myorg.semaphoreci.com/api/v1alpha")
    refused = client.get("/pipelines/3e8f1d4c-1b7a-4d5e-9c2f-6a7b8c9d0e1f")
    assert (refused.status_code, refused.text) == (401, "Unauthorized")
    bearer = client.get(
        "/pipelines/3e8f1d4c-1b7a-4d5e-9c2f-6a7b8c9d0e1f", headers={"Authorization": "Bearer t"}
    )
    assert bearer.status_code == 200
    # The old log endpoint lives at the host root and takes the same token.
    root = _client("v1alpha", "https://myorg.semaphoreci.com")
    logs = root.get("/jobs/4e3a6f2b-1111-4222-8333-944455556666/plain_logs.json")
    assert logs.status_code == 401


@pytest.mark.skipif("v2" not in built_surfaces(), reason="v2 is not published")
def test_v2_refuses_a_missing_token_and_two_tokens() -> None:
    client = _client("v2", "https://api.semaphoreci.com/v2")
    missing = client.get("/orgs")
    assert (missing.status_code, missing.json()) == (
        401,
        {"message": "Invalid authentication token."},
    )
    both = client.get("/orgs", params={"auth_token": "t"}, headers={"Authorization": "Token t"})
    assert (both.status_code, both.json()) == (
        401,
        {"message": "Multiple authentication tokens provided."},
    )
    assert client.get("/orgs", params={"auth_token": "t"}).status_code == 200
    assert client.get("/orgs", headers={"Authorization": "Token t"}).status_code == 200
