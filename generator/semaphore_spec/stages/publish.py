"""Stage 5 — publish: write the bundled, overlaid, validated document for other tools."""

from __future__ import annotations

from pathlib import Path
from typing import Any

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


def canonical_order(document: dict[str, Any]) -> dict[str, Any]:
    """The document with its top-level keys in the specification's order (extensions last)."""
    known = {key: document[key] for key in TOP_LEVEL_ORDER if key in document}
    return {**known, **{k: v for k, v in document.items() if k not in known}}


def publish(document: dict[str, Any], out_dir: Path) -> list[Path]:
    """Write `openapi.json` and `openapi.yaml` (the same document) into `out_dir`."""
    document = canonical_order(document)
    out_dir.mkdir(parents=True, exist_ok=True)
    json_path, yaml_path = out_dir / "openapi.json", out_dir / "openapi.yaml"
    json_path.write_text(dump_json(document), encoding="utf-8")
    yaml_path.write_text(dump_yaml(document), encoding="utf-8")
    return [json_path, yaml_path]
