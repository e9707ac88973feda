"""The folders the build may read its inputs from, and the check that keeps it there.

A source file may be a symlink and a `$ref` may climb with `..`; either could make the
build read (and publish parts of) a file elsewhere on the machine. Every path the build
is about to read is resolved (symlinks followed, `..` collapsed, nothing opened) and
must then lie inside one of `INPUT_FOLDERS` of the project root, or inside a folder the
caller adds (a surface's fixtures folder, where the registry says it is).
"""

from __future__ import annotations

from pathlib import Path

from .errors import LoadError

INPUT_FOLDERS = ("spec", "overlays")


def confine(
    root: Path,
    path: Path,
    *,
    display: str,
    line: int | None = None,
    what: str = "",
    also: tuple[str, ...] = (),
) -> Path:
    """`path` resolved, if it lies inside the project's input folders; a LoadError
    naming `display` (and `line`) otherwise. Never opens the file."""
    resolved = path.resolve()
    base = root.resolve()
    allowed = (*INPUT_FOLDERS, *also)
    if any(resolved.is_relative_to(base / folder) for folder in allowed):
        return resolved
    folders = ", ".join(f"{f}/" for f in allowed)
    via = f"{what} " if what else ""
    raise LoadError(
        f"{via}leads to {resolved}, outside the project's input folders ({folders}); "
        "the build reads nothing else (a symlink or `..` going out of the repository?)",
        file=display,
        line=line,
    )
