"""Stage 6 — generate: the Python client from the published document.

openapi-python-client (pinned) turns each surface's codegen document (published spec
plus the Python-only overlay, timestamps rewritten by `codegen.timestamps`) into a
subpackage of `semaphoreci_openapi`, with our templates
(`generator/templates/openapi-python-client/`) layered over its own. Those templates
also see the `semaphore` global (`codegen.context`: registry facts and operation
extensions) and the helpers of `codegen.template_helpers`. The distribution's own files
and the runtime come from `codegen.package`. This stage checks no spec rule: stage 4
has.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

import jinja2
from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData

from ..codegen.context import surface_context
from ..codegen.template_helpers import TEMPLATE_GLOBALS
from ..codegen.timestamps import rewrite_timestamps
from ..errors import GenerationError
from ..registry import Surface
from ..yamlio import load_yaml

CODEGEN_CONFIG = "generator/codegen.yaml"
OAPC_TEMPLATES = "generator/templates/openapi-python-client"
# openapi-python-client's own templates, reachable from ours as "openapi-python-client/<name>"
# (so an override can wrap the original instead of copying it).
ORIGINAL_TEMPLATES_PREFIX = "openapi-python-client"


def _codegen_settings(root: Path) -> dict[str, Any]:
    """openapi-python-client's configuration (generator/codegen.yaml)."""
    data, _ = load_yaml(root / CODEGEN_CONFIG, display=CODEGEN_CONFIG)
    if not isinstance(data, dict):
        raise GenerationError("the configuration must be a mapping", file=CODEGEN_CONFIG)
    return dict(data)


def _config(root: Path, surface: Surface, document_path: Path, out: Path) -> Config:
    data = _codegen_settings(root)
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


def _project(
    root: Path, surface: Surface, document: dict[str, Any], document_path: Path, out: Path
) -> Project:
    config = _config(root, surface, document_path, out)
    openapi = GeneratorData.from_dict(document, config=config)
    if not isinstance(openapi, GeneratorData):
        raise GenerationError(
            f"openapi-python-client cannot read the {surface.name} document: {openapi.header}"
            + (f"\n{openapi.detail}" if openapi.detail else ""),
            file=f"{surface.published_dir}/openapi.json",
        )
    templates = root / OAPC_TEMPLATES
    project = Project(
        openapi=openapi,
        config=config,
        custom_template_path=templates if templates.is_dir() else None,
    )
    project.env.loader = jinja2.ChoiceLoader(
        [
            project.env.loader or jinja2.BaseLoader(),
            jinja2.PrefixLoader(
                {ORIGINAL_TEMPLATES_PREFIX: jinja2.PackageLoader("openapi_python_client")}
            ),
        ]
    )
    project.env.globals.update(
        semaphore=surface_context(
            surface, document, str(_codegen_settings(root).get("field_prefix", "field_"))
        ),
        **TEMPLATE_GLOBALS,
    )
    project.env.filters["pyrepr"] = repr
    return project


def generate_surface(
    root: Path, surface: Surface, document: dict[str, Any], package_dir: Path
) -> Path:
    """Generate `<package_dir>/<subpackage>` for one surface; any warning is an error."""
    subpackage = surface.client_package.rsplit(".", 1)[-1]
    out = package_dir / subpackage
    document = rewrite_timestamps(document)
    with tempfile.TemporaryDirectory(prefix="semaphore-codegen-") as tmp:
        document_path = Path(tmp) / "openapi.json"
        document_path.write_text(json.dumps(document), encoding="utf-8")
        problems = _project(root, surface, document, document_path, out).build()
    if problems:
        details = "\n".join(
            f"  {p.level.value}: {p.header}" + (f"\n    {p.detail.strip()}" if p.detail else "")
            for p in problems
        )
        raise GenerationError(
            f"openapi-python-client reported {len(problems)} problem(s) "
            f"for {surface.name}:\n{details}",
            file=f"{surface.published_dir}/openapi.json",
        )
    return out
