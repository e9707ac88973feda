"""The `semaphore-spec` command line."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from .build import build
from .contract.command import register as register_contract
from .diff.command import register as register_diff
from .errors import BuildFailed, SpecError
from .mock.command import register as register_mock

EXIT_OK, EXIT_OUT_OF_DATE, EXIT_BAD_INPUT = 0, 1, 2


def find_root(start: Path) -> Path:
    """The project root: the nearest folder upwards that holds `spec/surfaces.yaml`."""
    for folder in (start, *start.parents):
        if (folder / "spec" / "surfaces.yaml").is_file():
            return folder
    raise SpecError("not inside a semaphore-spec project (no spec/surfaces.yaml found upwards)")


def _cmd_build(args: argparse.Namespace) -> int:
    root = Path(args.root).resolve() if args.root else find_root(Path.cwd())
    start = time.perf_counter()
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
            return EXIT_OUT_OF_DATE
        print(f"generated/ and published/ are up to date ({elapsed:.2f}s)")
        return EXIT_OK
    print(
        f"built {', '.join(outcome.rebuilt) or 'nothing'}; "
        f"{len(outcome.changed)} files changed ({elapsed:.2f}s)"
    )
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    """Entry point of `semaphore-spec`; returns the exit status."""
    parser = argparse.ArgumentParser(prog="semaphore-spec", description=__doc__)
    parser.add_argument("--root", help="project root (default: found from the current folder)")
    commands = parser.add_subparsers(dest="command", required=True)
    build_cmd = commands.add_parser("build", help="regenerate published/ and generated/ from spec/")
    build_cmd.add_argument("--surface", action="append", help="only this surface (repeatable)")
    build_cmd.add_argument(
        "--check",
        action="store_true",
        help="change nothing; exit 1 listing files that are out of date",
    )
    build_cmd.add_argument(
        "--force", action="store_true", help="rebuild even when the lock says up to date"
    )
    build_cmd.set_defaults(run=_cmd_build)
    register_diff(commands)
    register_mock(commands)
    register_contract(commands)
    args = parser.parse_args(argv)
    try:
        return int(args.run(args))
    except BuildFailed as exc:
        print(
            f"build failed ({len(exc.errors)} error(s)); generated/ and published/ are unchanged:",
            file=sys.stderr,
        )
        print(str(exc), file=sys.stderr)
        return EXIT_BAD_INPUT
    except SpecError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT


if __name__ == "__main__":
    sys.exit(main())
