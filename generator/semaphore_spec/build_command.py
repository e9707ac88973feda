"""`semaphore-spec build`: regenerate published/ and generated/ from the sources."""

from __future__ import annotations

import argparse
import sys
import time

from . import build_stamp
from .project import EXIT_FOUND_PROBLEMS, EXIT_OK, CommandParser, project_root

DESCRIPTION = (
    "Regenerate published/<surface>/ (the OpenAPI 3.1 and 3.0.3 documents, fixtures.json, "
    "reference.html) and generated/ (the Python client) from spec/, overlays/, the recorded "
    "fixtures and the templates. A surface whose inputs are unchanged is skipped; a failed "
    "build changes nothing."
)

# How a surface the stamp answered for is reported (`build_stamp`).
FROM_STAMP = "nothing read by the last check changed since"


def configure(parser: CommandParser) -> None:
    """The `build` command's description, options and action."""
    parser.description = DESCRIPTION
    parser.epilog_source = _surfaces_epilog
    parser.add_argument("--surface", action="append", help="only this surface (repeatable)")
    parser.add_argument(
        "--check",
        action="store_true",
        help="change nothing; exit 1 listing files that are out of date",
    )
    parser.add_argument(
        "--force", action="store_true", help="rebuild even when the lock says up to date"
    )
    parser.set_defaults(run=run)


def _surfaces_epilog() -> str:
    """The registry's surfaces, when the command runs inside a project."""
    from .registry import load_registry

    try:
        namespace = argparse.Namespace(root=None)
        names = ", ".join(load_registry(project_root(namespace)))
    except Exception:  # help must work anywhere, even outside a project
        return ""
    return f"surfaces: {names}"


def run(args: argparse.Namespace) -> int:
    """Build (or check); 0 when done or up to date, 1 when --check finds stale outputs."""
    root = project_root(args)
    start = time.perf_counter()
    if not args.force and (surfaces := build_stamp.surfaces_if_current(root, args.surface)):
        for name in surfaces:
            print(f"[{name}] up to date ({FROM_STAMP})")
        elapsed = time.perf_counter() - start
        if args.check:
            print(f"generated/ and published/ are up to date ({elapsed:.2f}s)")
        else:
            print(f"built nothing; 0 files changed ({elapsed:.2f}s)")
        return EXIT_OK
    # Imported here: the stamp's answer needs neither the stages nor the registry.
    from .build import build

    outcome = build(root, args.surface, check=args.check, force=args.force)
    elapsed = time.perf_counter() - start
    if args.check:
        if outcome.changed:
            # Say why (a tool version, an input, a hand edit), then what a build would change.
            for reason in outcome.reasons:
                print(reason, file=sys.stderr)
            if any("input changed" in r for r in outcome.reasons):
                cause = "the inputs changed (spec/, overlays/, fixtures or generator/)"
            elif any("tool version changed" in r for r in outcome.reasons):
                cause = "a tool version changed (no input did)"
            else:
                cause = "generated/ or published/ differ from what the build makes"
            print(
                f"out of date: {cause}; {len(outcome.changed)} files would change:",
                file=sys.stderr,
            )
            for path in outcome.changed:
                print(f"  {path}", file=sys.stderr)
            print("run `semaphore-spec build` and commit the result", file=sys.stderr)
            return EXIT_FOUND_PROBLEMS
        print(f"generated/ and published/ are up to date ({elapsed:.2f}s)")
        return EXIT_OK
    print(
        f"built {', '.join(outcome.rebuilt) or 'nothing'}; "
        f"{len(outcome.changed)} files changed ({elapsed:.2f}s)"
    )
    return EXIT_OK
