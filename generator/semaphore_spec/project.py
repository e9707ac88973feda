"""What every `semaphore-spec` command shares: finding the project root and the exit
codes. Command modules import this, never `cli`, so nothing imports in a circle; it
imports no registry (pydantic), so that a no-op build can answer without it."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from .errors import SpecError

# 0: done, nothing wrong. 1: the command ran and found something (a failed contract
# run, breaking changes, out-of-date outputs, a surviving mutant). 2: bad input or
# the command could not run (a typed error was printed). 3: a run stopped before its end
# (a time budget, an unreachable target). 130/143: stopped by Ctrl-C or SIGTERM.
EXIT_OK, EXIT_FOUND_PROBLEMS, EXIT_BAD_INPUT, EXIT_INCOMPLETE = 0, 1, 2, 3
EXIT_SIGNALLED = {"SIGINT": 130, "SIGTERM": 143}
# The registry of surfaces, relative to the project root (read by `registry.load`).
REGISTRY_FILE = "spec/surfaces.yaml"


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


class CommandParser(argparse.ArgumentParser):
    """A command's parser whose epilog may be worked out only when its help is shown
    (`epilog_source`), so that running the command never pays for it."""

    epilog_source: Callable[[], str] | None = None

    def format_help(self) -> str:
        """The help text, with the epilog worked out now when it has a source."""
        if self.epilog_source is not None:
            self.epilog = self.epilog_source()
        return super().format_help()
