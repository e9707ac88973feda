"""`semaphore-spec diff OLD NEW`: the changelog between two versions of the published specs."""

from __future__ import annotations

import argparse
import datetime
import sys
from dataclasses import dataclass
from pathlib import Path

from ..project import EXIT_FOUND_PROBLEMS, EXIT_OK, project_root
from ..registry import load_registry, select
from .compare import compare_documents
from .errors import DiffError
from .load import WORKTREE, Side, file_side, load_file, load_published, revision_side
from .model import Change
from .refs import Document
from .report import prepend_to_changelog, render_section
from .vendor import NOTE as VENDOR_NOTE
from .vendor import drift_only, normalize

_DESCRIPTION = f"""\
Compare two versions of the published specs and print a Markdown changelog section per
surface, every change classified breaking or compatible. OLD and NEW are either two
OpenAPI files (one surface) or two git revisions of the project (HEAD~1, main, a commit;
{WORKTREE} for the working tree), which compare published/<surface>/openapi.json of
every surface of spec/surfaces.yaml (or those given with --surface). An argument that
names an existing file is read as a file.

With --vendor, OLD is an OpenAPI document a server serves itself (3.0 or 3.1, e.g.
fetched with curl from /api/v2/api-spec/openapi.json) and NEW our published one; the
report is the drift in both directions, and breaking drift exits 1."""


def configure(command: argparse.ArgumentParser) -> None:
    """The `diff` command's description, arguments and action."""
    command.description = _DESCRIPTION
    command.add_argument("old", metavar="OLD", help="file, git revision or WORKTREE")
    command.add_argument("new", metavar="NEW", help="file, git revision or WORKTREE")
    command.add_argument(
        "--surface",
        action="append",
        metavar="NAME",
        help="only this surface (repeatable); with files, the name the section is given",
    )
    command.add_argument(
        "--fail-on-breaking", action="store_true", help="exit 1 when any change is breaking"
    )
    command.add_argument(
        "--vendor",
        action="store_true",
        help="OLD is the vendor's own served document: report drift, exit 1 on breaking drift",
    )
    command.add_argument(
        "--changelog",
        metavar="FILE",
        help="also prepend the sections to FILE (created when missing), e.g. CHANGELOG.md",
    )
    command.set_defaults(run=run)


@dataclass(frozen=True)
class Comparison:
    """The changes of one surface between two versions, ready to render."""

    surface: str
    span: str
    changes: list[Change]
    note: str = ""


def _span(old: Side, new: Side) -> str:
    date = new.date or datetime.date.today().isoformat()
    return f"{old.label} → {new.label} ({date})"


def _compare_files(
    old: Side, new: Side, surfaces: list[str] | None, vendor: bool = False
) -> list[Comparison]:
    if surfaces and len(surfaces) > 1:
        raise DiffError("two files hold one surface: give at most one --surface")
    name = surfaces[0] if surfaces else Path(new.value).resolve().parent.name
    before = load_file(Path(old.value))
    if vendor:
        changes = drift_only(compare_documents(normalize(before), load_file(Path(new.value))))
        span = f"vendor's {old.label} → {new.label} ({_span(old, new).rsplit('(', 1)[1]}"
        return [Comparison(name, span, changes, VENDOR_NOTE)]
    changes = compare_documents(before, load_file(Path(new.value)))
    return [Comparison(name, _span(old, new), changes)]


def _without_paths(document: Document) -> Document:
    """The same document with no operations: the other side of a surface that is new
    (or gone), so that every operation shows as added (or removed) and nothing else."""
    return Document({**document.data, "paths": {}}, document.name)


def _compare_revisions(
    old: Side, new: Side, root: Path, surfaces: list[str] | None
) -> list[Comparison]:
    found: list[Comparison] = []
    for surface in select(load_registry(root), surfaces):
        before = load_published(old, surface.name, root)
        after = load_published(new, surface.name, root)
        if before is not None and after is not None:
            found.append(
                Comparison(surface.name, _span(old, new), compare_documents(before, after))
            )
        elif after is not None:
            changes = compare_documents(_without_paths(after), after)
            note = f"Not published in {old.label}: every operation is new."
            found.append(Comparison(surface.name, _span(old, new), changes, note))
        elif before is not None:
            changes = compare_documents(before, _without_paths(before))
            note = f"Not published in {new.label}: every operation is gone."
            found.append(Comparison(surface.name, _span(old, new), changes, note))
        elif surfaces:
            raise DiffError(
                f"surface {surface.name} is published in neither {old.label} nor {new.label}"
            )
        else:
            print(f"note: {surface.name} is published in neither version", file=sys.stderr)
    if not found:
        raise DiffError(f"no surface is published in {old.label} or {new.label}")
    return found


def compare_arguments(args: argparse.Namespace) -> list[Comparison]:
    """The comparisons OLD and NEW ask for: two files, or two revisions of the project."""
    old_file, new_file = file_side(args.old), file_side(args.new)
    vendor = bool(getattr(args, "vendor", False))
    if old_file is not None and new_file is not None:
        return _compare_files(old_file, new_file, args.surface, vendor)
    if vendor:
        raise DiffError("--vendor compares two files: the vendor's document, then ours")
    if old_file is not None or new_file is not None:
        raise DiffError(
            "compare two files, or two git revisions (or WORKTREE), not a file and a revision"
        )
    root = project_root(args)
    old, new = revision_side(args.old, root), revision_side(args.new, root)
    return _compare_revisions(old, new, root, args.surface)


def run(args: argparse.Namespace) -> int:
    """Print the changelog sections; prepend them to --changelog; exit 1 on breaking
    changes with --fail-on-breaking. Bad input raises `DiffError` (exit 2 in the cli)."""
    comparisons = compare_arguments(args)
    sections = [render_section(c.surface, c.span, c.changes, c.note) for c in comparisons]
    print("\n".join(sections), end="")
    if args.changelog:
        prepend_to_changelog(Path(args.changelog), sections)
    breaking = any(change.breaking for c in comparisons for change in c.changes)
    fail = args.fail_on_breaking or getattr(args, "vendor", False)
    return EXIT_FOUND_PROBLEMS if fail and breaking else EXIT_OK
