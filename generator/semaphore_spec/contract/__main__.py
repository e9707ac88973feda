"""`python -m semaphore_spec.contract ...`: the same as `semaphore-spec contract ...`."""

from __future__ import annotations

import sys

from ..cli import main

if __name__ == "__main__":
    sys.exit(main(["contract", *sys.argv[1:]]))
