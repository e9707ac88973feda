"""The lock file (`published/<surface>/openapi.lock.json`): what a build depended on.

It records, in separate sections, the versions of the tools that shape the outputs
(`tools`), the sha256 of every input (`inputs`), of every output of the surface
(`outputs`) and of the distribution's own files (`package`). `staleness` compares it
with the project and says why a surface is out of date: a tool version change is named
as such (`tool version changed: pyyaml 6.0.3 -> 6.0.4`), apart from changed inputs and
outputs that differ from what was built.
"""

from __future__ import annotations

import hashlib
import json
import os
from importlib.metadata import version as dist_version
from pathlib import Path
from typing import Any

from . import __version__
from .hash_cache import HashCache
from .registry import Surface
from .yamlio import YAML_EMITTER

LOCK_NAME = "openapi.lock.json"
# Local caches and build leftovers that may sit beside the inputs; never inputs.
_IGNORED = {"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache", "node_modules"}
# Inputs shared by every surface: what shapes the outputs (the registry, overlays, codegen
# config, templates, the client runtime, and the pipeline's code). Each surface adds its
# own spec and fixture folders; tool versions are recorded apart from inputs (`tools`).
#
# The pipeline's code is the whole `generator/semaphore_spec` package, not a list of the
# modules the stages use: a hand-kept list silently missed `publish/` (edit the 3.0
# downgrader and the build said "up to date"), and an import graph misses what is
# imported lazily or by name. Hashing every module is the one key that cannot be too
# narrow; too wide costs at most a rebuild that changes nothing but the lock (an edit
# to, say, the mock makes `build --check` ask for `build`, which then only rewrites the
# locks' input hashes).
SHARED_INPUTS = (
    "spec/surfaces.yaml",
    "overlays",
    "generator/codegen.yaml",
    "generator/templates",
    "generator/runtime",
    "generator/semaphore_spec",
)


def sha(path: Path, memo: HashCache | None = None) -> str:
    """sha256 of a file's bytes, in hex; through `memo` (`hash_cache`) when one is given,
    for files of the project itself (never a staging copy)."""
    if memo is None:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    return memo.sha(path)


def files(root: Path, rel: str, folders: list[str] | None = None) -> list[Path]:
    """The files of `root/rel` (a file or a folder), sorted, without caches and leftovers.
    `folders`, when given, receives `root/rel` and every folder listed below it."""
    path = root / rel
    if folders is not None:
        folders.append(str(path))
    if path.is_file():
        return [path]
    if not path.is_dir():
        return []
    found: list[str] = []
    _walk(str(path), found, folders)
    # Sorted as paths (part by part), the order the locks have always listed them in.
    return [Path(p) for p in sorted(found, key=lambda p: p.split(os.sep))]


def _walk(folder: str, found: list[str], folders: list[str] | None) -> None:
    """Append the files below `folder` to `found`. os.scandir, not Path.rglob: the
    entries' types come with the listing (no stat per file), which a no-op build,
    listing about 3,500 files, notices."""
    with os.scandir(folder) as entries:
        for entry in entries:
            name = entry.name
            if name in _IGNORED or name.endswith(".egg-info"):
                continue
            if entry.is_dir(follow_symlinks=False):
                if folders is not None:
                    folders.append(entry.path)
                _walk(entry.path, found, folders)
            elif entry.is_file() and not name.endswith(".pyc"):
                found.append(entry.path)


# Every package whose behaviour shapes the outputs. (Not Python itself: the outputs do
# not depend on it, and CI may run another patch release.)
SHAPING_TOOLS = (
    "openapi-python-client",
    "openapi-spec-validator",
    "python-jsonpath",
    "pyyaml",
    "jinja2",
    "markdown-it-py",
    # The formatter of the generated code; its distribution's version is the one
    # `ruff --version` prints (read without starting it: a no-op build is short).
    "ruff",
)


def tool_versions() -> dict[str, str]:
    """The installed versions of the tools that shape the outputs, by name."""
    return {
        "semaphore-spec": __version__,
        **{name: dist_version(name) for name in SHAPING_TOOLS},
        "yaml-emitter": YAML_EMITTER,
    }


