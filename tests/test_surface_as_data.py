"""Adding an API surface is data, not code (tests/surface_as_data/README.md).

In a temporary copy of the repository, a fourth surface made only of a registry entry,
spec files and fixtures is built, served by the mock, contract-tested (its pagination
check included, with a style name and a page parameter no code knows) and called
through its generated client. A pagination style renamed in the registry keeps its
check too.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import httpx
import pytest

from conftest import ROOT
from semaphore_spec.contract.runner import ContractOptions, run_contract
from semaphore_spec.mock.app import MockApp
from semaphore_spec.mock.surfaces import load_surfaces
from semaphore_spec.mock.transport import MockTransport
from semaphore_spec.mutation import FAULTS, Fault, FaultyApp
from semaphore_spec.mutation.changes import add, edit_header

DATA = Path(__file__).parent / "surface_as_data"
PAGINATION_CHECK = frozenset({"PaginationConsistency"})
# The repository as a user has it: what the build reads and what it writes.
_COPIED = ("spec", "overlays", "generator", "tests/fixtures", "published", "generated")


def copy_repository(target: Path) -> Path:
    """The inputs and outputs of the build, copied to `target`."""
    ignore = shutil.ignore_patterns("__pycache__", "*.egg-info", ".mypy_cache")
    for folder in _COPIED:
        shutil.copytree(ROOT / folder, target / folder, ignore=ignore)
    return target


def build(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "semaphore_spec.cli", "--root", str(root), "build", *args],
        capture_output=True,
        text=True,
        timeout=600,
    )


@pytest.fixture(scope="module")
def demo_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the repository with the `demo` surface added and built."""
    root = copy_repository(tmp_path_factory.mktemp("demo"))
    entry = textwrap.indent((DATA / "registry_entry.yaml").read_text(encoding="utf-8"), "  ")
    with (root / "spec" / "surfaces.yaml").open("a", encoding="utf-8") as registry:
        registry.write("\n" + entry)
    shutil.copytree(DATA / "spec" / "demo", root / "spec" / "demo")
    shutil.copytree(DATA / "fixtures" / "demo", root / "tests" / "fixtures" / "demo")
    result = build(root, "--surface", "demo")
    assert result.returncode == 0, result.stderr
    return root


def test_the_build_publishes_and_generates_the_new_surface(demo_root: Path) -> None:
    published = demo_root / "published" / "demo"
    assert (published / "openapi.json").is_file() and (published / "reference.html").is_file()
    assert (demo_root / "generated" / "semaphoreci_openapi" / "demo" / "client.py").is_file()
    assert "demo-pages" in (published / "openapi.json").read_text(encoding="utf-8")


def test_the_mock_serves_it_with_its_auth_and_pagination(demo_root: Path) -> None:
    transport = MockTransport(root=demo_root, surfaces=["demo"])
    with httpx.Client(transport=transport, base_url="http://127.0.0.1:9") as client:
        page = client.get("/api/demo/widgets?size=2", headers={"X-Demo-Token": "t"})
        refused = client.get("/api/demo/widgets")
    assert page.status_code == 200 and len(page.json()) == 2
    assert page.headers["Demo-Total"] == "3"
    assert "p=2" in page.headers["Demo-Link"] and 'rel="next"' in page.headers["Demo-Link"]
    assert (refused.status_code, refused.json()) == (401, {"message": "no token"})


def test_the_contract_suite_passes_on_it_and_checks_its_pagination(demo_root: Path) -> None:
    faithful = run_contract(
        demo_root,
        ContractOptions(
            surface="demo",
            token="t0ken",
            app=MockApp(load_surfaces(demo_root, ["demo"])),
            max_examples=5,
            seed=3,
            stateless_server=True,
        ),
    )
    assert faithful.passed, faithful.failures or faithful.errors
    assert "PaginationConsistency" in faithful.operations["GET /widgets"].checks
    fault = Fault(
        "demo-wrong-total",
        "demo",
        "`Demo-Total` off by three",
        PAGINATION_CHECK,
        frozenset({"listWidgets"}),
        change=edit_header("Demo-Total", add(3)),
    )
    app = FaultyApp(load_surfaces(demo_root, ["demo"]), fault)
    faulty = run_contract(
        demo_root,
        ContractOptions(
            surface="demo", token="t0ken", app=app, max_examples=5, seed=3, stateless_server=True
        ),
    )
    assert {failure.check for failure in faulty.failures} == PAGINATION_CHECK


def test_the_generated_client_calls_it(demo_root: Path) -> None:
    program = textwrap.dedent(
        f"""
        import semaphoreci_openapi
        from semaphoreci_openapi.demo import Client
        from semaphoreci_openapi.testing import FixtureTransport

        where = semaphoreci_openapi.__file__
        assert where.startswith({str(demo_root)!r}), where
        transport = FixtureTransport.from_path({str(demo_root / "tests/fixtures/demo")!r})
        with Client("TOKEN", transport=transport) as client:
            widget = client.get_widget("w1")
            assert (widget.id, widget.name) == ("w1", "first"), widget
            assert widget.created_at.datetime.year == 2026
            assert [w.id for w in client.iter_list_widgets()] == ["w1", "w2", "w3"]
        print("ok")
        """
    )
    env = {**os.environ, "PYTHONPATH": str(demo_root / "generated")}
    run = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, env=env, timeout=120
    )
    assert run.returncode == 0 and run.stdout.strip() == "ok", run.stderr


def test_a_renamed_pagination_style_keeps_its_check(tmp_path: Path) -> None:
    """Rename v2's style in the registry and the operations, rebuild v2, and the
    pagination check still catches a wrong total."""
    root = copy_repository(tmp_path)
    old, new = "link-total", "numbered-pages"
    for path in [root / "spec" / "surfaces.yaml", *(root / "spec" / "v2").rglob("*.yaml")]:
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace(old, new), encoding="utf-8")
    result = build(root, "--surface", "v2")
    assert result.returncode == 0, result.stderr
    assert new in (root / "published" / "v2" / "openapi.json").read_text(encoding="utf-8")
    (fault,) = [f for f in FAULTS if f.name == "v2-wrong-total"]
    faithful = MockApp(load_surfaces(root, ["v2"]))
    faulty = FaultyApp(load_surfaces(root, ["v2"]), fault)
    selected = tuple(fault.operations)
    results = [
        run_contract(
            root,
            ContractOptions(
                surface="v2",
                token="t0ken",
                app=app,
                operation_ids=selected,
                seed=5,
                stateless_server=True,
            ),
        )
        for app in (faithful, faulty)
    ]
    assert results[0].passed, results[0].failures or results[0].errors
    assert {failure.check for failure in results[1].failures} == PAGINATION_CHECK
