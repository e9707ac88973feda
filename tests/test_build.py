"""`semaphore-spec build`: up to date on main, `--check` catches edits, no-op rebuilds.

These run on a copy of the project, so the work tree is never touched.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from project_copy import cli, copy_project, edit_one_character

from conftest import ROOT, built_surfaces


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the project's inputs and committed outputs."""
    return copy_project(tmp_path)


def test_committed_outputs_are_up_to_date() -> None:
    result = cli(ROOT, "build", "--check")
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("surface", built_surfaces())
def test_check_names_files_stale_after_one_character_edit(project: Path, surface: str) -> None:
    edit_one_character(project, surface)
    result = cli(project, "build", "--check", "--surface", surface)
    assert result.returncode == 1, result.stdout + result.stderr
    assert f"published/{surface}/openapi.json" in result.stderr
    assert f"published/{surface}/openapi.yaml" in result.stderr
    # --check changes nothing
    assert cli(project, "build", "--check", "--surface", surface).returncode == 1


def test_rebuild_without_changes_is_a_no_op(project: Path) -> None:
    result = cli(project, "build")
    assert result.returncode == 0, result.stderr
    assert "built nothing; 0 files changed" in result.stdout
    for surface in built_surfaces():
        assert f"[{surface}] up to date" in result.stdout


def test_an_edit_rebuilds_only_its_surface(project: Path) -> None:
    surface = built_surfaces()[0]
    edit_one_character(project, surface)
    result = cli(project, "build")
    assert result.returncode == 0, result.stderr
    assert f"built {surface};" in result.stdout
    for other in built_surfaces()[1:]:
        assert f"[{other}] up to date" in result.stdout
    assert cli(project, "build", "--check").returncode == 0


def test_check_catches_a_hand_edit_of_the_distributions_own_files(project: Path) -> None:
    readme = project / "generated" / "README.md"
    readme.write_text(readme.read_text(encoding="utf-8") + "edited by hand\n", encoding="utf-8")
    result = cli(project, "build", "--check")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "generated/README.md" in result.stderr


def test_two_edited_surfaces_build_in_parallel_like_one_after_another(project: Path) -> None:
    """Two stale surfaces go to the worker processes; their stage logs come back grouped
    by surface in registry order, and the result is what --check expects."""
    first, second = built_surfaces()[:2]
    edit_one_character(project, first)
    edit_one_character(project, second)
    result = cli(project, "build")
    assert result.returncode == 0, result.stderr
    assert f"built {first}, {second};" in result.stdout
    surfaces_in_log = [
        # the stage lines (`[v1] validate   0.871s`), not the "up to date" ones
        match.group(1)
        for match in re.finditer(r"(?m)^\[([^\]]+)\] .* \d+\.\d{3}s$", result.stdout)
    ]
    order = [s for i, s in enumerate(surfaces_in_log) if i == 0 or surfaces_in_log[i - 1] != s]
    assert order[:2] == [first, second], order
    assert cli(project, "build", "--check").returncode == 0


def test_errors_of_two_surfaces_built_in_parallel_are_all_reported(project: Path) -> None:
    broken = []
    for surface in built_surfaces()[:2]:
        entry = project / "spec" / surface / "openapi.yaml"
        entry.write_text("openapi: [unclosed\n", encoding="utf-8")
        broken.append(f"spec/{surface}/openapi.yaml")
    result = cli(project, "build")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    for path in broken:
        assert path in result.stderr, result.stderr
