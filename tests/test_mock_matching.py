"""Choosing the fixture that answers a request (semaphore_spec.mock.matching)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from conftest import ROOT, built_surfaces
from semaphore_spec.fixtures import Fixture
from semaphore_spec.mock import create_app
from semaphore_spec.mock.matching import RequestFacts, by_name, choose
from semaphore_spec.mock.transport import MockTransport
from semaphore_spec.mock.validation import NO_BODY

CREDENTIALS = frozenset({"auth_token"})


def fixture(
    status: int,
    path: str,
    *,
    variant: str | None = None,
    query: dict[str, Any] | None = None,
    body: Any = NO_BODY,
) -> Fixture:
    request: dict[str, Any] = {"method": "GET", "path": path}
    if query is not None:
        request["query"] = query
    if body is not NO_BODY:
        request["body"] = body
    name = f"op.{status}" + (f".{variant}" if variant else "")
    return Fixture(
        file=f"tests/fixtures/x/{name}.yaml",
        operation_id="op",
        status=status,
        variant=variant,
        summary="",
        source="constructed",
        request=request,
        response={"status": status, "body": {"status": status}},
    )


def facts(
    path: str, query: dict[str, list[str]] | None = None, body: Any = NO_BODY
) -> RequestFacts:
    return RequestFacts(path=path, query=query or {}, body=body, defaults={"page": "1"})


def chosen(fixtures: list[Fixture], request: RequestFacts, status: int | None = None) -> str:
    match = choose(fixtures, request, CREDENTIALS, status=status)
    assert match is not None
    return match.fixture.name


def test_the_fixture_at_the_same_path_wins() -> None:
    fixtures = [fixture(200, "/projects/a"), fixture(200, "/projects/b", variant="b")]
    assert chosen(fixtures, facts("/projects/b")) == "200-b"
    assert chosen(fixtures, facts("/projects/a")) == "200"


def test_query_then_body_break_ties() -> None:
    fixtures = [
        fixture(200, "/p", query={"state": "done"}, variant="done"),
        fixture(200, "/p", query={"state": "running"}, variant="running"),
        fixture(200, "/p", body={"kind": "x"}, variant="x"),
    ]
    assert chosen(fixtures, facts("/p", {"state": ["running"]})) == "200-running"
    assert chosen(fixtures, facts("/p", {"state": ["done"]})) == "200-done"
    assert chosen(fixtures, facts("/p", body={"kind": "x"})) == "200-x"


def test_the_documented_example_beats_a_variant_when_nothing_else_differs() -> None:
    fixtures = [fixture(200, "/p", variant="running"), fixture(200, "/p")]
    assert chosen(fixtures, facts("/other")) == "200"


def test_credentials_never_count() -> None:
    fixtures = [fixture(200, "/p", query={"auth_token": "TOKEN"}, variant="t"), fixture(200, "/q")]
    assert chosen(fixtures, facts("/p", {})) == "200-t"
    match = choose(fixtures, facts("/p", {}), CREDENTIALS)
    assert match is not None and match.exact


def test_a_failure_tied_to_its_url_answers_that_url_only() -> None:
    fixtures = [
        fixture(200, "/builds/1"),
        fixture(404, "/builds/1", query={"commit_sha": "missing"}),
    ]
    assert chosen(fixtures, facts("/builds/1", {"commit_sha": ["missing"]})) == "404"
    assert chosen(fixtures, facts("/builds/1", {"commit_sha": ["other"]})) == "200"
    assert chosen(fixtures, facts("/builds/2", {"commit_sha": ["missing"]})) == "200"


def test_failures_a_body_alone_provokes_and_server_errors_are_never_chosen() -> None:
    fixtures = [
        fixture(200, "/run", body={"project_id": "a"}),
        fixture(400, "/run", body={"project_id": "b"}),
        fixture(500, "/run/x"),
    ]
    assert chosen(fixtures, facts("/run", body={"project_id": "b"})) == "200"
    assert chosen(fixtures, facts("/run/x")) == "200"


@pytest.mark.parametrize("refused", [401, 403])
def test_a_recorded_refusal_of_the_token_never_answers_on_its_own(refused: int) -> None:
    # The 401/403 recording has the URL the request has exactly; the success
    # recording has a query. The mock's token has every permission: the success wins.
    fixtures = [fixture(200, "/secrets", query={"page_size": "1"}), fixture(refused, "/secrets")]
    assert chosen(fixtures, facts("/secrets")) == "200"
    # ... and with no success recorded at all, nothing is chosen (the schema answers).
    assert choose([fixture(refused, "/secrets")], facts("/secrets"), CREDENTIALS) is None
    # Asked for, the refusal is still served.
    assert chosen(fixtures, facts("/secrets"), status=refused) == str(refused)


def test_other_failures_tied_to_their_url_still_answer() -> None:
    # Only credentials are exempt: a 404 recorded for the exact URL still answers it.
    fixtures = [fixture(200, "/p", query={"page_size": "1"}), fixture(404, "/p")]
    assert chosen(fixtures, facts("/p")) == "404"


def test_the_recording_of_the_same_cursor_wins() -> None:
    fixtures = [
        fixture(200, "/n", query={"page_size": "1"}),
        fixture(200, "/n", query={"page_token": "T2"}, variant="last"),
    ]
    sent = {"page_size": ["1"], "page_token": ["T2"]}
    position = RequestFacts(
        path="/n", query=sent, body=NO_BODY, defaults={}, position=frozenset({"page_token"})
    )
    assert chosen(fixtures, position) == "200-last"
    # Without knowing which parameter is a position, the documented example wins the tie.
    assert chosen(fixtures, RequestFacts(path="/n", query=sent, body=NO_BODY, defaults={})) == "200"


def test_asking_for_a_status_picks_among_fixtures_of_that_status() -> None:
    fixtures = [fixture(200, "/p"), fixture(500, "/q"), fixture(500, "/p", variant="here")]
    assert chosen(fixtures, facts("/p"), status=500) == "500-here"
    assert choose(fixtures, facts("/p"), CREDENTIALS, status=404) is None


def test_no_success_fixture_means_no_match() -> None:
    assert choose([fixture(404, "/p")], facts("/other"), CREDENTIALS) is None
    assert choose([], facts("/p"), CREDENTIALS) is None


def test_query_defaults_count_as_sent() -> None:
    fixtures = [fixture(200, "/p", query={"page": "2"}, variant="two"), fixture(200, "/p")]
    for query, name in (({}, "200"), ({"page": ["1"]}, "200"), ({"page": ["2"]}, "200-two")):
        match = choose(fixtures, facts("/p", query), CREDENTIALS)
        assert match is not None and match.exact
        assert match.fixture.name == name


def test_form_values_match_as_text() -> None:
    fixtures = [fixture(200, "/p", body={"override": "true"}, variant="t"), fixture(200, "/p")]
    assert chosen(fixtures, facts("/p", body={"override": True})) == "200-t"


def test_fixtures_are_found_by_name() -> None:
    fixtures = [fixture(200, "/p"), fixture(200, "/p", variant="running")]
    for name in ("200-running", "op-200-running", "op.200.running"):
        found = by_name(fixtures, name)
        assert found is not None and found.variant == "running"
    assert by_name(fixtures, "404") is None


@pytest.fixture(scope="module")
def v1() -> httpx.Client:
    transport = MockTransport(create_app(ROOT, ["v1"]))
    return httpx.Client(transport=transport, base_url="https://semaphoreci.com/api/v1")


def test_v1_launch_build_of_a_missing_commit_is_the_recorded_404(v1: httpx.Client) -> None:
    path = "/projects/73c4b979-0a40-49db-b10e-571d41e10d9a/133529/build"
    missing = v1.post(
        path, params={"auth_token": "T", "commit_sha": "0d6e8a53c3b1f2e94b7a1c5d8e2f60a9b4c3d7e1"}
    )
    assert (missing.status_code, missing.json()) == (404, {"error": "Commit not found."})
    rebuilt = v1.post(path, params={"auth_token": "T"})
    assert rebuilt.status_code == 200 and rebuilt.json()["result"] is None


def test_v1_a_running_build_is_served_for_its_own_url(v1: httpx.Client) -> None:
    # getBuild.200.running.yaml records a build that has not finished.
    from semaphore_spec.fixtures import load_fixtures

    running = next(
        f for f in load_fixtures(ROOT, "v1") if f.file.endswith("getBuild.200.running.yaml")
    )
    answer = v1.get(running.request["path"], params={"auth_token": "T"})
    assert answer.json() == running.response["body"]


def test_prefer_selects_a_documented_answer(v1: httpx.Client) -> None:
    path = "/projects/73c4b979-0a40-49db-b10e-571d41e10d9a/133529/build"
    asked = v1.post(path, params={"auth_token": "T"}, headers={"Prefer": "code=404"})
    assert (asked.status_code, asked.json()) == (404, {"error": "Commit not found."})
    named = v1.post(path, params={"auth_token": "T"}, headers={"Prefer": "example=200-commit-sha"})
    assert named.json()["branch_name"] == "master"
    refused = v1.post(path, params={"auth_token": "T"}, headers={"Prefer": "code=418"})
    assert refused.status_code == 400
    assert refused.text == "semaphore-spec mock: launchBuild documents no 418 response"


@pytest.mark.skipif("v1alpha" not in built_surfaces(), reason="v1alpha is not published")
def test_v1alpha_self_hosted_job_log_redirects_for_its_own_job() -> None:
    client = httpx.Client(
        transport=MockTransport(create_app(ROOT, ["v1alpha"])),
        base_url="https://myorg.semaphoreci.com/api/v1alpha",
        headers={"Authorization": "Token T"},
    )
    redirected = client.get("/logs/d02e4b06-52db-4bcd-b76c-d9532ad5fd3c")
    assert redirected.status_code == 302
    assert "jwt=" in redirected.headers["location"]
    assert client.get("/logs/4e3a6f2b-1111-4222-8333-944455556666").status_code == 200


@pytest.mark.skipif("v1alpha" not in built_surfaces(), reason="v1alpha is not published")
def test_v1alpha_list_without_a_query_is_not_the_recorded_401() -> None:
    client = httpx.Client(
        transport=MockTransport(create_app(ROOT, ["v1alpha"])),
        base_url="https://myorg.semaphoreci.com/api/v1alpha",
        headers={"Authorization": "Token T"},
    )
    listed = client.get("/notifications")
    assert listed.status_code == 200, listed.text
    assert "notifications" in listed.json()
    asked = client.get("/notifications", headers={"Prefer": "code=401"})
    assert (asked.status_code, asked.text) == (401, "Unauthorized")
