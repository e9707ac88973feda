"""Running the contract suite against the faithful mock and against every faulty one.

A fault is killed when the contract run against the mock carrying it fails, and
killed for the right reason when one of the checks it names (`Fault.detected_by`)
is among those that failed. Every run tests the whole surface, writes included
(the mock keeps no state, so `use_after_free` is off), with one seed for all (`SEED`
unless told otherwise, and recorded in the report); a faulty run stops at its first
failure. The faithful mock must pass with no failure at all,
or the kill rate means nothing.

Runs are independent, so they go to a pool of processes (each loads the surfaces
once); Hypothesis and Schemathesis keep per-process state, which processes keep apart.
"""

from __future__ import annotations

import multiprocessing
import os
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path

from ..contract.runner import ContractOptions, run_contract
from ..document import iter_operations
from ..mock.app import MockApp
from ..mock.surfaces import MockSurface, load_surfaces
from ..registry import load_registry
from .fault import Fault, FaultyApp
from .faults import FAULTS

SEED = 20240501
MAX_EXAMPLES = 5
FAULT_SEEDS = 3  # seeds a faulty run may take before its fault counts as survived
TOKEN = "mutation-run-token"


@dataclass(frozen=True)
class Outcome:
    """What one run found: `fault` is None for a faithful mock."""

    surface: str
    fault: str | None
    failed_checks: tuple[str, ...]  # sorted, distinct
    failures: tuple[str, ...]  # `operation [check] title`, for people
    seconds: float

    @property
    def failed(self) -> bool:
        """Whether the contract run reported anything."""
        return bool(self.failures)


@dataclass(frozen=True)
class MutationReport:
    """The faithful runs and the outcome of every fault."""

    faithful: list[Outcome]
    faults: list[tuple[Fault, Outcome]]
    seed: int = SEED  # of every run, to reproduce any of them

    @property
    def false_positives(self) -> list[str]:
        """Failures reported against the faithful mock."""
        return [f"{o.surface}: {failure}" for o in self.faithful for failure in o.failures]

    @property
    def survivors(self) -> list[Fault]:
        """Faults no check reported."""
        return [fault for fault, outcome in self.faults if not outcome.failed]

    @property
    def misattributed(self) -> list[Fault]:
        """Faults reported, but by none of the checks expected to see them."""
        return [
            fault
            for fault, outcome in self.faults
            if outcome.failed and not fault.detected_by & set(outcome.failed_checks)
        ]

    @property
    def kill_rate(self) -> float:
        """The share of faults killed for the right reason."""
        if not self.faults:
            return 1.0
        wrong = {f.name for f in self.survivors} | {f.name for f in self.misattributed}
        return (len(self.faults) - len(wrong)) / len(self.faults)

    @property
    def passed(self) -> bool:
        """Every fault killed for the right reason, and no false positive."""
        return self.kill_rate == 1.0 and not self.false_positives


_SURFACES: dict[str, list[MockSurface]] = {}
_ROOT: Path | None = None


def _setup(root: Path) -> None:
    global _ROOT
    _ROOT = root


def _surfaces(surface: str) -> list[MockSurface]:
    assert _ROOT is not None
    if surface not in _SURFACES:
        _SURFACES[surface] = load_surfaces(_ROOT, [surface])
    return _SURFACES[surface]


