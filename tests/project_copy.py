"""A copy of the project (inputs and committed outputs) for tests that build, and the
`semaphore-spec` command run against it, so the work tree is never touched."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import ROOT

COPIED = ("spec", "overlays", "generator", "tests/fixtures", "published", "generated")


def copy_project(target: Path) -> Path:
    """Copy the project's inputs and committed outputs into `target`; return it."""
    for rel in COPIED:
        shutil.copytree(ROOT / rel, target / rel, ignore=shutil.ignore_patterns("__pycache__"))
    return target


def cli(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run `semaphore-spec --root <root> <args>`."""
    return subprocess.run(
        [sys.executable, "-m", "semaphore_spec.cli", "--root", str(root), *args],
        capture_output=True,
        text=True,
        timeout=600,
    )


def edit_one_character(project: Path, surface: str) -> Path:
    """Append one character to the first plain `summary:` in the surface's path files."""
    for path in sorted((project / "spec" / surface / "paths").glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        edited, n = re.subn(r"(?m)^(\s+summary: [^'\"\n]*[A-Za-z0-9])$", r"\1!", text, count=1)
        if n:
            path.write_text(edited, encoding="utf-8")
            return path
    raise AssertionError(f"no plain summary line to edit in spec/{surface}/paths")
