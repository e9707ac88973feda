"""No false alarms: the contract suite finds nothing wrong with the faithful mock, on
every surface, whatever the seed.

A red contract run must always mean a real fault; a check or a fixture that fails the
faithful mock for some seeds (as `getServerHistory`'s contradictory recording did,
about one seed in five at 10 examples) would make every red run suspect.

What fits the suite's time budget (measured in the commit that set it: a whole run of
the largest surface costs about 17 s of CPU, 20 of them per surface would take the
suite past ten minutes): every surface's paginated lists, where a recording can
contradict itself and where the seed decides which pages are asked for, run for SEEDS
seeds with the examples, fuzzing and stateful phases (about 3.6 s of CPU a seed for
all surfaces), and the coverage phase, whose cost is its many boundary values, once
per surface. Whole runs of every operation are in tests/test_contract_runs.py and the
mutation check.
"""

from __future__ import annotations

import json
from functools import cache

import pytest

from conftest import ROOT, built_surfaces
from semaphore_spec.contract.runner import ContractOptions, run_contract
from semaphore_spec.document import iter_operations
from semaphore_spec.mock.app import MockApp
from semaphore_spec.mock.surfaces import MockSurface, load_surfaces

SEEDS = 20
FIRST_SEED = 0
MAX_EXAMPLES = 2
TOKEN = "seed-sweep-token"


SWEEP_PHASES = ("examples", "fuzzing", "stateful")


@cache
def _surfaces(surface: str) -> list[MockSurface]:
    return load_surfaces(ROOT, [surface])


@cache
def _paginated(surface: str) -> tuple[str, ...]:
    """The operationIds of the surface's paginated lists."""
    document = json.loads((ROOT / "published" / surface / "openapi.json").read_text("utf-8"))
    return tuple(
        str(op["operationId"])
        for _, _, op in iter_operations(document)
        if "x-semaphore-pagination" in op
    )


def _run(surface: str, seed: int, phases: tuple[str, ...] = SWEEP_PHASES) -> None:
    result = run_contract(
        ROOT,
        ContractOptions(
            surface=surface,
            token=TOKEN,
            app=MockApp(_surfaces(surface)),
            allow_writes=True,
            stateless_server=True,
            max_examples=MAX_EXAMPLES,
            seed=seed,
            operation_ids=_paginated(surface),
            phases=phases,
        ),
    )
    found = [f"{f.operation} [{f.check}] {f.title}: {f.message}" for f in result.failures]
    assert result.seed == seed
    assert not found and not result.errors, (
        f"false alarm on the faithful mock (reproduce: semaphore-spec contract --surface "
        f"{surface} --allow-writes --max-examples {MAX_EXAMPLES} --seed {seed} "
        f"{' '.join('--operation-id ' + op for op in _paginated(surface))}):\n"
        + "\n".join(found + result.errors)
    )
    assert result.exchanges, "the run sent no request"


PAGINATED_SURFACES = [surface for surface in built_surfaces() if _paginated(surface)]
CASES = [
    (surface, seed)
    for surface in PAGINATED_SURFACES
    for seed in range(FIRST_SEED, FIRST_SEED + SEEDS)
]


@pytest.mark.family(expected=SEEDS * len(PAGINATED_SURFACES))
@pytest.mark.parametrize(("surface", "seed"), CASES, ids=[f"{s}-seed{n}" for s, n in CASES])
def test_no_false_alarm_for_any_seed(surface: str, seed: int) -> None:
    _run(surface, seed)


@pytest.mark.parametrize("surface", PAGINATED_SURFACES)
def test_no_false_alarm_in_the_coverage_phase(surface: str) -> None:
    _run(surface, FIRST_SEED, ("coverage",))


def test_the_sweep_covers_enough_seeds() -> None:
    assert SEEDS >= 20
    assert {surface for surface, _ in CASES} == set(PAGINATED_SURFACES)
    assert [s for s in built_surfaces() if _paginated(s)] == PAGINATED_SURFACES
