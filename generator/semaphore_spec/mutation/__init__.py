"""The mutation check of the contract suite: deliberately faulty mocks it must catch.

`faults.FAULTS` lists the faults (each the faithful mock with one small
`response_hook` or request rewrite, `fault.FaultyApp`); `runner.run_mutations` runs
the contract suite against the faithful mock and each faulty one and reports the
kill rate; `semaphore-spec mutation` prints it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .fault import Fault, FaultyApp
    from .faults import FAULTS
    from .runner import MutationReport, Outcome, run_mutations

# Loaded on first use (PEP 562): every `semaphore-spec` call imports `mutation.command`
# to register the command, and the runner loads Schemathesis.
_LAZY = {
    "Fault": ".fault",
    "FaultyApp": ".fault",
    "FAULTS": ".faults",
    "MutationReport": ".runner",
    "Outcome": ".runner",
    "run_mutations": ".runner",
}


def __getattr__(name: str) -> Any:
    """The public names, imported from their module when first asked for."""
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["FAULTS", "Fault", "FaultyApp", "MutationReport", "Outcome", "run_mutations"]
