"""`import semaphoreci_openapi.<surface>` is cheap: models, API modules, the client class and
httpx load on first use (PEP 562), while every public name is still there, for the
interpreter and for type checkers alike."""

from __future__ import annotations

import ast
import enum
import importlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

import semaphoreci_openapi
from conftest import REGISTRY

PACKAGES = sorted(s.client_package for s in REGISTRY.values())


def _loaded_after(statement: str) -> set[str]:
    code = f"import sys\n{statement}\nprint('\\n'.join(sorted(sys.modules)))"
    run = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    return set(run.stdout.split())


@pytest.mark.parametrize("package", PACKAGES)
def test_importing_a_surface_loads_no_model_api_module_or_httpx(package: str) -> None:
    loaded = _loaded_after(f"import {package}")
    assert package in loaded
    heavy = {m for m in loaded if m.startswith(f"{package}.") or m == "httpx"}
    assert heavy == set(), f"loaded on import: {sorted(heavy)}"


@pytest.mark.parametrize("package", PACKAGES)
def test_the_client_class_loads_no_model_or_api_module(package: str) -> None:
    loaded = _loaded_after(f"from {package} import Client")
    assert f"{package}.client" in loaded
    assert not {m for m in loaded if m.startswith(f"{package}.api.")}
    # Only the enums whose members are parameter defaults (evaluated when the methods
    # are defined), never a model class.
    for name in (m for m in loaded if m.startswith(f"{package}.models.")):
        module = importlib.import_module(name)
        classes = [v for v in vars(module).values() if isinstance(v, type) and v.__module__ == name]
        assert classes and all(issubclass(c, enum.Enum) for c in classes), name


def _type_checking_imports(init: Path) -> dict[str, str]:
    """name -> module of the `if TYPE_CHECKING:` imports of an `__init__.py`."""
    found = {}
    for node in ast.parse(init.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.If) and getattr(node.test, "id", "") == "TYPE_CHECKING":
            for imp in node.body:
                assert isinstance(imp, ast.ImportFrom)
                for alias in imp.names:
                    found[alias.asname or alias.name] = "." * imp.level + (imp.module or "")
    return found


def _public_names(module_name: str) -> list[tuple[str, str]]:
    module = importlib.import_module(module_name)
    return [(module_name, name) for name in module.__all__]


NAMES = [
    pair
    for package in ["semaphoreci_openapi", *PACKAGES, *(f"{p}.models" for p in PACKAGES)]
    for pair in _public_names(package)
]


@pytest.mark.parametrize("module_name, name", NAMES, ids=[f"{m}.{n}" for m, n in NAMES])
def test_every_public_name_resolves_to_what_its_module_defines(module_name: str, name: str) -> None:
    module = importlib.import_module(module_name)
    assert name in dir(module)
    value = getattr(module, name)
    declared = _type_checking_imports(Path(module.__file__ or ""))
    if name in declared:  # a lazy name: the same object as in its own module
        source = importlib.import_module(declared[name], module_name)
        assert value is getattr(source, name)


@pytest.mark.parametrize("package", PACKAGES)
def test_every_model_module_is_exported(package: str) -> None:
    models = importlib.import_module(f"{package}.models")
    folder = Path(models.__file__ or "").parent
    modules = {p.stem for p in folder.glob("*.py") if p.stem != "__init__"}
    declared = _type_checking_imports(folder / "__init__.py")
    assert {m.lstrip(".") for m in declared.values()} == modules
    assert set(declared) == set(models.__all__)


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="has no attribute 'Nope'"):
        _ = semaphoreci_openapi.Nope  # type: ignore[attr-defined]


def test_type_checkers_see_the_lazy_names(tmp_path: Path) -> None:
    package = PACKAGES[0]
    snippet = tmp_path / "uses_lazy.py"
    snippet.write_text(
        f"from {package} import Client\n"
        f"from {package}.models import __all__ as names\n"
        "import semaphoreci_openapi\n"
        "reveal_type(Client)\n"
        "reveal_type(semaphoreci_openapi.RetryPolicy)\n"
        "semaphoreci_openapi.NoSuchName\n",
        encoding="utf-8",
    )
    run = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(snippet)],
        capture_output=True,
        text=True,
        timeout=300,
        # mypy does not follow the editable install's import hook: point it at the source.
        env={**os.environ, "MYPYPATH": str(Path(semaphoreci_openapi.__file__).parent.parent)},
    )
    out = run.stdout
    assert f"-> {package}.client.Client" in out, out
    assert "semaphoreci_openapi._runtime.retry.RetryPolicy" in out
    assert 'Module has no attribute "NoSuchName"' in out
