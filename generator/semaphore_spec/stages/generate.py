"""Stage 6 — generate: the Python client from the published document.

openapi-python-client (pinned) turns each surface's codegen document (published spec
plus the Python-only overlay) into a subpackage of `semaphore_client`; the package's
own files (pyproject, __init__, py.typed) are rendered from `generator/templates/`;
ruff formats the whole tree once at the end.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import jinja2
from openapi_python_client import generate as oapc_generate
from openapi_python_client.config import Config, ConfigFile, MetaType

from ..errors import GenerationError
from ..registry import Surface
from ..yamlio import load_yaml

CODEGEN_CONFIG = "generator/codegen.yaml"
OAPC_TEMPLATES = "generator/templates/openapi-python-client"
PACKAGE_TEMPLATES = "generator/templates/package"
DISTRIBUTION = "semaphore_client"


def _config(root: Path, surface: Surface, document_path: Path, out: Path) -> Config:
    data, _ = load_yaml(root / CODEGEN_CONFIG, display=CODEGEN_CONFIG)
    subpackage = surface.client_package.rsplit(".", 1)[-1]
    data = {**data, "project_name_override": subpackage, "package_name_override": subpackage}
    data["post_hooks"] = []  # ruff runs once over the whole tree, see format_tree
    return Config.from_sources(
        ConfigFile(**data),
        MetaType.NONE,
        document_path,
        "utf-8",
        overwrite=True,
        output_path=out,
    )


def generate_surface(
    root: Path, surface: Surface, document: dict[str, Any], package_dir: Path
) -> Path:
    """Generate `<package_dir>/<subpackage>` for one surface; any warning is an error."""
    subpackage = surface.client_package.rsplit(".", 1)[-1]
    out = package_dir / subpackage
    with tempfile.TemporaryDirectory(prefix="semaphore-codegen-") as tmp:
        document_path = Path(tmp) / "openapi.json"
        document_path.write_text(json.dumps(document), encoding="utf-8")
        templates = root / OAPC_TEMPLATES
        problems = oapc_generate(
            config=_config(root, surface, document_path, out),
            custom_template_path=templates if templates.is_dir() else None,
        )
    if problems:
        details = "\n".join(
            f"  {p.level.value}: {p.header}" + (f"\n    {p.detail.strip()}" if p.detail else "")
            for p in problems
        )
        raise GenerationError(
            f"openapi-python-client reported {len(problems)} problem(s) "
            f"for {surface.name}:\n{details}",
            file=f"published/{surface.name}/openapi.json",
        )
    return out


def render_package(root: Path, surfaces: list[Surface], package_root: Path, version: str) -> None:
    """Render the distribution's own files (pyproject, package __init__, py.typed)."""
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
        target.write_text(env.get_template(str(rel)).render(**context), encoding="utf-8")


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
