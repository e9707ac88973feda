"""No false alarms: the contract suite finds nothing wrong with the faithful mock, on
every surface, whatever the seed.

A red contract run must always mean a real fault; a check or a fixture that fails the
faithful mock for some seeds (as `getServerHistory`'s contradictory recording did,
about one seed in five at 10 examples) would make every red run suspect.

Every operation of every surface runs for SEEDS seeds in the phases the seed steers,
fuzzing and stateful, one example each: about 9 s of CPU a seed for all surfaces, at
the time of writing (a whole run with the coverage phase costs about 17 s for the
largest surface alone, so 20 of those per surface would take the suite past its ten
minutes). The phases the seed barely steers run once per surface: the examples phase
(every recorded request) and the coverage phase (its many boundary values) over the
paginated lists, where a recording can contradict itself; over every operation they
run in tests/test_request_examples.py and in the mutation check's faithful runs.
"""

from __future__ import annotations

import json
from functools import cache

import pytest

from conftest import REGISTRY, ROOT, built_surfaces
from semaphore_spec.contract.runner import ContractOptions, run_contract
from semaphore_spec.document import iter_operations
from semaphore_spec.mock.app import MockApp
from semaphore_spec.mock.surfaces import MockSurface, load_surfaces

SEEDS = 20
FIRST_SEED = 0
MAX_EXAMPLES = 1
TOKEN = "seed-sweep-token"

SWEEP_PHASES = ("fuzzing", "stateful")
ONCE_PHASES = ("examples", "coverage")


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


def _run(
    surface: str,
    seed: int,
    phases: tuple[str, ...] = SWEEP_PHASES,
    operation_ids: tuple[str, ...] = (),
) -> None:
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
            operation_ids=operation_ids,
            phases=phases,
        ),
    )
    found = [f"{f.operation} [{f.check}] {f.title}: {f.message}" for f in result.failures]
    assert result.seed == seed
    chosen = " ".join(f"--operation-id {op}" for op in operation_ids)
    assert not found and not result.errors, (
        f"false alarm on the faithful mock (reproduce: semaphore-spec contract --surface "
        f"{surface} --allow-writes --max-examples {MAX_EXAMPLES} --seed {seed} {chosen}):\n"
        + "\n".join(found + result.errors)
    )
    assert result.exchanges, "the run sent no request"


SURFACES = built_surfaces()
CASES = [(surface, seed) for surface in SURFACES for seed in range(FIRST_SEED, FIRST_SEED + SEEDS)]
PAGINATED_SURFACES = [surface for surface in SURFACES if _paginated(surface)]


@pytest.mark.family(expected=SEEDS * len(SURFACES))
@pytest.mark.parametrize(("surface", "seed"), CASES, ids=[f"{s}-seed{n}" for s, n in CASES])
def test_no_false_alarm_for_any_seed(surface: str, seed: int) -> None:
    _run(surface, seed)


@pytest.mark.parametrize("surface", PAGINATED_SURFACES)
def test_no_false_alarm_on_recorded_and_boundary_pages(surface: str) -> None:
    _run(surface, FIRST_SEED, ONCE_PHASES, _paginated(surface))


def test_the_sweep_covers_enough_seeds() -> None:
    assert SEEDS >= 20
    assert {surface for surface, _ in CASES} == set(SURFACES) == set(REGISTRY)
