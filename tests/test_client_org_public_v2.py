"""The org-public-v2 client: built from a token and an organization name, bearer auth,
and the token-paged iterators walking `link` rel="next" across pages of the mock."""

from __future__ import annotations

from pathlib import Path

import httpx

from conftest import REGISTRY
from semaphore_spec.mock.app import create_app
from semaphore_spec.mock.transport import MockTransport
from semaphoreci_openapi.org_public_v2 import Client
from semaphoreci_openapi.testing import FixtureTransport

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "org-public-v2"
PROJECT = "c394d20b-b3c6-4c90-b743-a9a65fa95a78"


def test_describe_from_recorded_exchange_with_bearer_auth() -> None:
    seen: list[httpx.Request] = []
    fixtures = FixtureTransport.from_path(FIXTURES)

    def spy(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return fixtures.handle_request(request)

    client = Client("TOKEN", org_name="myorg", transport=httpx.MockTransport(spy))
    workflow = client.describe_workflow("a1f1d4a6-2b8d-4c1e-9d0e-5f0b8f5e6c11")
    assert workflow.triggered_by == "HOOK"
    assert seen[0].headers["authorization"] == "Bearer TOKEN"
    assert str(seen[0].url).startswith("https://myorg.semaphoreci.com/api/v2/workflows/")


def test_iterator_follows_page_tokens_of_the_mock() -> None:
    transport = MockTransport(create_app(ROOT, ["org-public-v2"]))
    client = Client("TOKEN", org_name="myorg", transport=transport)
    pages = list(client.iter_list_projects(page_size=1, max_items=5))
    # The recorded list has one project; a page of one ends the walk after it.
    assert [p.metadata.name for p in pages] == ["web"]
    secrets = list(client.iter_list_secrets(page_size=1))
    assert [s.metadata.name for s in secrets] == ["aws-credentials"]


def test_token_style_headers_middle_page() -> None:
    from semaphore_spec.mock.pagination import Page, headers_for, paged

    style = paged(REGISTRY["org-public-v2"].pagination["page-token"])
    assert style is not None
    out = headers_for(style, Page(2, 10, 25), lambda n: f"http://h/x?page_token={n}")
    assert out["link"] == (
        '<http://h/x?page_token=1>; rel="first", <http://h/x?page_token=1>; rel="prev", '
        '<http://h/x?page_token=3>; rel="next"'
    )
    assert (out["per-page"], out["next-page-token"], out["previous-page-token"]) == ("10", "3", "1")
    last = headers_for(style, Page(3, 10, 25), lambda n: f"u{n}")
    assert "next-page-token" not in last and 'rel="next"' not in last["link"]
    assert 'rel="last"' not in last["link"]


def test_mock_serves_the_surface_under_api_v2() -> None:
    transport = MockTransport(create_app(ROOT, ["org-public-v2"]))
    with httpx.Client(transport=transport, base_url="https://myorg.semaphoreci.com") as http:
        answer = http.get(
            "/api/v2/secrets", params={"page_size": 1}, headers={"Authorization": "Bearer T"}
        )
        assert answer.status_code == 200
        assert answer.headers["per-page"] == "1" and 'rel="first"' in answer.headers["link"]
        assert http.get("/api/v2/secrets").status_code == 401
        assert http.get("/api/v2/nowhere", headers={"Authorization": "Bearer T"}).json() == {
            "message": "The requested path could not be found."
        }


def test_one_transport_for_several_surfaces_answers_each_from_its_own_folder() -> None:
    # `listProjects` is GET /projects on v1 and here; each client gets its own recording.
    from semaphoreci_openapi.v1 import Client as V1Client

    both = FixtureTransport.from_path(ROOT / "tests" / "fixtures" / "v1", FIXTURES)
    ours = Client("TOKEN", org_name="myorg", transport=both).list_projects()
    classic = V1Client("TOKEN", transport=both).list_projects()
    assert [p.metadata.name for p in ours] == ["web"]
    assert classic and all(not hasattr(p, "metadata") for p in classic)


def test_mock_takes_any_page_token_without_failing() -> None:
    # Tokens are opaque to clients: a token that is not one of the mock's page numbers
    # (here a superscript digit, which `str.isdigit` accepts) is the first page.
    transport = MockTransport(create_app(ROOT, ["org-public-v2"]))
    with httpx.Client(transport=transport, base_url="https://myorg.semaphoreci.com") as http:
        for token in ("³", "Mg", "2"):
            answer = http.get(
                "/api/v2/secrets",
                params={"page_token": token},
                headers={"Authorization": "Bearer T"},
            )
            assert answer.status_code == 200, token
