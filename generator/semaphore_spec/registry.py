"""The registry of API surfaces (`spec/surfaces.yaml`): the one place that names a
surface and says where it lives, how it authenticates and how it paginates."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import RegistryError
from .yamlio import load_yaml

REGISTRY_FILE = "spec/surfaces.yaml"
_REQUIRED = ("title", "version", "description", "servers", "auth", "pagination", "client")


@dataclass(frozen=True)
class Surface:
    """One API surface as the registry describes it; `facts` is its raw registry entry."""

    name: str
    facts: dict[str, Any]

    @property
    def title(self) -> str:
        """The published document's `info.title`."""
        return str(self.facts["title"])

    @property
    def client_package(self) -> str:
        """Dotted import path of the generated client, e.g. `semaphore_client.v1`."""
        return str(self.facts["client"]["package"])

    @property
    def client_path(self) -> str:
        """The client subpackage's folder inside the distribution, e.g. `semaphore_client/v1`."""
        return self.client_package.replace(".", "/")

    def template_context(self) -> dict[str, Any]:
        """What overlay templates see: the registry entry plus `name`."""
        return {"name": self.name, **self.facts}


def load_registry(root: Path) -> dict[str, Surface]:
    """Read `spec/surfaces.yaml` under `root`; check every surface has the facts we need."""
    data, lines = load_yaml(root / REGISTRY_FILE, display=REGISTRY_FILE)
    surfaces = data.get("surfaces") if isinstance(data, dict) else None
    if not isinstance(surfaces, dict) or not surfaces:
        raise RegistryError("expected a non-empty `surfaces` mapping", file=REGISTRY_FILE, line=1)
    out: dict[str, Surface] = {}
    for name, facts in surfaces.items():
        pointer = f"/surfaces/{name}"
        if not isinstance(facts, dict):
            raise RegistryError(
                "a surface must be a mapping", file=REGISTRY_FILE, line=lines.get(pointer)
            )
        missing = [key for key in _REQUIRED if key not in facts]
        if missing:
            raise RegistryError(
                f"surface {name!r} lacks {', '.join(missing)}",
                file=REGISTRY_FILE,
                line=lines.get(pointer),
            )
        if "default" not in facts["servers"]:
            raise RegistryError(
                f"surface {name!r} has no `default` server",
                file=REGISTRY_FILE,
                line=lines.get(f"{pointer}/servers"),
            )
        out[name] = Surface(name=name, facts=facts)
    return out


def select(registry: dict[str, Surface], names: list[str] | None) -> list[Surface]:
    """The surfaces named (all when `names` is empty), in registry order."""
    if not names:
        return list(registry.values())
    unknown = [n for n in names if n not in registry]
    if unknown:
        known = ", ".join(registry)
        raise RegistryError(
            f"unknown surface {', '.join(unknown)} (known: {known})", file=REGISTRY_FILE
        )
    return [registry[n] for n in names]


def check_spec_folders(root: Path, surfaces: list[Surface]) -> None:
    """Every selected surface has its entry document; the error names the registry entry."""
    for surface in surfaces:
        entry = root / "spec" / surface.name / "openapi.yaml"
        if not entry.is_file():
            _, lines = load_yaml(root / REGISTRY_FILE, display=REGISTRY_FILE)
            raise RegistryError(
                f"surface {surface.name!r} has no spec folder: expected "
                f"spec/{surface.name}/openapi.yaml (add it, or remove the registry entry)",
                file=REGISTRY_FILE,
                line=lines.get(f"/surfaces/{surface.name}"),
            )
