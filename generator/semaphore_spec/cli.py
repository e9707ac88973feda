"""The `semaphore-spec` command line: build, diff, mock, contract and mutation.

Each command module configures its sub-command's parser (`configure`) and returns an
exit code (`project.EXIT_*`); this module only parses and turns typed errors into
messages. Only the chosen command's module is imported: a no-op `build` is a fraction
of a second, and the other commands' modules would add a sixth of it.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from .errors import BuildFailed, SpecError
from .project import EXIT_BAD_INPUT, CommandParser

EXIT_INTERRUPTED = 130
# Each command: the module that configures and runs it, and its line in `--help`.
COMMANDS = {
    "build": (".build_command", "regenerate published/ and generated/ from spec/"),
    "diff": (".diff.command", "changelog of the published specs between two versions"),
    "mock": (".mock.command", "serve the published specs from the recorded fixtures"),
    "contract": (
        ".contract.command",
        "contract-test a server (or the mock) against a surface's spec",
    ),
    "mutation": (
        ".mutation.command",
        "run the contract suite against deliberately faulty mocks; print the kill rate",
    ),
}


def chosen_command(argv: list[str]) -> str | None:
    """The command `argv` names (its first word that is not an option or `--root`'s
    value), or None when it names none."""
    words = iter(argv)
    for word in words:
        if word == "--root":
            next(words, None)
        elif not word.startswith("-"):
            return word if word in COMMANDS else None
    return None


def parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The argument parser: every command is listed, and the one `argv` chooses (every
    one when `argv` is None) is configured with its options."""
    chosen = set(COMMANDS) if argv is None else {chosen_command(argv)}
    top = argparse.ArgumentParser(prog="semaphore-spec", description=__doc__.split("\n\n")[0])
    top.add_argument("--root", help="project root (default: found from the current folder)")
    commands = top.add_subparsers(dest="command", required=True, parser_class=CommandParser)
    for name, (module, summary) in COMMANDS.items():
        command = commands.add_parser(name, help=summary)
        if name in chosen:
            importlib.import_module(module, __package__).configure(command)
        # `--root` after the command too (`semaphore-spec build --root DIR`).
        command.add_argument("--root", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    return top


def main(argv: list[str] | None = None) -> int:
    """Entry point of `semaphore-spec`; returns the exit status."""
    argv = sys.argv[1:] if argv is None else argv
    args = parser(argv).parse_args(argv)
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
