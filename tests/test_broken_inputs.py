"""Every broken input stops the build with its error, and changes nothing.

See tests/broken/README.md for the layout of a case.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from conftest import ROOT

BROKEN = ROOT / "tests" / "broken"
# "Well under 10 s": a broken input must fail fast, not after an expansion or a hang.
TIME_LIMIT = 10.0
CASES = sorted(p.name for p in BROKEN.iterdir() if p.is_dir() and not p.name.startswith("_"))


def run_build(root: Path) -> subprocess.CompletedProcess[str]:
    """`semaphore-spec build` on another project root, as a user would run it."""
    return subprocess.run(
        [sys.executable, "-m", "semaphore_spec.cli", "--root", str(root), "build"],
        capture_output=True,
        text=True,
        timeout=300,
    )


def snapshot(root: Path) -> dict[str, str]:
    """sha256 of every file under published/ and generated/."""
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for folder in ("published", "generated")
        for p in sorted((root / folder).rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def built_base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`_base` with the real overlays and generator, built once."""
    base = tmp_path_factory.mktemp("base")
    shutil.copytree(BROKEN / "_base", base, dirs_exist_ok=True)
    for folder in ("overlays", "generator"):
        shutil.copytree(ROOT / folder, base / folder, ignore=shutil.ignore_patterns("__pycache__"))
    result = run_build(base)
    assert result.returncode == 0, result.stderr
    return base


@pytest.mark.parametrize("case", CASES)
def test_broken_input(case: str, built_base: Path, tmp_path: Path) -> None:
    project = tmp_path / "project"
    shutil.copytree(built_base, project)
    expected = yaml.safe_load((BROKEN / case / "expected.yaml").read_text(encoding="utf-8"))
    for rel in expected.get("remove") or []:
        (project / rel).unlink()
    for path in (BROKEN / case).rglob("*"):
        if path.is_file() and path.name != "expected.yaml":
            target = project / path.relative_to(BROKEN / case)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)
    for link, points_to in (expected.get("symlinks") or {}).items():
        (project / link).unlink(missing_ok=True)
        os.symlink(points_to, project / link)
    before = snapshot(project)

    start = time.perf_counter()
    result = run_build(project)
    elapsed = time.perf_counter() - start

    assert result.returncode == expected["exit"], result.stdout + result.stderr
    for message in expected["messages"]:
        assert message in result.stderr, f"{message!r} not in:\n{result.stderr}"
    for message in [*(expected.get("absent") or []), "Traceback"]:
        assert message not in result.stderr, f"{message!r} in:\n{result.stderr}"
    assert elapsed < TIME_LIMIT, f"the broken build took {elapsed:.1f}s"
    assert snapshot(project) == before, "a failed build changed published/ or generated/"
    assert not list((project / ".build").glob("staging-*")), (
        "a failed build left its staging folder"
    )


def test_every_case_has_expectations() -> None:
    assert len(CASES) >= 35
    for case in CASES:
        assert (BROKEN / case / "expected.yaml").is_file(), case
