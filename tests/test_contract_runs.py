"""Contract runs against the in-process mock: selection, stateful links, reports, redaction."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from conftest import ROOT
from semaphore_spec.contract.memory import AnswerRelease
from semaphore_spec.contract.reports import write_reports
from semaphore_spec.contract.results import ContractResult
from semaphore_spec.contract.runner import ContractOptions, run_contract
from semaphore_spec.mock import Exchange, MockResponse, create_app
from semaphore_spec.mock.surfaces import load_surfaces
from semaphore_spec.mutation import FAULTS, FaultyApp

TOKEN = "contract-test-token-7f3a"
SEED = 7


def test_a_read_only_run_sends_only_gets_to_the_selected_operations() -> None:
    reached: list[Exchange] = []

    def record(exchange: Exchange, response: MockResponse) -> MockResponse:
        reached.append(exchange)
        return response

    app = create_app(ROOT, ["v1alpha"], response_hook=record)
    options = ContractOptions(
        surface="v1alpha",
        token=TOKEN,
        app=app,
        tags=("Deployment targets",),
        max_examples=3,
        seed=SEED,
    )
    result = run_contract(ROOT, options)
    assert result.passed, result.failures or result.errors
    assert {e.request.method for e in reached} == {"GET"}
    assert {e.operation_id for e in reached} == {
        "listDeploymentTargets",
        "describeDeploymentTarget",
        "listDeploymentHistory",
    }
    # The project's own checks ran on every operation, next to Schemathesis' built-in ones.
    for operation in result.operations.values():
        assert {
            "PaginationConsistency",
            "ErrorBodyFormat",
            "CredentialsRequired",
            "response_schema_conformance",
        } <= set(operation.checks)


def test_a_stateful_run_follows_the_declared_create_then_read_links() -> None:
    agent_types = {
        "DescribeAgentType",
        "UpdateAgentType",
        "DeleteAgentType",
        "DisableAgentTypeAgents",
    }
    targets = {
        "DescribeDeploymentTarget",
        "UpdateDeploymentTarget",
        "ActivateDeploymentTarget",
        "DeactivateDeploymentTarget",
        "ListDeploymentHistory",
    }
    # Which links a run of five examples follows is up to chance: one seed followed only
    # the targets' links when the file ran alone and both in the whole suite. Every run
    # must pass; the links followed are counted over up to five seeds.
    followed: set[str] = set()
    for seed in range(SEED, SEED + 5):
        options = ContractOptions(
            surface="v1alpha",
            token=TOKEN,
            app=create_app(ROOT, ["v1alpha"]),
            allow_writes=True,
            stateless_server=True,
            tags=("Self-hosted agent types",),
            # Not deleteDeploymentTarget: the mock answers a conforming DELETE of the
            # recorded target with that target's recorded 400 for a missing
            # `unique_token` (a mock bug).
            operation_ids=(
                "createDeploymentTarget",
                "describeDeploymentTarget",
                "updateDeploymentTarget",
                "activateDeploymentTarget",
                "deactivateDeploymentTarget",
                "listDeploymentHistory",
            ),
            max_examples=5,
            seed=seed,
        )
        result = run_contract(ROOT, options)
        assert result.passed, result.failures or result.errors
        assert result.links_total == len(agent_types | targets)
        # Transition ids read `POST /self_hosted_agent_types -> [200] DescribeAgentType -> GET ...`.
        followed |= {link.split("] ")[1].split(" ->")[0] for link in result.declared_links_followed}
        if followed & agent_types and followed & targets and len(followed) >= 4:
            break
    assert followed <= agent_types | targets
    assert followed & agent_types and followed & targets
    assert len(followed) >= 4


def test_emptying_every_answer_after_its_scenario_leaves_the_faithful_mock_green(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # At `--har-max-body 0` every answer counts as huge (`contract.memory.AnswerRelease`):
    # emptied once its scenario is reported, none may be missed by a later check or link.
    releases: list[AnswerRelease] = []
    watch = AnswerRelease.watch

    def watching(release: AnswerRelease, schema: Any) -> None:
        releases.append(release)
        watch(release, schema)

    monkeypatch.setattr(AnswerRelease, "watch", watching)
    options = ContractOptions(
        surface="v2",
        token=TOKEN,
        app=create_app(ROOT, ["v2"]),
        allow_writes=True,
        max_examples=3,
        seed=SEED,
        har_max_body=0,
    )
    result = run_contract(ROOT, options)
    assert result.passed, result.failures or result.errors
    assert result.stateful_scenarios > 0
    (release,) = releases
    assert release.emptied > result.requests // 2


@pytest.fixture(scope="module")
def failing_run() -> tuple[ContractResult, list[str]]:
    """A run against the v2 mock whose `Total` lies, and its progress lines."""
    fault = next(f for f in FAULTS if f.name == "v2-wrong-total")
    app = FaultyApp(load_surfaces(ROOT, ["v2"]), fault)
    lines: list[str] = []
    options = ContractOptions(
        surface="v2",
        token=TOKEN,
        app=app,
        operation_ids=("listOrgUsers", "getOrg"),
        max_examples=3,
        seed=SEED,
    )
    result = run_contract(ROOT, options, progress=lines.append)
    return result, lines


def test_a_failure_is_reported_per_operation(
    failing_run: tuple[ContractResult, list[str]], tmp_path: Path
) -> None:
    result, lines = failing_run
    assert not result.passed
    assert {f.operation for f in result.failures} == {"GET /orgs/{org_username}/users"}
    assert {f.check for f in result.failures} == {"PaginationConsistency"}
    assert any(line.startswith("  FAILED  GET /orgs/{org_username}/users") for line in lines)
    assert any(line.startswith("  ok      GET /orgs/{username} (getOrg)") for line in lines)


def test_reports_carry_the_results_and_never_the_token(
    failing_run: tuple[ContractResult, list[str]], tmp_path: Path
) -> None:
    result, lines = failing_run
    paths = write_reports(result, tmp_path)
    for path in paths.values():
        assert TOKEN not in path.read_text(encoding="utf-8"), path
    assert not any(TOKEN in line for line in lines)

    suite = ET.parse(paths["junit"]).getroot()
    cases = {case.get("name"): case for case in suite.iter("testcase")}
    assert set(cases) == {
        "GET /orgs/{org_username}/users (listOrgUsers)",
        "GET /orgs/{username} (getOrg)",
    }
    failure = cases["GET /orgs/{org_username}/users (listOrgUsers)"].find("failure")
    assert failure is not None and "Total does not match the items" in failure.get("message", "")
    assert cases["GET /orgs/{username} (getOrg)"].find("failure") is None

    summary = paths["markdown"].read_text(encoding="utf-8")
    assert "| `GET /orgs/{org_username}/users` | listOrgUsers |" in summary
    assert "PaginationConsistency ✗" in summary
    assert "curl -X GET -H 'Authorization: Token '\"$SEMAPHORE_API_TOKEN\"" in summary

    har = json.loads(paths["har"].read_text(encoding="utf-8"))
    entries = har["log"]["entries"]
    assert len(entries) == len(result.exchanges) > 0
    authorizations = {
        header["value"]
        for entry in entries
        for header in entry["request"]["headers"]
        if header["name"].lower() == "authorization"
    }
    assert authorizations == {"Token [REDACTED]"}
    assert any(entry["response"]["status"] == 401 for entry in entries)  # the auth probes


def test_a_page_the_body_counts_but_the_server_refuses_is_a_failure() -> None:
    # Every members page says the list has three pages, yet page_no=1 answers 404: a
    # client looping on `total_pages` would break, and the pagination check must say so.
    def miscount(exchange: Exchange, response: MockResponse) -> MockResponse:
        if exchange.operation_id != "listMembers" or response.status != 200:
            return response
        if "page_no=1" in exchange.request.query_string.split("&"):
            return MockResponse(404, [("Content-Type", "text/plain")], b"Not found")
        body = {**json.loads(response.content), "total_pages": 3}
        return MockResponse(200, [("Content-Type", "application/json")], json.dumps(body).encode())

    options = ContractOptions(
        surface="v1alpha",
        token=TOKEN,
        app=create_app(ROOT, ["v1alpha"], response_hook=miscount),
        operation_ids=("listMembers",),
        max_examples=1,
        seed=SEED,
        phases=("examples",),
    )
    result = run_contract(ROOT, options)
    titles = {(f.check, f.title) for f in result.failures}
    assert ("PaginationConsistency", "A counted page is missing") in titles, titles
