"""Requests checked against the spec, and refused in each surface's own words.

(semaphore_spec.mock.validation, .errors, .routing)
"""

from __future__ import annotations

import json

import httpx
import pytest

from conftest import ROOT, built_surfaces, published
from semaphore_spec.mock import Exchange, MockResponse, create_app, validation
from semaphore_spec.mock.document import Document
from semaphore_spec.mock.routing import normalize
from semaphore_spec.mock.transport import MockTransport
from semaphore_spec.mock.validation import IncomingRequest, validate

needs_v1alpha = pytest.mark.skipif("v1alpha" not in built_surfaces(), reason="not published")
needs_v2 = pytest.mark.skipif("v2" not in built_surfaces(), reason="v2 is not published")


@pytest.fixture(scope="module")
def client() -> httpx.Client:
    """Every published surface, as a client with no default credentials."""
    return httpx.Client(transport=MockTransport(create_app(ROOT)), base_url="https://mock.test")


def is_json(response: httpx.Response) -> bool:
    return str(response.headers.get("content-type", "")).startswith("application/json")


def test_paths_are_normalised() -> None:
    assert normalize("/v2//orgs/") == "/v2/orgs"
    assert normalize("//api///v1") == "/api/v1"
    assert normalize("") == "/"


def test_parameters_are_read_as_their_schema_types() -> None:
    document = Document(published("v1"))
    view = next(v for v in document.operations if v.operation_id == "getBranchHistory")
    request = IncomingRequest(
        path_params={"hash_id": "abc", "branch_id": "85"},
        query={"page": ["2"]},
        headers={},
        cookies={},
        body=b"",
    )
    parsed, problems = validate(document, view, request)
    assert problems == []
    assert parsed.parameters[("path", "branch_id")] == 85
    assert parsed.parameters[("query", "page")] == 2
    bad = IncomingRequest({"hash_id": "abc", "branch_id": "x"}, {"page": ["0"]}, {}, {}, b"")
    _, problems = validate(document, view, bad)
    assert [(p.location, p.kind, p.name) for p in problems] == [
        ("path", "invalid", "branch_id"),
        ("query", "invalid", "page"),
    ]


def test_v1_refusals_are_error_objects(client: httpx.Client) -> None:
    token = {"auth_token": "T"}
    bad_id = client.get("/api/v1/projects/abc/xyz/status", params=token)
    assert bad_id.status_code == 404 and is_json(bad_id)
    assert bad_id.json() == {"error": "path parameter 'branch_id': 'xyz' is not of type 'integer'"}
    bad_page = client.get("/api/v1/projects/abc/85", params={**token, "page": "0"})
    assert bad_page.status_code == 404 and "'page'" in bad_page.json()["error"]
    hooks = "/api/v1/projects/abc/hooks"
    missing = client.post(hooks, params=token, json={"url": "http://example.com"})
    assert missing.status_code == 422
    assert missing.json() == {"error": "body field 'hook_type': 'hook_type' is a required property"}
    malformed = client.post(
        hooks, params=token, content=b"{", headers={"Content-Type": "application/json"}
    )
    assert malformed.status_code == 400 and set(malformed.json()) == {"error"}


def test_v1_unknown_routes_and_wrong_methods_are_404(client: httpx.Client) -> None:
    for method, path in (("GET", "/api/v1/nothing"), ("DELETE", "/api/v1/projects")):
        answer = client.request(method, path, params={"auth_token": "T"})
        assert (answer.status_code, answer.json()) == (404, {"error": "Not found."})
    outside = client.get("/elsewhere")
    assert (outside.status_code, outside.text) == (404, "Not Found")


def test_double_slashes_and_trailing_slashes_reach_the_operation(client: httpx.Client) -> None:
    for path in ("/api/v1//projects", "/api//v1/projects/", "//api/v1/projects"):
        answer = client.get(f"https://mock.test{path}", params={"auth_token": "T"})
        assert answer.status_code == 200, path


def test_head_is_get_without_a_body(client: httpx.Client) -> None:
    head = client.head("/api/v1/projects", params={"auth_token": "T"})
    get = client.get("/api/v1/projects", params={"auth_token": "T"})
    assert head.status_code == 200 and head.content == b""
    assert head.headers["content-length"] == str(len(get.content))


