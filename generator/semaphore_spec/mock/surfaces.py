"""What the mock serves of one surface: its published spec, fixtures and registry facts."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from ..errors import FixtureError, SpecError
from ..fixtures import Fixture, load_fixtures
from ..registry import Surface, load_registry, select
from ..yamlio import load_yaml
from .auth import Scheme, schemes
from .conventions import Conventions, conventions_for
from .document import Document, OperationView
from .examples import Generator
from .pagination import PagedStyle, paged, recorded_page_size
from .recorded import RecordedPage, contradiction, read

PUBLISHED = "published/{surface}/openapi.json"


def server_path(surface: Surface, server: str) -> str:
    """The path of a registry server's URL (variables at their defaults), without a
    trailing slash: `/api/v1` for v1's default server, `` for a host root."""
    return urlsplit(surface.servers[server].url_with_defaults()).path.rstrip("/")


@dataclass
class MockSurface:
    """One surface, loaded: everything the mock needs to answer its requests."""

    registry: Surface
    document: Document
    fixtures: dict[str, list[Fixture]]  # by operationId, in file-name order
    conventions: Conventions
    schemes: tuple[Scheme, ...]
    # The page each paginated success fixture records (by fixture file), where it states one.
    recorded_pages: dict[str, RecordedPage] = field(default_factory=dict)
    generator: Generator = field(init=False)
    _page_sizes: dict[str, int | None] = field(init=False, default_factory=dict, repr=False)

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

    def usual_page_size(self, name: str, style: PagedStyle) -> int | None:
        """The page size the surface's recordings of lists in style `name` state most often
        (worked out once per style: the recordings do not change once loaded)."""
        if name not in self._page_sizes:
            self._page_sizes[name] = self._count_page_sizes(name, style)
        return self._page_sizes[name]

    def _count_page_sizes(self, name: str, style: PagedStyle) -> int | None:
        sizes: Counter[int] = Counter()
        for view in self.document.operations:
            if view.pagination == name:
                for fixture in self.fixtures.get(view.operation_id, []):
                    size = recorded_page_size(fixture, style)
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
    loaded = MockSurface(
        registry=surface,
        document=document,
        fixtures=fixtures,
        conventions=conventions_for(surface),
        schemes=schemes(surface.auth),
    )
    loaded.recorded_pages = _recorded_pages(root, loaded)
    return loaded


def _recorded_pages(root: Path, surface: MockSurface) -> dict[str, RecordedPage]:
    """The page every paginated success fixture records; a recording whose pagination
    headers contradict its body is refused (the mock would serve the contradiction)."""
    pages: dict[str, RecordedPage] = {}
    for view in surface.document.operations:
        style = paged(surface.registry.pagination.get(view.pagination or ""))
        if style is None:
            continue
        for fixture in surface.fixtures.get(view.operation_id, []):
            if not 200 <= fixture.status < 300:
                continue
            found = contradiction(fixture, style)
            if found is not None:
                _, lines = load_yaml(root / fixture.file, display=fixture.file)
                raise FixtureError(
                    f"the `{found.header}` header {found.message}",
                    file=fixture.file,
                    line=lines.get(f"/response/headers/{found.header}"),
                )
            page = read(fixture, style)
            if page is not None:
                pages[fixture.file] = page
    return pages


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
