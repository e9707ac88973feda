"""`python -m semaphore_spec.mock ...`: the same as `semaphore-spec mock ...`."""

from __future__ import annotations

import sys

from ..cli import main

if __name__ == "__main__":
    sys.exit(main(["mock", *sys.argv[1:]]))
