"""The no-op build's stamp: it answers "up to date" from file stats alone, and only
while nothing the last full check read has changed (`build_stamp.py`)."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from project_copy import cli, copy_project, edit_one_character

from conftest import built_surfaces
from semaphore_spec import build_stamp
from semaphore_spec.build_command import FROM_STAMP

FULL_CHECK = "up to date (inputs and outputs match"


def _age(*roots: Path, seconds: int = 60) -> None:
    """Set back the modification time of every file and folder below `roots`, as if the
    project had been checked out a minute ago (else every entry is racy)."""
    then = time.time_ns() - seconds * 1_000_000_000
    for root in roots:
        for folder, _, names in os.walk(root):
            for name in names:
                os.utime(os.path.join(folder, name), ns=(then, then))
            os.utime(folder, ns=(then, then))


@pytest.fixture
def recorded(tmp_path: Path) -> tuple[Path, list[str]]:
    """A small tree (a file, a folder with a file, a "tool" metadata file), aged, and a
    stamp recording it for the selection ["a"]."""
    (tmp_path / "spec").mkdir()
    (tmp_path / "spec" / "one.yaml").write_text("one", encoding="utf-8")
    (tmp_path / "tool.dist-info").mkdir()
    (tmp_path / "tool.dist-info" / "METADATA").write_text("Version: 1", encoding="utf-8")
    _age(tmp_path)
    files = [str(tmp_path / "spec" / "one.yaml")]
    stats = {path: build_stamp._stat(path) for path in files}
    stat_now = [str(tmp_path / "spec"), str(tmp_path / "tool.dist-info" / "METADATA")]
    build_stamp.record(tmp_path, ["a"], ["a"], stats, stat_now)
    return tmp_path, ["a"]


def test_an_unchanged_tree_is_answered_from_the_stamp(recorded: tuple[Path, list[str]]) -> None:
    root, selection = recorded
    assert build_stamp.surfaces_if_current(root, selection) == ["a"]


def _edit_same_size(root: Path) -> None:
    (root / "spec" / "one.yaml").write_text("two", encoding="utf-8")


def _remove_file(root: Path) -> None:
    (root / "spec" / "one.yaml").unlink()


def _add_file(root: Path) -> None:
    (root / "spec" / "new.yaml").write_text("new", encoding="utf-8")


def _replace_tool(root: Path) -> None:
    metadata = root / "tool.dist-info" / "METADATA"
    metadata.unlink()
    metadata.write_text("Version: 2", encoding="utf-8")


def _racy_stamp(root: Path) -> None:
    """A stamp written within RACY_NS of the recorded file's change proves nothing."""
    stamp = root / build_stamp.STAMP_FILE
    data = json.loads(stamp.read_text(encoding="utf-8"))
    data["saved_ns"] = os.stat(root / "spec" / "one.yaml").st_mtime_ns + 1
    stamp.write_text(json.dumps(data), encoding="utf-8")


def _foreign_stamp(root: Path) -> None:
    stamp = root / build_stamp.STAMP_FILE
    data = json.loads(stamp.read_text(encoding="utf-8"))
    data["version"] = -1
    stamp.write_text(json.dumps(data), encoding="utf-8")


def _corrupt_stamp(root: Path) -> None:
    (root / build_stamp.STAMP_FILE).write_text("{", encoding="utf-8")


def _other_environment(root: Path) -> None:
    """A stamp written by another interpreter (or import path) found other tools."""
    stamp = root / build_stamp.STAMP_FILE
    data = json.loads(stamp.read_text(encoding="utf-8"))
    data["environment"] = ["/another/venv/bin/python", *data["environment"][1:]]
    stamp.write_text(json.dumps(data), encoding="utf-8")


def _forgotten(root: Path) -> None:
    build_stamp.forget(root)


CHANGES: dict[str, Callable[[Path], None]] = {
    "a file edited, same size": _edit_same_size,
    "a file removed": _remove_file,
    "a file added to a folder": _add_file,
    "a tool reinstalled": _replace_tool,
    "a racy entry": _racy_stamp,
    "a stamp of another version": _foreign_stamp,
    "a corrupt stamp": _corrupt_stamp,
    "a forgotten stamp": _forgotten,
    "another interpreter": _other_environment,
}


@pytest.mark.parametrize("change", list(CHANGES))
def test_any_change_sends_the_build_to_the_full_check(
    recorded: tuple[Path, list[str]], change: str
) -> None:
    root, selection = recorded
    CHANGES[change](root)
    assert build_stamp.surfaces_if_current(root, selection) is None


def test_another_selection_of_surfaces_is_not_answered(recorded: tuple[Path, list[str]]) -> None:
    root, _ = recorded
    assert build_stamp.surfaces_if_current(root, None) is None
    assert build_stamp.surfaces_if_current(root, ["a", "b"]) is None


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the project, aged so that no entry of a stamp written now is racy."""
    _age(copy_project(tmp_path))
    return tmp_path


def test_a_second_no_op_build_answers_from_the_stamp(project: Path) -> None:
    first = cli(project, "build")
    assert first.returncode == 0, first.stderr
    assert FULL_CHECK in first.stdout and FROM_STAMP not in first.stdout
    second = cli(project, "build", "--check")
    assert second.returncode == 0, second.stderr
    for surface in built_surfaces():
        assert f"[{surface}] up to date ({FROM_STAMP})" in second.stdout


def _edit_spec(project: Path) -> str:
    return str(edit_one_character(project, built_surfaces()[0]).relative_to(project))


def _add_fixture(project: Path) -> str:
    surface = built_surfaces()[0]
    folder = next(project.glob(f"tests/fixtures/{surface}"))
    (folder / "added-by-a-test.json").write_text("{}", encoding="utf-8")
    return f"tests/fixtures/{surface}/added-by-a-test.json"


def _hand_edit_output(project: Path) -> str:
    readme = project / "generated" / "README.md"
    readme.write_text(readme.read_text(encoding="utf-8") + "edited by hand\n", encoding="utf-8")
    return "generated/README.md"


def _old_lock(project: Path) -> str:
    surface = built_surfaces()[0]
    lock = project / "published" / surface / "openapi.lock.json"
    data = json.loads(lock.read_text(encoding="utf-8"))
    data["tools"]["pyyaml"] = "0.0.1"  # as a lock written by another PyYAML would say
    lock.write_text(json.dumps(data), encoding="utf-8")
    return "tool version changed: pyyaml 0.0.1"


EDITS: dict[str, Callable[[Path], str]] = {
    "a spec edit": _edit_spec,
    "a new fixture file": _add_fixture,
    "a hand edit of generated/": _hand_edit_output,
    "a lock from another tool version": _old_lock,
}


@pytest.mark.parametrize("edit", list(EDITS))
def test_the_stamp_never_hides_a_change(project: Path, edit: str) -> None:
    assert cli(project, "build").returncode == 0
    named = EDITS[edit](project)
    result = cli(project, "build", "--check")
    assert result.returncode == 1, result.stdout + result.stderr
    assert named in result.stderr
    assert FROM_STAMP not in result.stdout