@needs_v1alpha
def test_v1alpha_refusals_follow_the_backend(client: httpx.Client) -> None:
    auth = {"Authorization": "Token T"}
    base = "/api/v1alpha"
    malformed = client.post(
        f"{base}/plumber-workflows",
        content=b"{nope",
        headers={**auth, "Content-Type": "application/json"},
    )
    assert malformed.status_code == 400
    assert malformed.headers["content-type"].startswith("text/plain")
    assert malformed.text.startswith("Malformed request: ")
    not_uuid = client.delete(
        f"{base}/deployment_targets/410bf56b-b0dc-46d2-b939-87c88a21bb84",
        params={"unique_token": "not-a-uuid"},
        headers=auth,
    )
    assert not_uuid.status_code == 400
    assert not_uuid.headers["content-type"].startswith("text/plain")
    assert "unique_token" in not_uuid.text
    wrong_method = client.delete(f"{base}/pipelines", headers=auth)
    assert (wrong_method.status_code, wrong_method.text) == (404, "oops")
    unknown = client.get(f"{base}/pipelinesX", headers=auth)
    assert (unknown.status_code, unknown.text) == (404, "oops")
    gateway = client.delete(f"{base}/jobs/eb156454-98b1-44f0-a8c6-4cb794031adb", headers=auth)
    assert gateway.status_code == 405
    assert gateway.json() == {"code": 12, "message": "Method Not Allowed", "details": []}
    gateway_unknown = client.get(f"{base}/jobs/a/b/c", headers=auth)
    assert gateway_unknown.json()["code"] == 5
    elsewhere = client.get(f"{base}/no-such-service", headers=auth)
    assert (elsewhere.status_code, elsewhere.content) == (404, b"")


# Paths no operation answers under the prefixes the v1alpha service (and, under
# /projects, the project service) serves: both answer `oops`, never an empty 404.
V1ALPHA_UNROUTED = [
    "/members//role",
    "/roles/",
    "/groups/",
    "/permissions/all",
    "/role_bindings/x",
    "/service_accounts//deactivate",
    "/artifacts/list",
    "/troubleshoot/job/",
    "/projects//members//role",
]


@needs_v1alpha
@pytest.mark.parametrize("path", V1ALPHA_UNROUTED)
def test_v1alpha_unrouted_paths_answer_oops(client: httpx.Client, path: str) -> None:
    answer = client.put(f"/api/v1alpha{path}", headers={"Authorization": "Token T"})
    assert (answer.status_code, answer.text) == (404, "oops")
    assert answer.headers["content-type"].startswith("text/plain")


@needs_v2
def test_v2_refusals_name_the_fields(client: httpx.Client) -> None:
    auth = {"Authorization": "Token T"}
    teams = "/v2/orgs/renderedtext/teams"
    missing = client.post(teams, json={"name": "developers"}, headers=auth)
    assert missing.status_code == 422
    assert missing.json() == {
        "message": "Validation Failed",
        "errors": [{"resource": "Teams", "field": "permission", "code": "missing_field"}],
    }
    wrong = client.post(teams, json={"name": 7, "permission": "edit"}, headers=auth)
    assert wrong.status_code == 422
    assert wrong.json()["errors"] == [{"resource": "Teams", "field": "name", "code": "not_valid"}]
    malformed = client.post(
        teams, content=b"{", headers={**auth, "Content-Type": "application/json"}
    )
    assert (malformed.status_code, malformed.json()) == (400, {"message": "Problems parsing JSON"})
    unknown = client.get("/v2/nothing", headers=auth)
    assert (unknown.status_code, unknown.json()) == (404, {"message": "Not Found"})
    wrong_method = client.put("/v2/orgs", headers=auth)
    assert (wrong_method.status_code, json.loads(wrong_method.content)) == (
        404,
        {"message": "Not Found"},
    )


def test_a_refusal_sent_again_is_the_same_and_a_hook_cannot_change_the_next_one() -> None:
    # Refusals and jsonschema's messages are worked out once per bad value (errors.py,
    # validation.py); each answer must still be a fresh copy with the right words.
    calls: list[int] = []

    def tamper_once(exchange: Exchange, response: MockResponse) -> MockResponse:
        calls.append(1)
        if len(calls) == 1:
            response.headers.append(("X-Seen", "1"))
            response.status = 599
        return response

    app = create_app(ROOT, ["v1"], response_hook=tamper_once)
    with httpx.Client(transport=MockTransport(app), base_url="https://mock.test") as client:
        answers = [
            client.get(f"/api/v1/projects/abc/{branch}/status", params={"auth_token": "T"})
            for branch in ("xyz", "xyz", "abc", "xyz")
        ]
        validation._PROBLEMS.clear()  # worked out anew, the words are the same
        again = client.get("/api/v1/projects/abc/xyz/status", params={"auth_token": "T"})
    assert [a.status_code for a in answers] == [599, 404, 404, 404]
    assert all("x-seen" not in a.headers for a in answers[1:])
    assert [a.json()["error"] for a in answers] == [
        f"path parameter 'branch_id': '{branch}' is not of type 'integer'"
        for branch in ("xyz", "xyz", "abc", "xyz")
    ]
    assert again.json() == answers[1].json()
