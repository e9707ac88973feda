"""The build's cache key: every module of the pipeline counts, tool versions apart.

`build --check` trusts the lock (`published/<surface>/openapi.lock.json`) to say whether
the outputs are current, so the lock's input hashes must change with every file that can
change an output. The key covers the whole `generator/semaphore_spec` package (see
`lock.SHARED_INPUTS` for why); these tests edit each module of a copy of the project and
require the surfaces to read as stale, the way `build --check` decides.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from project_copy import cli, copy_project

from conftest import ROOT, built_surfaces
from semaphore_spec.lock import LOCK_NAME, staleness, tool_versions
from semaphore_spec.registry import load_registry

PACKAGE = ROOT / "generator" / "semaphore_spec"
MODULES = sorted(str(p.relative_to(ROOT)) for p in PACKAGE.rglob("*.py"))


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One copy of the project's inputs and committed outputs, shared by every check."""
    return copy_project(tmp_path_factory.mktemp("cache-key"))


@pytest.fixture(scope="module")
def tools() -> dict[str, str]:
    """The installed tool versions (one `ruff --version` call for the whole module)."""
    return tool_versions()


def stale_surfaces(project: Path, tools: dict[str, str]) -> list[str]:
    """The surfaces whose lock no longer matches the project (what `--check` rebuilds)."""
    return [s.name for s in load_registry(project).values() if staleness(project, s, tools)]


def test_the_copy_starts_up_to_date(project: Path, tools: dict[str, str]) -> None:
    assert stale_surfaces(project, tools) == []


def test_the_package_has_modules_to_check() -> None:
    # A moved package would make the parametrised test below check nothing.
    assert len(MODULES) > 40
    assert "generator/semaphore_spec/publish/downgrade.py" in MODULES


@pytest.mark.parametrize("module", MODULES)
def test_editing_a_module_makes_every_surface_stale(
    module: str, project: Path, tools: dict[str, str]
) -> None:
    path = project / module
    original = path.read_bytes()
    # A comment changes no behaviour, but the key hashes files: it must still count.
    path.write_bytes(original + b"\n# edited\n")
    try:
        assert stale_surfaces(project, tools) == built_surfaces()
    finally:
        path.write_bytes(original)


def test_check_fails_after_an_edit_of_the_downgrader(project: Path) -> None:
    # Regression: the hand-kept list of modules missed publish/, so `build --check`
    # passed while published/*/openapi.3.0.* were stale.
    surface = built_surfaces()[0]
    path = project / "generator" / "semaphore_spec" / "publish" / "downgrade.py"
    original = path.read_bytes()
    path.write_bytes(original + b"\n# edited\n")
    try:
        result = cli(project, "build", "--check", "--surface", surface)
    finally:
        path.write_bytes(original)
    assert result.returncode == 1, result.stdout + result.stderr
    assert (
        f"[{surface}] input changed: generator/semaphore_spec/publish/downgrade.py" in result.stderr
    )
    assert f"published/{surface}/{LOCK_NAME}" in result.stderr


def test_check_names_a_tool_version_change_as_such(project: Path, tools: dict[str, str]) -> None:
    surface = built_surfaces()[0]
    lock_path = project / "published" / surface / LOCK_NAME
    original = lock_path.read_bytes()
    lock = json.loads(original)
    assert lock["tools"] == tools, "the lock keeps tool versions in their own section"
    assert "pyyaml" not in json.dumps(lock["inputs"])
    lock["tools"]["pyyaml"] = "6.0.0"
    lock_path.write_text(json.dumps(lock, indent=2) + "\n", encoding="utf-8")
    try:
        result = cli(project, "build", "--check", "--surface", surface)
    finally:
        lock_path.write_bytes(original)
    assert result.returncode == 1, result.stdout + result.stderr
    assert f"tool version changed: pyyaml 6.0.0 -> {tools['pyyaml']}" in result.stderr
    assert "a tool version changed (no input did)" in result.stderr
    assert "input changed" not in result.stderr
    assert "the inputs changed" not in result.stderr
