"""`python -m semaphore_spec.contract ...`: the same as `semaphore-spec contract ...`."""

from __future__ import annotations

import sys

from .. import cli


def main(argv: list[str] | None = None) -> int:
    """Run `semaphore-spec contract` with `argv` (default: this process's arguments)."""
    return cli.main(["contract", *(sys.argv[1:] if argv is None else argv)])


if __name__ == "__main__":
    sys.exit(main())
