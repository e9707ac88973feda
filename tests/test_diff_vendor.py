"""Tests for `semaphore-spec diff --vendor`: drift between a server's own OpenAPI
document (shaped like OpenApiSpex's 3.0 output) and ours, in both directions."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from conftest import built_surfaces
from semaphore_spec import cli
from semaphore_spec.diff import DiffError
from semaphore_spec.diff.command import run

WORKFLOW_30 = {
    "title": "Workflows.Workflow",
    "type": "object",
    "properties": {
        "wf_id": {"type": "string", "format": "uuid"},
        "triggered_by": {"type": "string", "enum": ["HOOK", "SCHEDULE", "API"]},
        "hook_id": {"type": "string", "format": "uuid", "nullable": True},
    },
}


def _vendor() -> dict[str, Any]:
    """A small document in OpenApiSpex's form: 3.0, namespaced operationIds, nullable."""
    return {
        "openapi": "3.0.0",
        "info": {"title": "Semaphore Public API", "version": "v2"},
        "servers": [{"url": "https://{org_name}.semaphoreci.com/api/v2"}],
        "paths": {
            "/workflows/{wf_id}": {
                "get": {
                    "operationId": "Workflows.Describe",
                    "parameters": [
                        {
                            "name": "wf_id",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string"},
                        }
                    ],
                    "responses": {
                        "200": {
                            "description": "",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Workflows.Workflow"}
                                }
                            },
                        },
                        "404": {"description": "Not Found"},
                    },
                }
            }
        },
        "components": {"schemas": {"Workflows.Workflow": WORKFLOW_30}},
    }


def _ours() -> dict[str, Any]:
    """The same API in our form: 3.1, lowerCamelCase ids, `null` in `type`."""
    workflow = copy.deepcopy(WORKFLOW_30)
    del workflow["properties"]["hook_id"]["nullable"]
    workflow["properties"]["hook_id"]["type"] = ["string", "null"]
    document = copy.deepcopy(_vendor())
    document["openapi"] = "3.1.0"
    document["paths"]["/workflows/{wf_id}"]["get"]["operationId"] = "describeWorkflow"
    document["components"]["schemas"] = {"Workflow": workflow}
    document["paths"]["/workflows/{wf_id}"]["get"]["responses"]["200"]["content"][
        "application/json"
    ]["schema"] = {"$ref": "#/components/schemas/Workflow"}
    return document


def _run(tmp_path: Path, vendor: dict[str, Any], ours: dict[str, Any]) -> tuple[int, str]:
    """Run `diff --vendor` on the two documents written as files; its exit code."""
    (tmp_path / "vendor.json").write_text(json.dumps(vendor), encoding="utf-8")
    (tmp_path / "org-public-v2").mkdir(exist_ok=True)
    (tmp_path / "org-public-v2" / "openapi.json").write_text(json.dumps(ours), encoding="utf-8")
    argv = [
        "diff",
        "--vendor",
        str(tmp_path / "vendor.json"),
        str(tmp_path / "org-public-v2" / "openapi.json"),
    ]
    args = cli.parser(argv).parse_args(argv)
    return int(run(args)), ""


def test_same_api_in_both_forms_is_no_drift(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _ = _run(tmp_path, _vendor(), _ours())
    out = capsys.readouterr().out
    assert code == 0
    assert "No changes to the API." in out
    assert "## org-public-v2 — vendor's" in out


def test_operation_only_in_ours_is_compatible_drift(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ours = _ours()
    ours["paths"]["/workflows"] = {
        "get": {"operationId": "listWorkflows", "responses": {"200": {"description": "ok"}}}
    }
    code, _ = _run(tmp_path, _vendor(), ours)
    out = capsys.readouterr().out
    assert code == 0
    assert "`GET /workflows`" in out and "operation-added" in out


def test_operation_only_in_vendor_is_breaking_drift(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vendor = _vendor()
    vendor["paths"]["/canvases"] = {
        "post": {"operationId": "Canvases.Create", "responses": {"200": {"description": "ok"}}}
    }
    code, _ = _run(tmp_path, vendor, _ours())
    out = capsys.readouterr().out
    assert code == 1
    assert "`POST /canvases`" in out and "operation-removed" in out


def test_type_change_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ours = _ours()
    ours["components"]["schemas"]["Workflow"]["properties"]["wf_id"] = {"type": "integer"}
    code, _ = _run(tmp_path, _vendor(), ours)
    out = capsys.readouterr().out
    assert code == 1
    assert "type-changed" in out and "wf_id" in out


def test_enum_value_only_in_ours_is_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ours = _ours()
    ours["components"]["schemas"]["Workflow"]["properties"]["triggered_by"]["enum"].append(
        "MANUAL_RUN"
    )
    code, _ = _run(tmp_path, _vendor(), ours)
    out = capsys.readouterr().out
    assert "MANUAL_RUN" in out
    assert code == 1  # a client of the vendor's document cannot read the new value


def test_status_only_in_vendor_is_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ours = _ours()
    del ours["paths"]["/workflows/{wf_id}"]["get"]["responses"]["404"]
    _run(tmp_path, _vendor(), ours)
    out = capsys.readouterr().out
    assert "404" in out and "response-status-removed" in out


def test_nullable_dropped_by_ours_is_drift(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ours = _ours()
    ours["components"]["schemas"]["Workflow"]["properties"]["hook_id"]["type"] = "string"
    _run(tmp_path, _vendor(), ours)
    assert "hook_id" in capsys.readouterr().out


def test_vendor_needs_two_files(tmp_path: Path) -> None:
    (tmp_path / "vendor.json").write_text(json.dumps(_vendor()), encoding="utf-8")
    argv = ["diff", "--vendor", str(tmp_path / "vendor.json"), "HEAD"]
    args = cli.parser(argv).parse_args(argv)
    with pytest.raises(DiffError, match="two files"):
        run(args)


def test_not_openapi_is_a_typed_error(tmp_path: Path) -> None:
    with pytest.raises(DiffError, match="not an OpenAPI 3 document"):
        _run(tmp_path, {"swagger": "2.0", "paths": {}}, _ours())


@pytest.mark.parametrize("surface", built_surfaces())
def test_our_own_30_downgrade_read_as_vendor_shows_no_drift(
    surface: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # The 3.0 form we publish is what a 3.0 generator (like OpenApiSpex) writes: read
    # back as a vendor document it must mean exactly our 3.1 document.
    folder = Path(__file__).resolve().parent.parent / "published" / surface
    if not (folder / "openapi.3.0.json").is_file():
        pytest.skip("not built")
    argv = ["diff", "--vendor", str(folder / "openapi.3.0.json"), str(folder / "openapi.json")]
    args = cli.parser(argv).parse_args(argv)
    assert run(args) == 0
    assert "No changes to the API." in capsys.readouterr().out
