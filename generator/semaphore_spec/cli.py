"""The `semaphore-spec` command line: build, diff, mock, contract and mutation.

Each command module registers its sub-command and returns an exit code
(`project.EXIT_*`); this module only parses and turns typed errors into messages.
"""

from __future__ import annotations

import argparse
import sys

from . import build_command
from .contract import command as contract_command
from .diff import command as diff_command
from .errors import BuildFailed, SpecError
from .mock import command as mock_command
from .mutation import command as mutation_command
from .project import EXIT_BAD_INPUT

EXIT_INTERRUPTED = 130


def parser() -> argparse.ArgumentParser:
    """The argument parser of every command."""
    top = argparse.ArgumentParser(prog="semaphore-spec", description=__doc__)
    top.add_argument("--root", help="project root (default: found from the current folder)")
    commands = top.add_subparsers(dest="command", required=True)
    for module in (build_command, diff_command, mock_command, contract_command, mutation_command):
        module.register(commands)
    for command in commands.choices.values():
        # `--root` after the command too (`semaphore-spec build --root DIR`).
        command.add_argument("--root", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    return top


def main(argv: list[str] | None = None) -> int:
    """Entry point of `semaphore-spec`; returns the exit status."""
    args = parser().parse_args(argv)
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
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED


if __name__ == "__main__":
    sys.exit(main())
