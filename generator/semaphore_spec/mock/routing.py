"""Which surface and operation a request path hits.

Each surface is mounted at the path of its registry default server (`/api/v1`,
`/api/v1alpha`, `/v2`); operations with `x-semaphore-server: <name>` are mounted at
that server's path instead (v1alpha's old log endpoint lives at the host root).
Paths are matched on their raw (percent-encoded) form, so an encoded `/` inside a
parameter stays inside it, after collapsing `//` (some real clients send it) and
dropping a trailing `/`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

from ..fixtures import Router
from .document import OperationView
from .surfaces import MockSurface, server_path


def normalize(raw_path: str) -> str:
    """`raw_path` with runs of `/` collapsed and no trailing `/` (except the root)."""
    path = re.sub(r"/{2,}", "/", raw_path or "/")
    if not path.startswith("/"):
        path = "/" + path
    return path.rstrip("/") or "/"


@dataclass(frozen=True)
class Mount:
    """The operations of one surface served from one registry server, at `prefix`."""

    prefix: str
    surface: MockSurface
    views: dict[tuple[str, str], OperationView] = field(repr=False)  # (path, method) -> view
    router: Router = field(repr=False)

    def relative(self, path: str) -> str | None:
        """`path` relative to this mount, or None when it lies elsewhere."""
        if not self.prefix:
            return path
        if path == self.prefix:
            return "/"
        if path.startswith(self.prefix + "/"):
            return path[len(self.prefix) :]
        return None


@dataclass(frozen=True)
class Resolution:
    """Where a request lands.

    `view` is set when an operation answers it; otherwise `surface` (if any) is the
    surface whose territory the path is in, and `wrong_method` says whether the path
    exists there with another method.
    """

    surface: MockSurface | None
    mount: Mount | None = None
    view: OperationView | None = None
    relative: str = "/"
    path_params: dict[str, str] = field(default_factory=dict)
    wrong_method: bool = False


def _router(views: list[OperationView]) -> Router:
    paths: dict[str, dict[str, Any]] = {}
    for view in views:
        paths.setdefault(view.operation.path, {})[view.operation.method] = view.operation.spec
    return Router({"paths": paths})


def mounts(surfaces: list[MockSurface]) -> list[Mount]:
    """Every mount of `surfaces`, most specific (longest prefix) first."""
    found: list[Mount] = []
    for surface in surfaces:
        for server, views in surface.views_by_server().items():
            found.append(
                Mount(
                    prefix=server_path(surface.registry, server),
                    surface=surface,
                    views={(v.operation.path, v.operation.method): v for v in views},
                    router=_router(views),
                )
            )
    taken: dict[str, str] = {}
    for mount in found:
        # Two operations at one URL cannot both be answered; the registry must keep them apart.
        for path, method in mount.views:
            key = f"{method} {mount.prefix}{path}"
            if key in taken and taken[key] != mount.surface.name:
                raise ValueError(f"{key} is served by both {taken[key]} and {mount.surface.name}")
            taken[key] = mount.surface.name
    return sorted(found, key=lambda mount: -len(mount.prefix))


def path_parameters(view: OperationView, relative: str) -> dict[str, str]:
    """The decoded values `relative` gives the operation's path template parameters."""
    names = re.findall(r"\{([^}]+)\}", view.operation.path)
    pattern = re.sub(r"\\\{[^}]+\\\}", "([^/]+)", re.escape(view.operation.path))
    match = re.fullmatch(pattern, relative)
    if not match:
        return {}
    return {name: unquote(value) for name, value in zip(names, match.groups(), strict=True)}


class Routes:
    """Resolves (method, raw path) over all mounts."""

    def __init__(self, surfaces: list[MockSurface]) -> None:
        self.mounts = mounts(surfaces)

    def resolve(self, method: str, raw_path: str) -> Resolution:
        """Where `method raw_path` lands (see `Resolution`)."""
        path = normalize(raw_path)
        # HEAD is GET without a body, as every HTTP server treats it.
        method = "get" if method.lower() == "head" else method.lower()
        territory: Resolution | None = None
        for mount in self.mounts:
            relative = mount.relative(path)
            if relative is None:
                continue
            op = mount.router.match(method, relative)
            if op is not None:
                view = mount.views[(op.path, op.method)]
                return Resolution(
                    surface=mount.surface,
                    mount=mount,
                    view=view,
                    relative=relative,
                    path_params=path_parameters(view, relative),
                )
            elsewhere = any(
                mount.router.match(other, relative) is not None
                for other in {m for _, m in mount.views}
                if other != method
            )
            better = territory is None or (elsewhere and not territory.wrong_method)
            # A mount at the host root claims only paths it actually serves.
            if better and (mount.prefix or elsewhere):
                territory = Resolution(
                    surface=mount.surface,
                    mount=mount,
                    relative=relative,
                    wrong_method=elsewhere,
                )
        return territory or Resolution(surface=None, relative=path)
