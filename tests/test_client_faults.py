"""The fault matrix: what the client does with each way a server can misbehave.

Every case runs against a real HTTP server on 127.0.0.1 (`ScriptedServer`) that plays
a script of answers, and states the expected outcome: the value returned or the
exception raised, and how many requests reached the server (retries included).
"""

from __future__ import annotations

import copy
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from client_support import (
    CANARY,
    CUT_SHORT,
    FAST,
    PROJECT_ID,
    RESET,
    SILENCE,
    Reply,
    ScriptedServer,
    fixture_body,
    scripted_server,
)
from semaphoreci_openapi import RetryPolicy, Unset
from semaphoreci_openapi.errors import (
    AuthenticationError,
    InvalidRequestError,
    RateLimitedError,
    RequestTimeoutError,
    ResponseParseError,
    ServerError,
    TransportError,
    UnexpectedStatusError,
    UnsafeLinkError,
)
from semaphoreci_openapi.v1alpha import Client
from semaphoreci_openapi.v1alpha.models import (
    PipelineDescribedState,
    WorkflowRescheduleRequest,
    WorkflowRunRequest,
)
from semaphoreci_openapi.v2 import Client as V2Client
from semaphoreci_openapi.v2.models import TeamCreate

WORKFLOW_ID = "a99a75c3-f921-4fa9-a43f-69b2cede6274"
PIPELINE = fixture_body("v1alpha", "describePipeline.200")
WORKFLOWS = fixture_body("v1alpha", "listWorkflows.200")
JSON = {"Content-Type": "application/json"}
FOREIGN = "https://evil.example.com"


def pipeline_with(**changes: Any) -> dict[str, Any]:
    """The documented describePipeline body with `pipeline` fields changed (None: removed)."""
    body = copy.deepcopy(PIPELINE)
    for key, value in changes.items():
        if value is None:
            body["pipeline"].pop(key, None)
        else:
            body["pipeline"][key] = value
    return dict(body)


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    with scripted_server() as running:
        yield running


def v1alpha(server: ScriptedServer, **options: Any) -> Client:
    options.setdefault("retry", RetryPolicy(**FAST))
    return Client(CANARY, org_name="myorg", base_url=server.url("/api/v1alpha"), **options)


def v2(server: ScriptedServer) -> V2Client:
    return V2Client(CANARY, base_url=server.url("/v2"), retry=RetryPolicy(**FAST))


def list_workflows(server: ScriptedServer) -> Any:
    return v1alpha(server).list_workflows(project_id=PROJECT_ID)


def describe_pipeline(server: ScriptedServer) -> Any:
    return v1alpha(server).describe_pipeline("6cf4569c-f76c-4dea-b293-3e4282ba1153")


def run_workflow(server: ScriptedServer) -> Any:
    body = WorkflowRunRequest(project_id=PROJECT_ID, reference="master")
    return v1alpha(server).run_workflow(body=body)


def reschedule_with_token(server: ScriptedServer) -> Any:
    return v1alpha(server).reschedule_workflow(
        WORKFLOW_ID,
        request_token="2f6c1e0a-0000-4000-8000-000000000001",
        body=WorkflowRescheduleRequest(),
    )


def create_team(server: ScriptedServer) -> Any:
    body = TeamCreate(name="devs", permission="write")
    return v2(server).create_team("renderedtext", body=body)


def iterate_workflows(server: ScriptedServer) -> Any:
    return list(v1alpha(server).iter_list_workflows(project_id=PROJECT_ID))


@dataclass(frozen=True)
class Case:
    """One row of the matrix: a call, the server's script, and what must come of it."""

    call: Callable[[ScriptedServer], Any]
    script: tuple[Reply | str, ...]
    requests: int
    raises: type[Exception] | None = None
    check: Callable[[Any], None] | None = None


def unknown_state(result: Any) -> None:
    state = result.pipeline.state
    assert state == "paused" and not state.is_known and state.value == "paused"
    assert result.to_dict()["pipeline"]["state"] == "paused"


def upper_case_state(result: Any) -> None:
    state = result.pipeline.state
    assert state == PipelineDescribedState.DONE and state.value == "DONE"
    assert state.known is PipelineDescribedState.DONE


def extra_fields(result: Any) -> None:
    assert result.pipeline.additional_properties["brand_new"] == {"nested": [1, 2]}
    assert result.to_dict()["pipeline"]["brand_new"] == {"nested": [1, 2]}
    assert result.additional_properties["top_level_extra"] is True


def missing_optional(result: Any) -> None:
    assert isinstance(result.pipeline.result, Unset)
    assert isinstance(result.pipeline.result_reason, Unset)
    assert "result" not in result.to_dict()["pipeline"]


def parsed_workflows(result: Any) -> None:
    assert [w.wf_id for w in result] == [w["wf_id"] for w in WORKFLOWS]


