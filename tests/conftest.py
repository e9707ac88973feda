"""Shared test fixtures: the project root, the registry, the published documents, and
the fault server (a local HTTP server that misbehaves on purpose, tests/fault_server.py)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from fault_server import FaultServer, running_fault_server
from semaphore_spec.fixtures import Fixture, load_fixtures
from semaphore_spec.registry import load_registry

# Fails the run when a parametrised family loses cases (under xdist, or to shared node ids).
pytest_plugins = ["family_guard"]

ROOT = Path(__file__).resolve().parent.parent
REGISTRY = load_registry(ROOT)


def published(surface: str) -> dict[str, Any]:
    """The committed, published document of `surface`."""
    return json.loads((ROOT / "published" / surface / "openapi.json").read_text(encoding="utf-8"))


def built_surfaces() -> list[str]:
    """Surfaces whose published spec exists (a surface is added once its spec is written)."""
    return [name for name in REGISTRY if (ROOT / "published" / name / "openapi.json").is_file()]


def all_fixtures() -> list[tuple[str, Fixture]]:
    """(surface, fixture) for every recorded exchange of every built surface."""
    return [(name, fx) for name in built_surfaces() for fx in load_fixtures(ROOT, name)]


def fixture_id(item: tuple[str, Fixture]) -> str:
    """`surface/operationId.status[.variant]`: a readable test id."""
    return f"{item[0]}/{Path(item[1].file).stem}"


@pytest.fixture(scope="session")
def root() -> Path:
    """The project root."""
    return ROOT


@pytest.fixture
def fault_server() -> Iterator[FaultServer]:
    """A misbehaving HTTP server on 127.0.0.1 (tests/fault_server.py), stopped after the test."""
    with running_fault_server() as server:
        yield server


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Print the fixture coverage table (operation x documented status) after every run."""
    from coverage_table import table

    terminalreporter.section("fixture coverage")
    for line in table():
        terminalreporter.write_line(line)