def tool_files() -> list[str] | None:
    """The installed metadata file of each of `SHAPING_TOOLS`: installing another version
    replaces it, which is how `build_stamp` notices a tool change without reading one.
    None when a tool's installation does not list its metadata file."""
    from importlib.metadata import distribution

    found = []
    for name in SHAPING_TOOLS:
        dist = distribution(name)
        metadata = [
            f for f in dist.files or () if f.name == "METADATA" and f.parent.suffix == ".dist-info"
        ]
        if not metadata:
            return None
        found.append(str(dist.locate_file(metadata[0])))
    return found


def input_hashes(root: Path, surface: Surface, memo: HashCache | None = None) -> dict[str, str]:
    """sha256 of every input that shapes a surface's outputs, by project-relative path.
    `memo` lets the surfaces of one check share the hashes of their shared inputs."""
    rels = (*SHARED_INPUTS, surface.spec_dir, surface.fixtures_dir)
    return {
        str(p.relative_to(root)): sha(p, memo) for rel in rels for p in _listed(root, rel, memo)
    }


def _listed(root: Path, rel: str, memo: HashCache | None) -> list[Path]:
    """`files(root, rel)`, listed once per check when a memo is given."""
    if memo is None:
        return files(root, rel)
    key = root / rel
    if key not in memo.listings:
        memo.listings[key] = files(root, rel, memo.folders)
    return memo.listings[key]


def surface_outputs(surface: Surface) -> list[str]:
    """The project-relative folders a surface's build owns."""
    return [surface.published_dir, f"generated/{surface.client_path}"]


def output_hashes(base: Path, surface: Surface, memo: HashCache | None = None) -> dict[str, str]:
    """sha256 of every output of a surface under `base` (the lock itself excepted)."""
    hashes = {}
    for rel in surface_outputs(surface):
        for p in files(base, rel, memo.folders if memo else None):
            if p.name != LOCK_NAME:
                hashes[str(p.relative_to(base))] = sha(p, memo)
    return hashes


def package_hashes(
    base: Path, registry: dict[str, Surface], memo: HashCache | None = None
) -> dict[str, str]:
    """sha256 of the distribution's own files: everything in generated/ outside the
    surfaces' subpackages (pyproject, README, package __init__, the runtime, ...)."""
    owned = tuple(f"generated/{s.client_path}/" for s in registry.values())
    hashes = {}
    for p in files(base, "generated", memo.folders if memo else None):
        rel = str(p.relative_to(base))
        if not rel.startswith(owned):
            hashes[rel] = sha(p, memo)
    return hashes


def lock_of(root: Path, surface: Surface) -> dict[str, Any]:
    """A surface's lock as data; empty when there is none yet."""
    path = root / surface.published_dir / LOCK_NAME
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    return data


def staleness(
    root: Path, surface: Surface, tools: dict[str, str], memo: HashCache | None = None
) -> list[str]:
    """Why a surface's outputs are out of date with its lock, one line per cause (empty
    when the lock's tools, inputs and outputs all match): a tool version change is named
    as such, apart from changed inputs and outputs edited since the build."""
    lock_path = root / surface.published_dir / LOCK_NAME
    if not lock_path.is_file():
        return [f"[{surface.name}] no {LOCK_NAME} yet"]
    lock: dict[str, Any] = json.loads(lock_path.read_text(encoding="utf-8"))
    reasons = []
    locked_tools: dict[str, str] = lock.get("tools") or {}
    for name in sorted(set(locked_tools) | set(tools)):
        old, new = locked_tools.get(name, "none"), tools.get(name, "none")
        if old != new:
            reasons.append(f"[{surface.name}] tool version changed: {name} {old} -> {new}")
    for what, locked, now in (
        ("input changed", lock.get("inputs") or {}, input_hashes(root, surface, memo)),
        (
            "output differs from the lock",
            lock.get("outputs") or {},
            output_hashes(root, surface, memo),
        ),
    ):
        for rel in sorted(set(locked) | set(now)):
            if locked.get(rel) != now.get(rel):
                reasons.append(f"[{surface.name}] {what}: {rel}")
    return reasons


def is_up_to_date(root: Path, surface: Surface, tools: dict[str, str]) -> bool:
    """True when the lock's tool versions, input and output hashes all match."""
    return not staleness(root, surface, tools)
