"""examples/offline_testing.py runs against the installed wheel, from any folder.

The wheel of generated/ is built (no network: the environment's setuptools) and
installed into a temporary folder; the example then runs from another temporary folder
with only that installation of `semaphoreci_openapi` importable (no checkout on the path,
`-S` so the editable install of generated/ in the test environment is not seen), which
proves the recorded exchanges travel inside the package.
"""

from __future__ import annotations

import os
import shutil
import site
import subprocess
import sys
from pathlib import Path

from conftest import ROOT

EXAMPLE = ROOT / "examples" / "offline_testing.py"


def _run(*args: str, cwd: Path, **kw: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, cwd=cwd, timeout=300, **kw
    )


def test_the_offline_example_runs_from_the_installed_wheel(tmp_path: Path) -> None:
    source = tmp_path / "src"
    shutil.copytree(
        ROOT / "generated", source, ignore=shutil.ignore_patterns("build", "*.egg-info")
    )
    wheels, target, elsewhere = tmp_path / "wheels", tmp_path / "site", tmp_path / "elsewhere"
    elsewhere.mkdir()
    pip = ("-m", "pip", "--disable-pip-version-check", "--no-input", "-q")
    built = _run(
        *pip,
        "wheel",
        "--no-deps",
        "--no-build-isolation",
        "-w",
        str(wheels),
        str(source),
        cwd=tmp_path,
    )
    assert built.returncode == 0, built.stderr
    (wheel,) = wheels.glob("*.whl")
    installed = _run(
        *pip, "install", "--no-deps", "--target", str(target), str(wheel), cwd=tmp_path
    )
    assert installed.returncode == 0, installed.stderr
    assert sorted(p.name for p in (target / "semaphoreci_openapi" / "_fixtures").iterdir())

    # The wheel first; the test environment's site-packages only for httpx, attrs, msgspec.
    path = os.pathsep.join([str(target), *site.getsitepackages()])
    env = {**os.environ, "PYTHONPATH": path}
    where = _run("-S", "-c", "import semaphoreci_openapi; print(semaphoreci_openapi.__file__)",
                 cwd=elsewhere, env=env)  # fmt: skip
    assert where.returncode == 0, where.stderr
    assert Path(where.stdout.strip()).is_relative_to(target)

    run = _run("-S", str(EXAMPLE), cwd=elsewhere, env=env)
    assert run.returncode == 0, run.stderr
    assert "pipeline First pipeline example: done" in run.stdout
    assert "GET 404: Not Found" in run.stdout
    assert "sent GET /api/v1alpha/pipelines/6cf4569c-f76c-4dea-b293-3e4282ba1153" in run.stdout
