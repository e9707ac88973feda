"""Stage 5 — publish: the validated document in every form other tools read.

Into `published/<surface>/`:

  openapi.json, openapi.yaml          OpenAPI 3.1, bundled (the source of the rest)
  openapi.3.0.json, openapi.3.0.yaml  the same API as OpenAPI 3.0.3 (publish/downgrade.py)
  openapi.dereferenced.json           3.1 with every `$ref` inlined (publish/dereference.py)
  openapi.3.0.dereferenced.json       3.0.3 with every `$ref` inlined
  fixtures.json                       the recorded exchanges by operationId (publish_fixtures)

The dereferenced forms are JSON only: they are for programs, and YAML would double
the largest files for no reader. The document comes in after the public overlays and
before the Python-only ones (overlays/codegen), so nothing client-specific is published.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..fixtures import Fixture
from ..publish.dereference import dereference
from ..publish.downgrade import downgrade
from ..publish.fixtures_bundle import fixtures_document
from ..yamlio import dump_json, dump_yaml

# The order the OpenAPI specification lists the top-level fields in; overlays append
# keys at the end, so the published file is put back into this order for readers.
TOP_LEVEL_ORDER = (
    "openapi",
    "info",
    "jsonSchemaDialect",
    "servers",
    "security",
    "tags",
    "paths",
    "webhooks",
    "components",
    "externalDocs",
)
FIXTURES_NAME = "fixtures.json"

Writer = Callable[[Any], str]
# File name -> (which form of the document, serializer).
ARTIFACTS: dict[str, tuple[str, Writer]] = {
    "openapi.json": ("3.1", dump_json),
    "openapi.yaml": ("3.1", dump_yaml),
    "openapi.3.0.json": ("3.0", dump_json),
    "openapi.3.0.yaml": ("3.0", dump_yaml),
    "openapi.dereferenced.json": ("3.1-dereferenced", dump_json),
    "openapi.3.0.dereferenced.json": ("3.0-dereferenced", dump_json),
}


def canonical_order(document: dict[str, Any]) -> dict[str, Any]:
    """The document with its top-level keys in the specification's order (extensions last)."""
    known = {key: document[key] for key in TOP_LEVEL_ORDER if key in document}
    return {**known, **{k: v for k, v in document.items() if k not in known}}


def forms(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Every published form of `document`, by the names ARTIFACTS uses."""
    document = canonical_order(document)
    downgraded = downgrade(document)
    return {
        "3.1": document,
        "3.0": downgraded,
        "3.1-dereferenced": dereference(document),
        "3.0-dereferenced": dereference(downgraded),
    }


def publish(document: dict[str, Any], out_dir: Path) -> list[Path]:
    """Write every form of the document (see ARTIFACTS) into `out_dir`."""
    out_dir.mkdir(parents=True, exist_ok=True)
    documents = forms(document)
    written = []
    for name, (form, write) in ARTIFACTS.items():
        path = out_dir / name
        path.write_text(write(documents[form]), encoding="utf-8")
        written.append(path)
    return written


def publish_fixtures(
    surface: str, document: dict[str, Any], fixtures: list[Fixture], out_dir: Path
) -> list[Path]:
    """Write `fixtures.json`: the surface's recorded exchanges keyed by operationId."""
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / FIXTURES_NAME
    path.write_text(dump_json(fixtures_document(surface, document, fixtures)), encoding="utf-8")
    return [path]