def parsed_pipeline(result: Any) -> None:
    assert result.pipeline.ppl_id == PIPELINE["pipeline"]["ppl_id"]


CASES: dict[str, Case] = {
    "truncated JSON": Case(
        list_workflows, (Reply(200, '[{"wf_id": "a', JSON),), 1, ResponseParseError
    ),
    "HTML page with 200": Case(
        list_workflows,
        (Reply(200, "<html><body>Maintenance</body></html>", {"Content-Type": "text/html"}),),
        1,
        ResponseParseError,
    ),
    "HTML error page (500, not retried)": Case(
        list_workflows,
        (Reply(500, "<html><h1>Internal Server Error</h1></html>", {"Content-Type": "text/html"}),),
        1,
        ServerError,
    ),
    "HTML 502 from the proxy, retried then given up": Case(
        list_workflows,
        (Reply(502, "<html>Bad Gateway</html>", {"Content-Type": "text/html"}),) * 4,
        4,
        ServerError,
    ),
    "wrong content type (JSON sent as text/html)": Case(
        list_workflows,
        (Reply(200, WORKFLOWS, {"Content-Type": "text/html"}),),
        1,
        check=parsed_workflows,
    ),
    "no content type at all": Case(
        describe_pipeline, (Reply(200, PIPELINE),), 1, check=parsed_pipeline
    ),
    "unknown enum value": Case(
        describe_pipeline,
        (Reply(200, pipeline_with(state="paused"), JSON),),
        1,
        check=unknown_state,
    ),
    "enum value in another case": Case(
        describe_pipeline,
        (Reply(200, pipeline_with(state="DONE"), JSON),),
        1,
        check=upper_case_state,
    ),
    "extra fields": Case(
        describe_pipeline,
        (
            Reply(
                200, {**pipeline_with(brand_new={"nested": [1, 2]}), "top_level_extra": True}, JSON
            ),
        ),
        1,
        check=extra_fields,
    ),
    "missing optional fields": Case(
        describe_pipeline,
        (Reply(200, pipeline_with(result=None, result_reason=None), JSON),),
        1,
        check=missing_optional,
    ),
    "429 then success": Case(
        list_workflows,
        (Reply(429, "Throttled", {"Retry-After": "0"}), Reply(200, WORKFLOWS, JSON)),
        2,
        check=parsed_workflows,
    ),
    "503 three times then success": Case(
        list_workflows,
        (Reply(503, "Service Unavailable"),) * 3 + (Reply(200, WORKFLOWS, JSON),),
        4,
        check=parsed_workflows,
    ),
    "connection reset then success": Case(
        list_workflows, (RESET, Reply(200, WORKFLOWS, JSON)), 2, check=parsed_workflows
    ),
    "body cut short then success": Case(
        list_workflows, (CUT_SHORT, Reply(200, WORKFLOWS, JSON)), 2, check=parsed_workflows
    ),
    "connection reset every time": Case(list_workflows, (RESET,) * 4, 4, TransportError),
    "POST without idempotency token fails with 503 (not retried)": Case(
        run_workflow, (Reply(503, "Service Unavailable"), Reply(200, {})), 1, ServerError
    ),
    "POST without idempotency token, connection reset (not retried)": Case(
        run_workflow, (RESET, Reply(200, {})), 1, TransportError
    ),
    "POST with idempotency token: 503 then success (retried)": Case(
        reschedule_with_token,
        (
            Reply(503, "Service Unavailable"),
            Reply(200, {"wf_id": WORKFLOW_ID, "ppl_id": WORKFLOW_ID}),
        ),
        2,
        check=lambda result: None,
    ),
    "status 520 from the CDN": Case(
        list_workflows, (Reply(520, "<html>origin error</html>"),), 1, ServerError
    ),
    "status 418, undocumented": Case(
        list_workflows, (Reply(418, "teapot"),), 1, UnexpectedStatusError
    ),
    "401 plain text": Case(list_workflows, (Reply(401, "Unauthorized"),), 1, AuthenticationError),
    "400 with a JSON string body": Case(
        list_workflows, (Reply(400, '"Invalid argument"'),), 1, InvalidRequestError
    ),
    "422 with errors[]": Case(
        create_team,
        (
            Reply(
                422,
                {
                    "message": "Validation Failed",
                    "errors": [{"resource": "Teams", "field": "name", "code": "missing_field"}],
                },
                JSON,
            ),
        ),
        1,
        InvalidRequestError,
    ),
    "429 for longer than max_wait (not retried)": Case(
        list_workflows, (Reply(429, "Throttled", {"Retry-After": "3600"}),), 1, RateLimitedError
    ),
    "pagination link to another host": Case(
        iterate_workflows,
        (
            Reply(
                200,
                WORKFLOWS,
                {
                    **JSON,
                    "link": f'<{FOREIGN}/api/v1alpha/plumber-workflows?page=2>; rel="next"',
                },
            ),
        ),
        1,
        UnsafeLinkError,
    ),
}