def run_one(surface: str, fault: Fault | None, seed: int = SEED) -> Outcome:
    """One contract run against the faithful mock (`fault` None) or a faulty one."""
    assert _ROOT is not None
    surfaces = _surfaces(surface)
    app = MockApp(surfaces) if fault is None else FaultyApp(surfaces, fault)
    started = time.monotonic()
    # A faulty run tests the tags of the operations the fault touches (so that the
    # stateful phase can create what a broken read should return): the fault is seen
    # sooner, and the run costs a fraction of the surface.
    tags = _fault_tags(surfaces[0], fault) if fault is not None else ()
    # A fault survives only when FAULT_SEEDS seeds in a row miss it: a fault that only
    # a stateful create-then-read sequence reveals is not reached by every seed.
    attempts = FAULT_SEEDS if fault is not None else 1
    for attempt in range(attempts):
        result = run_contract(
            _ROOT,
            ContractOptions(
                surface=surface,
                token=TOKEN,
                app=app,
                allow_writes=True,
                stateless_server=True,
                max_examples=MAX_EXAMPLES,
                seed=seed + attempt,
                fail_fast=fault is not None,
                tags=tags,
            ),
        )
        if result.failures or result.errors:
            break
    failures = tuple(f"{f.operation} [{f.check}] {f.title}" for f in result.failures)
    failures += tuple(f"error: {error}" for error in result.errors)
    return Outcome(
        surface=surface,
        fault=fault.name if fault is not None else None,
        failed_checks=tuple(sorted({f.check for f in result.failures})),
        failures=failures,
        seconds=time.monotonic() - started,
    )


def _fault_tags(surface: MockSurface, fault: Fault) -> tuple[str, ...]:
    """The tags of the operations `fault` touches (none: it touches every operation)."""
    if not fault.operations:
        return ()
    tags = {
        str(tag)
        for _, _, op in iter_operations(surface.document.data)
        if op.get("operationId") in fault.operations
        for tag in op.get("tags") or []
    }
    return tuple(sorted(tags))


def _job(root: Path, surface: str, fault_name: str | None, seed: int) -> Outcome:
    """A pool job; faults travel by name (their changes are closures, not picklable)."""
    if _ROOT is None:
        _setup(root)
    fault = next((f for f in FAULTS if f.name == fault_name), None)
    return run_one(surface, fault, seed)


def fault_surfaces(root: Path, faults: Iterable[Fault]) -> list[str]:
    """The surfaces that `faults` are about, in the registry's order."""
    wanted = {fault.surface for fault in faults}
    return [name for name in load_registry(root) if name in wanted]


def run_mutations(
    root: Path,
    *,
    surfaces: Iterable[str] | None = None,
    faults: Iterable[Fault] = FAULTS,
    workers: int | None = None,
    on_outcome: Callable[[Outcome], None] | None = None,
    seed: int = SEED,
) -> MutationReport:
    """The faithful run of every surface (default: those a fault is about, in registry
    order) and a run per fault, in `workers` processes."""
    faults = list(faults)
    surfaces = list(surfaces) if surfaces is not None else fault_surfaces(root, faults)
    faults = [fault for fault in faults if fault.surface in surfaces]
    by_name = {fault.name: fault for fault in faults}
    jobs: list[tuple[str, Fault | None]] = [(s, None) for s in surfaces]
    jobs += [(fault.surface, fault) for fault in faults]
    workers = workers or min(2, os.cpu_count() or 1)
    outcomes: list[Outcome] = []
    if workers <= 1:
        _setup(root)
        for surface, fault in jobs:
            outcomes.append(run_one(surface, fault, seed))
            if on_outcome:
                on_outcome(outcomes[-1])
    else:
        # `spawn`: a fork of a process running threads (a test runner, the engine) is unsafe.
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(workers, mp_context=context) as pool:
            futures = [
                pool.submit(_job, root, surface, fault.name if fault else None, seed)
                for surface, fault in jobs
            ]
            for future in as_completed(futures):
                outcomes.append(future.result())
                if on_outcome:
                    on_outcome(outcomes[-1])
    faithful = sorted(
        (o for o in outcomes if o.fault is None), key=lambda o: surfaces.index(o.surface)
    )
    order = {name: index for index, name in enumerate(by_name)}
    found = sorted((o for o in outcomes if o.fault is not None), key=lambda o: order[str(o.fault)])
    return MutationReport(faithful, [(by_name[str(o.fault)], o) for o in found], seed)
