"""The typed example program and the README's usage section run as written.

Both run against the recorded fixtures (no network): the example with its own
`--fixtures` option, the README's code blocks inside `use_transport`. The example must
also pass `mypy --strict`.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from client_support import CANARY, FIXTURES
from conftest import ROOT, built_surfaces
from semaphoreci_openapi.testing import FixtureTransport, use_transport

EXAMPLE = ROOT / "examples" / "client_usage.py"
README = ROOT / "README.md"
HEADING = "## Using the Python client"


def environment() -> dict[str, str]:
    env = {**os.environ, "SEMAPHORE_API_TOKEN": CANARY}
    env.pop("HTTPS_PROXY", None)
    return env


def test_example_runs_against_the_fixtures() -> None:
    run = subprocess.run(
        [sys.executable, str(EXAMPLE), "--fixtures", str(FIXTURES)],
        capture_output=True,
        text=True,
        env=environment(),
        cwd=ROOT,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    out = run.stdout
    assert "35 builds in all" in out
    assert "pipeline First pipeline example: done at 2019-10-14T18:31:32.507034+00:00" in out
    assert "GET 404: Not Found" in out
    assert "org renderedtext since 2017-06-10T16:59:51+02:00" in out
    assert CANARY not in out + run.stderr


def test_example_passes_mypy_strict(tmp_path: Path) -> None:
    run = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path), str(EXAMPLE)],
        capture_output=True,
        text=True,
        env={**os.environ, "MYPYPATH": str(ROOT / "generated")},
        cwd=ROOT,
        timeout=600,
    )
    assert run.returncode == 0, run.stdout + run.stderr


def usage_blocks(text: str) -> list[str]:
    """The python code blocks of the usage section."""
    start = text.index(HEADING)
    following = text.find("\n## ", start + len(HEADING))
    section = text[start : following if following != -1 else len(text)]
    return re.findall(r"```python\n(.*?)```", section, flags=re.DOTALL)


def test_usage_section_runs_as_written(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    source = README
    blocks = usage_blocks(source.read_text(encoding="utf-8"))
    assert len(blocks) >= 4
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("SEMAPHORE_API_TOKEN", CANARY)
    fixtures = FixtureTransport.from_path(*(FIXTURES / s for s in built_surfaces()))
    with use_transport(fixtures):
        for number, block in enumerate(blocks, 1):
            code = compile(block, f"{source.name} block {number}", "exec")
            exec(code, {"__name__": f"usage_{number}"})
    out = capsys.readouterr().out
    assert "First pipeline example done" in out
    assert "404 Not Found" in out
    assert "deploy-key 2023-11-14" in out  # the project secrets block
    assert CANARY not in out
