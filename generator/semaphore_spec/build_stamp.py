"""The stamp of the last build found up to date: the stat of everything it read.

A no-op build used to spend most of its time before looking at a single file: the
registry's pydantic models take about a tenth of a second to import. When the last
up-to-date check recorded the size, modification time and inode of every input and
output file it hashed (`hash_cache` keeps them), the modification time of every folder
it listed (a file added or removed changes its folder's), and the metadata file of each
installed tool that shapes the outputs (an upgrade replaces it), then an unchanged stat
of all of them means the same answer: up to date, without the registry or a hash.

Anything else falls back to the full check in `build.py`, which writes a new stamp
when it finds everything up to date and deletes the stamp otherwise: no stamp, another
selection of surfaces, another interpreter or import path (it would find other tools),
a version of this file we do not know, a stat that differs, a path that is gone. As in
`hash_cache`, an entry modified within `RACY_NS` of the moment the stamp was written
cannot prove anything, so the full check runs.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

STAMP_FILE = ".build/up-to-date.json"
RACY_NS = 2_000_000_000  # as hash_cache.RACY_NS: coarser than any file system's timestamps
_VERSION = 1
# Stands for "this path did not exist" (a surface without fixtures, say).
_MISSING: list[int] = []


def _stat(path: str) -> list[int]:
    """[size, mtime_ns, inode] of `path`, or `_MISSING`."""
    try:
        stat = os.stat(path)
    except OSError:
        return _MISSING
    return [stat.st_size, stat.st_mtime_ns, stat.st_ino]


def _environment() -> list[str]:
    """Where this process finds its tools: another interpreter or import path may install
    other versions, which the recorded metadata files would not show."""
    return [sys.executable, *sys.path]


def surfaces_if_current(root: Path, selection: list[str] | None) -> list[str] | None:
    """The surfaces the stamp found up to date, when nothing it recorded has changed
    since and it was written for the same `selection` (None: every surface); else None."""
    try:
        data = json.loads((root / STAMP_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("version") != _VERSION:
        return None
    if data.get("selection") != (sorted(selection) if selection else None):
        return None
    if data.get("environment") != _environment():
        return None
    saved, paths, surfaces = data.get("saved_ns"), data.get("paths"), data.get("surfaces")
    if not isinstance(saved, int) or not isinstance(paths, dict) or not isinstance(surfaces, list):
        return None
    for path, recorded in paths.items():
        now = _stat(path)
        if now != recorded or (now and now[1] >= saved - RACY_NS):
            return None
    return [str(name) for name in surfaces]


def record(
    root: Path,
    selection: list[str] | None,
    surfaces: Iterable[str],
    stats: dict[str, list[int]],
    stat_now: Iterable[str],
) -> None:
    """Write the stamp of an up-to-date check: `stats` holds the [size, mtime_ns, inode]
    of every file it hashed, taken when it hashed them; the paths of `stat_now` (the
    folders it listed, the locks it read, the tools' metadata files) are stat'ed now.
    Failures are ignored: the stamp only saves time."""
    paths = dict(stats)
    for path in stat_now:
        paths[path] = _stat(path)
    data: dict[str, Any] = {
        "version": _VERSION,
        "saved_ns": time.time_ns(),
        "selection": sorted(selection) if selection else None,
        "environment": _environment(),
        "surfaces": list(surfaces),
        "paths": paths,
    }
    target = root / STAMP_FILE
    temporary = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    with contextlib.suppress(OSError):
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_text(json.dumps(data), encoding="utf-8")
        os.replace(temporary, target)


def forget(root: Path) -> None:
    """Delete the stamp: a build that was not a no-op has changed what it recorded."""
    with contextlib.suppress(OSError):
        (root / STAMP_FILE).unlink()
