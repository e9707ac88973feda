"""The distribution's own files: rendered from `generator/templates/package/`, the
hand-written runtime copied into `semaphoreci_openapi/_runtime/`, each surface's recorded
exchanges as package data (`semaphoreci_openapi/_fixtures/<subpackage>.json`, what
`FixtureTransport.for_surface` reads), and one ruff pass."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import jinja2

from ..errors import GenerationError
from ..registry import Surface

PACKAGE_TEMPLATES = "generator/templates/package"
RUNTIME_SOURCE = "generator/runtime/semaphoreci_openapi_runtime"
DISTRIBUTION = "semaphoreci_openapi"
RUNTIME_PACKAGE = "_runtime"
SHIPPED_FIXTURES = "_fixtures"  # the runtime's testing.py reads the same folder name
FIXTURES_NAME = "fixtures.json"  # as stages/publish.py writes it


def package_outputs(root: Path) -> list[str]:
    """The files `render_package` writes, relative to the distribution folder.

    build.py swaps these into `generated/` (the surface subpackages are swapped per surface).
    """
    templates = root / PACKAGE_TEMPLATES
    rendered = [
        str(t.relative_to(templates)).removesuffix(".j2") for t in sorted(templates.rglob("*.j2"))
    ]
    return [
        *rendered,
        f"{DISTRIBUTION}/{RUNTIME_PACKAGE}",
        f"{DISTRIBUTION}/{SHIPPED_FIXTURES}",
    ]


def render_package(
    root: Path,
    surfaces: list[Surface],
    package_root: Path,
    version: str,
    published_bases: list[Path] | None = None,
) -> list[str]:
    """Render the distribution's own files, copy the runtime and each surface's published
    fixtures.json (from the first of `published_bases` that has it: the staging folder
    of this build, then the project); return `package_outputs`."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(root / PACKAGE_TEMPLATES)),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )
    context = {"surfaces": [s.template_context() for s in surfaces], "version": version}
    for template in sorted((root / PACKAGE_TEMPLATES).rglob("*.j2")):
        rel = template.relative_to(root / PACKAGE_TEMPLATES)
        target = package_root / str(rel).removesuffix(".j2")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(env.get_template(rel.as_posix()).render(**context), encoding="utf-8")
    runtime = package_root / DISTRIBUTION / RUNTIME_PACKAGE
    if runtime.exists():
        shutil.rmtree(runtime)
    runtime.mkdir(parents=True)
    for source in sorted((root / RUNTIME_SOURCE).glob("*.py")):
        shutil.copyfile(source, runtime / source.name)
    ship_fixtures(
        surfaces, package_root / DISTRIBUTION / SHIPPED_FIXTURES, published_bases or [root]
    )
    return package_outputs(root)


def ship_fixtures(surfaces: list[Surface], target: Path, bases: list[Path]) -> None:
    """Copy each surface's published fixtures.json to `target/<subpackage>.json`."""
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    for surface in surfaces:
        found = [b / surface.published_dir / FIXTURES_NAME for b in bases]
        source = next((path for path in found if path.is_file()), None)
        if source is None:
            raise GenerationError(
                f"{surface.published_dir}/{FIXTURES_NAME} is missing: build {surface.name} first"
            )
        subpackage = surface.client_package.rsplit(".", 1)[-1]
        shutil.copyfile(source, target / f"{subpackage}.json")


def format_tree(path: Path) -> None:
    """`ruff check --fix` (imports only) then `ruff format`, with the project's pinned ruff."""
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    if ruff is None:
        raise GenerationError("ruff is not installed; it formats the generated client")
    for args in (["check", "--fix-only", "--select", "I,F401", "--quiet"], ["format", "--quiet"]):
        run = subprocess.run(
            [ruff, *args, "--no-cache", "--config", "line-length=100", str(path)],
            capture_output=True,
            text=True,
        )
        if run.returncode != 0:
            raise GenerationError(
                f"ruff {args[0]} failed on the generated client:\n{run.stderr or run.stdout}"
            )
