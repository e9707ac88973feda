"""Where the two documents come from: a file, a git revision, or the working tree.

A file is compared as it is. A git revision or the working tree stands for the project's
published specs, `published/<surface>/openapi.json`, read with `git show REV:path` or
from disk.
"""

from __future__ import annotations

import json
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from ..errors import LoadError
from ..yamlio import parse_yaml
from .errors import DiffError
from .refs import Document

WORKTREE = "WORKTREE"


def published_path(surface: str) -> str:
    """Where a surface's published spec lives, relative to the project root."""
    return f"published/{surface}/openapi.json"


@dataclass(frozen=True)
class Side:
    """One side of a comparison. `value` is the file path or the full commit hash;
    `label` is how headings name it; `date` is the commit's date (YYYY-MM-DD)."""

    kind: Literal["file", "revision", "worktree"]
    value: str
    label: str
    date: str | None = None


def _git(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(
            ["git", "-C", str(root), *args],
            capture_output=True,
            text=True,
            check=False,
        )
    except FileNotFoundError:
        raise DiffError("git is not installed; compare files instead") from None


def file_side(argument: str) -> Side | None:
    """The side for an existing file, or None when `argument` names no file."""
    return Side("file", argument, argument) if Path(argument).is_file() else None


def revision_side(argument: str, root: Path) -> Side:
    """The side for `WORKTREE` or a git revision of the repository holding `root`."""
    if argument == WORKTREE:
        return Side("worktree", "", "working tree")
    if argument.startswith("-"):
        raise DiffError(f"{argument!r} is neither a file nor a git revision")
    found = _git(root, "rev-parse", "--verify", "--quiet", f"{argument}^{{commit}}")
    if found.returncode != 0:
        raise DiffError(
            f"{argument!r} is neither a file nor a git revision of {root} "
            f"(nor {WORKTREE}, the working tree)"
        )
    commit = found.stdout.strip()
    short = _git(root, "rev-parse", "--short", commit).stdout.strip() or commit[:12]
    date = _git(root, "show", "-s", "--format=%cs", commit).stdout.strip() or None
    return Side("revision", commit, short, date)


def parse_document(text: str, name: str) -> Document:
    """Parse JSON or YAML text into a `Document`, checking it looks like OpenAPI 3."""
    data: Any
    if text.lstrip().startswith("{"):
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise DiffError(f"invalid JSON: {exc.msg}", file=name, line=exc.lineno) from None
    else:
        try:
            data, _ = parse_yaml(text, file=name)
        except LoadError as exc:
            raise DiffError(exc.message, file=name, line=exc.line) from None
    if not isinstance(data, dict) or not str(data.get("openapi", "")).startswith("3."):
        raise DiffError("not an OpenAPI 3 document (no `openapi: 3.x`)", file=name)
    if not isinstance(data.get("paths", {}), dict):
        raise DiffError("`paths` must be a mapping", file=name)
    return Document(data, name)


def load_file(path: Path, display: str | None = None) -> Document:
    """The document in a JSON or YAML file; errors name `display` (default: the path)."""
    name = display or str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DiffError(f"cannot read: {exc}", file=name) from None
    return parse_document(text, name)


def load_published(side: Side, surface: str, root: Path) -> Document | None:
    """`surface`'s published spec on `side` (a revision or the working tree), or None
    when it is not published there."""
    path = published_path(surface)
    if side.kind == "worktree":
        file = root / path
        return load_file(file, path) if file.is_file() else None
    if side.kind != "revision":
        raise ValueError("load_published needs a revision or the working tree")
    # `REV:./path` is relative to root, which need not be the repository's top folder
    spec = f"{side.value}:./{path}"
    if _git(root, "cat-file", "-e", spec).returncode != 0:
        return None
    shown = _git(root, "show", spec)
    if shown.returncode != 0:
        raise DiffError(f"git show failed: {shown.stderr.strip()}", file=f"{side.label}:{path}")
    return parse_document(shown.stdout, f"{side.label}:{path}")