@pytest.mark.parametrize("name", CASES)
def test_fault_matrix(name: str, server: ScriptedServer) -> None:
    case = CASES[name]
    server.script(*case.script)
    if case.raises is not None:
        with pytest.raises(case.raises) as caught:
            case.call(server)
        assert CANARY not in str(caught.value)
    else:
        result = case.call(server)
        assert case.check is not None
        case.check(result)
    assert len(server.seen) == case.requests, [s.target for s in server.seen]


def test_idempotency_token_is_the_same_on_every_attempt(server: ScriptedServer) -> None:
    server.script(RESET, Reply(503), Reply(200, {"wf_id": WORKFLOW_ID, "ppl_id": WORKFLOW_ID}))
    reschedule_with_token(server)
    targets = [httpx.URL(seen.target).params.get("request_token") for seen in server.seen]
    assert targets == ["2f6c1e0a-0000-4000-8000-000000000001"] * 3


def test_errors_carry_status_body_method_and_url(server: ScriptedServer) -> None:
    server.script(
        Reply(
            422,
            {
                "message": "Validation Failed",
                "errors": [{"resource": "Teams", "field": "name", "code": "missing_field"}],
            },
            JSON,
        )
    )
    with pytest.raises(InvalidRequestError) as caught:
        create_team(server)
    error = caught.value
    assert error.status_code == 422 and error.method == "POST"
    assert error.url == server.url("/v2/orgs/renderedtext/teams")
    assert error.message == "Validation Failed"
    assert [(e.resource, e.field, e.code) for e in error.errors] == [
        ("Teams", "name", "missing_field")
    ]


def test_json_string_and_plain_text_bodies(server: ScriptedServer) -> None:
    server.script(Reply(400, '"Invalid argument"'), Reply(404, "Not Found"))
    with pytest.raises(InvalidRequestError) as json_string:
        list_workflows(server)
    assert (
        json_string.value.body == "Invalid argument"
        and json_string.value.text == '"Invalid argument"'
    )
    with pytest.raises(Exception) as plain:
        list_workflows(server)
    assert plain.value.body == "Not Found"  # type: ignore[attr-defined]


def test_non_standard_status_is_kept(server: ScriptedServer) -> None:
    server.script(Reply(520, "origin error"))
    with pytest.raises(ServerError) as caught:
        list_workflows(server)
    assert caught.value.status_code == 520 and "520" in str(caught.value)


def test_retry_after_is_honoured(server: ScriptedServer) -> None:
    server.script(Reply(429, "Throttled", {"Retry-After": "1"}), Reply(200, WORKFLOWS, JSON))
    start = time.monotonic()
    list_workflows(server)
    assert time.monotonic() - start >= 0.95
    assert len(server.seen) == 2


def test_rate_limit_reset_is_reported(server: ScriptedServer) -> None:
    server.script(Reply(429, "Throttled", {"X-RateLimit-Reset": "2099-06-28 15:00:00 +0000"}))
    with pytest.raises(RateLimitedError) as caught:
        v2(server).list_orgs()
    assert caught.value.reset_at is not None and caught.value.reset_at.year == 2099
    assert len(server.seen) == 1  # far beyond max_wait: given up at once


def test_timeout_is_raised_not_waited_forever(server: ScriptedServer) -> None:
    server.script(SILENCE)
    client = v1alpha(server, timeout=0.3, retry=RetryPolicy.never())
    start = time.monotonic()
    with pytest.raises(RequestTimeoutError):
        client.list_workflows(project_id=PROJECT_ID)
    assert time.monotonic() - start < 5


def test_per_call_policy_overrides_the_client(server: ScriptedServer) -> None:
    server.script(Reply(503), Reply(200, WORKFLOWS, JSON))
    client = v1alpha(server)
    with pytest.raises(ServerError):
        client.with_options(retry=RetryPolicy.never()).list_workflows(project_id=PROJECT_ID)
    assert len(server.seen) == 1
    assert len(client.list_workflows(project_id=PROJECT_ID)) == len(WORKFLOWS)


async def _async_cases(server: ScriptedServer) -> None:
    client = v1alpha(server)
    server.script(Reply(503), Reply(503), RESET, Reply(200, WORKFLOWS, JSON))
    assert len(await client.list_workflows_async(project_id=PROJECT_ID)) == len(WORKFLOWS)
    server.script(Reply(503))
    with pytest.raises(ServerError):
        await client.run_workflow_async(
            body=WorkflowRunRequest(project_id=PROJECT_ID, reference="x")
        )
    await client.aclose()


def test_async_retries_and_unsafe_requests(server: ScriptedServer) -> None:
    import asyncio

    asyncio.run(_async_cases(server))
    assert len(server.seen) == 5
