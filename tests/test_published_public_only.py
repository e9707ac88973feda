"""Nothing Python-only is published: the codegen overlays (overlays/codegen) shape the
generated client and never the published documents."""

from __future__ import annotations

import json
from typing import Any

import jsonpath
import pytest

from conftest import REGISTRY, ROOT, built_surfaces, published
from semaphore_spec.fixtures import Router, load_fixtures
from semaphore_spec.publish.walk import map_children
from semaphore_spec.stages.apply_overlays import apply_overlays
from semaphore_spec.stages.bundle import bundle_surface
from semaphore_spec.stages.publish import ARTIFACTS, canonical_order
from semaphore_spec.stages.render_overlays import CODEGEN_DIR, examples_overlay, render_overlays

SURFACES = built_surfaces()
# Every extension a published document may carry (documented in spec/README.md and
# in the publish modules); anything else is a leak from somewhere.
PUBLIC_EXTENSIONS = {
    "x-semaphore-pagination",
    "x-semaphore-server",
    "x-semaphore-stability",
    "x-semaphore-idempotency-token",
    "x-semaphore-timestamp",
    "x-semaphore-token-prefix",
    "x-semaphore-downgrade-notes",
    "x-semaphore-dereference-notes",
}


def public_document(surface: str) -> dict[str, Any]:
    """The sources with the public overlays and the fixture examples, as the build makes it."""
    bundle = bundle_surface(ROOT, ROOT / "spec" / surface)
    overlays = [o for o in render_overlays(ROOT, REGISTRY[surface]) if o[1].get("actions")]
    document = apply_overlays(bundle.document, overlays)
    examples = examples_overlay(document, load_fixtures(ROOT, surface), Router(document))
    if examples[1]["actions"]:
        document = apply_overlays(document, [examples])
    return canonical_order(document)


def extensions(document: dict[str, Any]) -> set[str]:
    """Extension keys on the document's typed nodes (example data excluded)."""
    found: set[str] = set()

    def visit(kind: str, node: Any, pointer: str) -> Any:
        if isinstance(node, dict):
            found.update(k for k in node if k.startswith("x-"))
        return map_children(kind, node, visit, pointer)

    visit("document", document, "")
    return found


@pytest.mark.parametrize("surface", SURFACES)
def test_published_is_sources_plus_public_overlays_only(surface: str) -> None:
    assert published(surface) == public_document(surface)


@pytest.mark.parametrize("surface", SURFACES)
def test_codegen_overlays_would_change_the_published_document(surface: str) -> None:
    """Where the Python tweaks have targets, they still find them in the published
    document, i.e. they were not applied to it."""
    codegen = [
        o for o in render_overlays(ROOT, REGISTRY[surface], CODEGEN_DIR) if o[1].get("actions")
    ]
    assert codegen, "no codegen overlay renders actions for this surface"
    document = published(surface)
    targets = [
        a["target"]
        for _, overlay in codegen
        for a in overlay["actions"]
        if jsonpath.findall(a["target"], document)
    ]
    if targets:
        assert apply_overlays(document, codegen) != document, targets


def test_the_codegen_overlay_changes_some_surface() -> None:
    """Not vacuous: on at least one surface the Python tweaks have something to do."""
    changed = []
    for surface in SURFACES:
        codegen = render_overlays(ROOT, REGISTRY[surface], CODEGEN_DIR)
        document = published(surface)
        if apply_overlays(document, [o for o in codegen if o[1].get("actions")]) != document:
            changed.append(surface)
    assert changed


@pytest.mark.parametrize("surface", SURFACES)
@pytest.mark.parametrize("name", [n for n in ARTIFACTS if n.endswith(".json")])
def test_only_public_extensions_are_published(surface: str, name: str) -> None:
    document = json.loads((ROOT / "published" / surface / name).read_text(encoding="utf-8"))
    assert extensions(document) <= PUBLIC_EXTENSIONS
