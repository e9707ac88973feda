"""`semaphore-spec mutation` (or `python -m semaphore_spec.mutation`): the kill rate of
the contract suite.

Runs the contract suite against the faithful mock of every surface and against
each deliberately faulty mock (`faults.FAULTS`), prints one line per run and the
kill rate; exits 0 only when every fault is killed by a check expected to see it
and the faithful mock passes with no failure.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from ..errors import SpecError
from ..project import EXIT_FOUND_PROBLEMS, EXIT_OK, project_root

if TYPE_CHECKING:
    from .runner import MutationReport, Outcome

DESCRIPTION = __doc__


def _line(outcome: Outcome) -> str:
    name = outcome.fault or f"{outcome.surface} (faithful)"
    verdict = "failed" if outcome.failed else "passed"
    checks = f" by {', '.join(outcome.failed_checks)}" if outcome.failed_checks else ""
    return f"  {name:<38} {verdict}{checks} ({outcome.seconds:.1f}s)"


def summary(report: MutationReport) -> list[str]:
    """The closing lines: false positives, survivors, misattributions, the kill rate."""
    lines = []
    for failure in report.false_positives:
        lines.append(f"FALSE POSITIVE on the faithful mock: {failure}")
    for fault in report.survivors:
        lines.append(f"SURVIVED {fault.name}: {fault.description}")
    for fault in report.misattributed:
        outcome = dict((f.name, o) for f, o in report.faults)[fault.name]
        lines.append(
            f"WRONG REASON {fault.name}: expected {', '.join(sorted(fault.detected_by))}, "
            f"reported by {', '.join(outcome.failed_checks)}"
        )
    killed = round(report.kill_rate * len(report.faults))
    lines.append(
        f"kill rate: {report.kill_rate:.0%} ({killed} of {len(report.faults)} faults); "
        f"false positives on the faithful mock: {len(report.false_positives)}; seed {report.seed}"
    )
    return lines


def configure(parser: argparse.ArgumentParser) -> None:
    """The `mutation` command's description, options and action."""
    parser.description = DESCRIPTION
    parser.add_argument("--surface", action="append", help="only this surface (repeatable)")
    parser.add_argument("--fault", action="append", help="only this fault (repeatable)")
    parser.add_argument("--workers", type=int, help="parallel processes (default: up to 2)")
    parser.add_argument("--seed", type=int, help="seed of every run (default: the runner's)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Run the mutation check; 0 when it passes, 1 otherwise."""
    # Imported here: the runner loads Schemathesis, which no other command needs.
    from .faults import FAULTS
    from .runner import SEED, fault_surfaces, run_mutations

    root = project_root(args)
    faults = [f for f in FAULTS if not args.fault or f.name in args.fault]
    unknown = set(args.fault or ()) - {f.name for f in faults}
    if unknown:
        raise SpecError(f"unknown fault {', '.join(sorted(unknown))}")
    surfaces = args.surface or fault_surfaces(root, faults)
    seed = SEED if args.seed is None else args.seed
    print(f"{len(faults)} faults across {', '.join(surfaces)}, seed {seed}", flush=True)
    report = run_mutations(
        root,
        surfaces=surfaces,
        faults=faults,
        workers=args.workers,
        on_outcome=lambda outcome: print(_line(outcome), flush=True),
        seed=seed,
    )
    for line in summary(report):
        print(line)
    return EXIT_OK if report.passed else EXIT_FOUND_PROBLEMS
