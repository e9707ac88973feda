"""`python -m semaphore_spec.mock [--root DIR] [options]`: the `mock` command alone."""

from __future__ import annotations

import argparse
import sys

from ..errors import SpecError
from .command import DESCRIPTION, EXIT_CANNOT_SERVE, add_arguments, run


def main(argv: list[str] | None = None) -> int:
    """Parse the `mock` command's options and serve; returns the exit status."""
    parser = argparse.ArgumentParser(prog="python -m semaphore_spec.mock", description=DESCRIPTION)
    parser.add_argument("--root", help="project root (default: found from the current folder)")
    add_arguments(parser)
    try:
        return run(parser.parse_args(argv))
    except SpecError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_CANNOT_SERVE


if __name__ == "__main__":
    sys.exit(main())
