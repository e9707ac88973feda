"""`python -m semaphore_spec.contract --surface NAME ...`: the `contract` command alone."""

from __future__ import annotations

import argparse
import sys

from ..errors import SpecError
from .command import DESCRIPTION, add_arguments, run

EXIT_BAD_INPUT = 2


def main(argv: list[str] | None = None) -> int:
    """Parse the `contract` command's options and run it; returns the exit status."""
    parser = argparse.ArgumentParser(
        prog="python -m semaphore_spec.contract", description=DESCRIPTION
    )
    parser.add_argument("--root", help="project root (default: found from the current folder)")
    add_arguments(parser)
    try:
        return run(parser.parse_args(argv))
    except SpecError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT


if __name__ == "__main__":
    sys.exit(main())
