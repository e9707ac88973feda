"""What the mock serves of one surface: its published spec, fixtures and registry facts."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ..errors import SpecError
from ..fixtures import Fixture, load_fixtures
from ..registry import Surface, load_registry, select
from .auth import Scheme, schemes
from .conventions import Conventions, conventions_for
from .document import Document, OperationView
from .examples import Generator
from .pagination import recorded_page_size

PUBLISHED = "published/{surface}/openapi.json"


def server_path(surface: Surface, server: str) -> str:
    """The path of a registry server's URL (variables at their defaults), without a
    trailing slash: `/api/v1` for v1's default server, `` for a host root."""
    entry: dict[str, Any] = surface.facts["servers"][server]
    url = str(entry["url"])
    for name, variable in (entry.get("variables") or {}).items():
        url = url.replace("{" + name + "}", str(variable.get("default", name)))
    return urlsplit(url).path.rstrip("/")


@dataclass
class MockSurface:
    """One surface, loaded: everything the mock needs to answer its requests."""

    registry: Surface
    document: Document
    fixtures: dict[str, list[Fixture]]  # by operationId, in file-name order
    conventions: Conventions
    schemes: tuple[Scheme, ...]
    generator: Generator = field(init=False)

    def __post_init__(self) -> None:
        self.generator = Generator(self.document)

    @property
    def name(self) -> str:
        """The surface's registry name (`v1`, `v1alpha`, `v2`)."""
        return self.registry.name

    @property
    def base_path(self) -> str:
        """Where the surface's default server lives, e.g. `/api/v1`."""
        return server_path(self.registry, "default")

    def pagination_headers(self, style: str) -> list[str]:
        """The response headers of a pagination style, as the registry names them."""
        styles: dict[str, Any] = self.registry.facts.get("pagination") or {}
        return [str(name) for name in (styles.get(style) or {}).get("headers") or []]

    def pagination_fact(self, style: str, key: str) -> Any:
        """One registry fact of a pagination style (None when it does not say)."""
        styles: dict[str, Any] = self.registry.facts.get("pagination") or {}
        return (styles.get(style) or {}).get(key)

    def usual_page_size(self, style: str) -> int | None:
        """The page size the surface's recordings of `style` lists state most often."""
        sizes: Counter[int] = Counter()
        for view in self.document.operations:
            if view.pagination == style:
                for fixture in self.fixtures.get(view.operation_id, []):
                    size = recorded_page_size(fixture)
                    if size is not None:
                        sizes[size] += 1
        return sizes.most_common(1)[0][0] if sizes else None

    def views_by_server(self) -> dict[str, list[OperationView]]:
        """The operations grouped by the registry server they are served from."""
        grouped: dict[str, list[OperationView]] = {}
        for view in self.document.operations:
            grouped.setdefault(view.server, []).append(view)
        return grouped


def load_surface(root: Path, surface: Surface) -> MockSurface:
    """Load one surface's published spec and fixtures."""
    path = root / PUBLISHED.format(surface=surface.name)
    if not path.is_file():
        raise SpecError(
            f"surface {surface.name!r} has no published spec; run `semaphore-spec build`",
            file=str(path.relative_to(root)),
        )
    document = Document(json.loads(path.read_text(encoding="utf-8")))
    fixtures: dict[str, list[Fixture]] = {}
    for fixture in load_fixtures(root, surface.name):
        fixtures.setdefault(fixture.operation_id, []).append(fixture)
    return MockSurface(
        registry=surface,
        document=document,
        fixtures=fixtures,
        conventions=conventions_for(surface),
        schemes=schemes(surface.facts.get("auth") or []),
    )


def load_surfaces(root: Path, names: list[str] | None = None) -> list[MockSurface]:
    """The surfaces named (all that have a published spec when `names` is empty)."""
    registry = load_registry(root)
    if names:
        chosen = select(registry, names)
    else:
        chosen = [
            surface
            for surface in registry.values()
            if (root / PUBLISHED.format(surface=surface.name)).is_file()
        ]
        if not chosen:
            raise SpecError("no surface has a published spec; run `semaphore-spec build`")
    return [load_surface(root, surface) for surface in chosen]
