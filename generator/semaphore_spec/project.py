"""What every `semaphore-spec` command shares: finding the project root and the exit
codes. Command modules import this, never `cli`, so nothing imports in a circle."""

from __future__ import annotations

import argparse
from pathlib import Path

from .errors import SpecError
from .registry import REGISTRY_FILE

# 0: done, nothing wrong. 1: the command ran and found something (a failed contract
# run, breaking changes, out-of-date outputs, a surviving mutant). 2: bad input or
# the command could not run (a typed error was printed). 3: a run stopped before its end
# (a time budget, an unreachable target). 130/143: stopped by Ctrl-C or SIGTERM.
EXIT_OK, EXIT_FOUND_PROBLEMS, EXIT_BAD_INPUT, EXIT_INCOMPLETE = 0, 1, 2, 3
EXIT_SIGNALLED = {"SIGINT": 130, "SIGTERM": 143}


def find_root(start: Path) -> Path:
    """The project root: the nearest folder upwards that holds the registry."""
    for folder in (start, *start.parents):
        if (folder / REGISTRY_FILE).is_file():
            return folder
    raise SpecError(f"not inside a semaphore-spec project (no {REGISTRY_FILE} found upwards)")


def project_root(args: argparse.Namespace) -> Path:
    """`--root` when given, else the root found from the current folder."""
    given = getattr(args, "root", None)
    return Path(given).resolve() if given else find_root(Path.cwd())
