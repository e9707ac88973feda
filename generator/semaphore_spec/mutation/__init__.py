"""The mutation check of the contract suite: deliberately faulty mocks it must catch.

`faults.FAULTS` lists the faults (each the faithful mock with one small
`response_hook` or request rewrite, `fault.FaultyApp`); `runner.run_mutations` runs
the contract suite against the faithful mock and each faulty one and reports the
kill rate; `python -m semaphore_spec.mutation` prints it.
"""

from .fault import Fault, FaultyApp
from .faults import FAULTS
from .runner import MutationReport, Outcome, run_mutations

__all__ = ["FAULTS", "Fault", "FaultyApp", "MutationReport", "Outcome", "run_mutations"]
