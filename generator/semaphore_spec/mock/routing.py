"""Which surface and operation a request path hits.

Each surface is mounted at the path of its registry default server (`/api/v1`,
`/api/v1alpha`, `/v2`); operations with `x-semaphore-server: <name>` are mounted at
that server's path instead (v1alpha's old log endpoint lives at the host root).
Paths are matched on their raw (percent-encoded) form, so an encoded `/` inside a
parameter stays inside it, after collapsing `//` (some real clients send it) and
dropping a trailing `/`.

Several surfaces may share a base path: in reality they live on different hosts
(the classic API's `https://semaphoreci.com/api/v1` and the organization host's
project secrets under `https://{org}.semaphoreci.com/api/v1`), but the mock serves
them all on one port. Every mount whose prefix holds the path is tried, and the
best match wins, by these keys in turn:

1. the request's `Host` is the host of the mount's registry server (its variables
   match any one DNS label), so a client that sends the real host always reaches
   the right surface;
2. the longer mount prefix;
3. the operation path with more literal segments (`/projects/{p}/secrets` beats
   `/projects/{hash}/{branch}`, the OpenAPI rule for one document, applied across
   surfaces);
4. registry order.

A path no operation answers belongs to a mount that has it with another method (a
wrong method; the most literal such operation wins), else to the first mount (by
prefix length, then registry order) whose prefix holds it; a mount on the request's
host comes first in both cases. Nothing here names a surface.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote, urlsplit

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
    host: re.Pattern[str] = field(repr=False)  # the server's host; variables match a label
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


def host_pattern(url: str) -> re.Pattern[str]:
    """The host of a server URL as a pattern: each `{variable}` matches one DNS label."""
    host = urlsplit(url).hostname or ""
    parts = re.split(r"(\{[^}]+\})", host)
    return re.compile(
        "".join("[^.]+" if re.fullmatch(r"\{[^}]+\}", p) else re.escape(p) for p in parts),
        re.IGNORECASE,
    )


def literal_segments(template: str) -> int:
    """How many segments of an operation's path template are literal."""
    return sum(1 for segment in template.split("/") if segment and "{" not in segment)


def mounts(surfaces: list[MockSurface]) -> list[Mount]:
    """Every mount of `surfaces`, most specific (longest prefix) first, then registry order."""
    found: list[Mount] = []
    for surface in surfaces:
        for server, views in surface.views_by_server().items():
            found.append(
                Mount(
                    prefix=server_path(surface.registry, server),
                    surface=surface,
                    host=host_pattern(surface.registry.servers[server].url),
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


_REMEMBERED_ROUTES = 4096


class Routes:
    """Resolves (method, raw path[, host]) over all mounts (see the module docstring)."""

    def __init__(self, surfaces: list[MockSurface]) -> None:
        self.mounts = mounts(surfaces)
        # Clients ask for the same URLs again and again (pages, polling, test suites):
        # a resolution is remembered, up to a bound, as routes never change once loaded.
        self._resolved: dict[tuple[str, str, str | None], Resolution] = {}

    def resolve(self, method: str, raw_path: str, host: str | None = None) -> Resolution:
        """Where `method raw_path` lands (see `Resolution`); `host` is the Host header."""
        key = (method, raw_path, host)
        found = self._resolved.get(key)
        if found is None:
            if len(self._resolved) >= _REMEMBERED_ROUTES:
                self._resolved.clear()
            found = self._resolved[key] = self._resolve(method, raw_path, host)
        return found

    def _resolve(self, method: str, raw_path: str, host: str | None) -> Resolution:
        path = normalize(raw_path)
        # HEAD is GET without a body, as every HTTP server treats it.
        method = "get" if method.lower() == "head" else method.lower()
        hostname = (host or "").rsplit(":", 1)[0] if host and not host.startswith("[") else ""
        best: tuple[tuple[int, int, int], Resolution] | None = None
        territory: tuple[tuple[int, int, int], Resolution] | None = None
        for mount in self.mounts:  # already by prefix length, then registry order
            relative = mount.relative(path)
            if relative is None:
                continue
            on_host = 1 if hostname and mount.host.fullmatch(hostname) else 0
            op = mount.router.match(method, relative)
            if op is not None:
                rank = (on_host, len(mount.prefix), literal_segments(op.path))
                if best is None or rank > best[0]:
                    view = mount.views[(op.path, op.method)]
                    best = (
                        rank,
                        Resolution(
                            surface=mount.surface,
                            mount=mount,
                            view=view,
                            relative=relative,
                            path_params=path_parameters(view, relative),
                        ),
                    )
                continue
            others = [
                found
                for other in {m for _, m in mount.views}
                if other != method
                for found in [mount.router.match(other, relative)]
                if found is not None
            ]
            elsewhere = bool(others)
            # A mount at the host root claims only paths it actually serves.
            if not (mount.prefix or elsewhere):
                continue
            literal = max((literal_segments(o.path) for o in others), default=-1)
            rank = (int(elsewhere), on_host, literal)
            if territory is None or rank > territory[0]:
                territory = (
                    rank,
                    Resolution(
                        surface=mount.surface,
                        mount=mount,
                        relative=relative,
                        wrong_method=elsewhere,
                    ),
                )
        if best is not None:
            return best[1]
        return territory[1] if territory else Resolution(surface=None, relative=path)
