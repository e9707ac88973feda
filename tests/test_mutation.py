"""The mutation check: the contract suite catches every deliberately faulty mock, for the
right reason, and finds nothing wrong with the faithful one.

The whole set runs once per suite (in up to two processes, `run_mutations`), in one
test that reads its whole report.
"""

from __future__ import annotations

from collections import Counter

import pytest

from conftest import ROOT
from semaphore_spec.contract.checks import CUSTOM_CHECKS
from semaphore_spec.mutation import FAULTS, run_mutations
from semaphore_spec.mutation.command import summary
from semaphore_spec.mutation.runner import SEED
from semaphore_spec.registry import load_registry


# The mutation run takes a minute or more: one test reads its whole report, so that it
# runs once per suite. (Three tests sharing a fixture ran it on both xdist workers: the
# xdist_group mark did not keep them together.)
def test_the_set_covers_every_surface_and_the_issues_kinds_of_fault() -> None:
    assert len(FAULTS) >= 30
    assert len({fault.name for fault in FAULTS}) == len(FAULTS)
    per_surface = Counter(fault.surface for fault in FAULTS)
    assert set(per_surface) >= {"v1", "v1alpha", "v2"} and min(per_surface.values()) >= 5
    assert set(per_surface) <= set(load_registry(ROOT))
    for fault in FAULTS:
        assert fault.name.startswith(f"{fault.surface}-") and fault.detected_by
        assert (fault.change is None) != (fault.rewrite is None), fault.name
    # The project's own checks each have faults only they can see.
    assert set(CUSTOM_CHECKS) <= {check for fault in FAULTS for check in fault.detected_by}


def test_every_fault_is_killed_by_a_check_that_should_see_it_and_the_faithful_mock_passes() -> None:
    report = run_mutations(ROOT, workers=2)
    assert report.seed == SEED
    # One faithful run per surface that has faults, in registry order.
    expected = [name for name in load_registry(ROOT) if any(f.surface == name for f in FAULTS)]
    assert len(expected) >= 4
    assert [outcome.surface for outcome in report.faithful] == expected
    assert report.false_positives == [], "\n".join(summary(report))
    assert len(report.faults) == len(FAULTS)
    assert report.survivors == [], "\n".join(summary(report))
    assert report.misattributed == [], "\n".join(summary(report))
    assert report.kill_rate == 1.0


def test_the_seed_can_be_chosen_and_is_reported(capsys: pytest.CaptureFixture[str]) -> None:
    from semaphore_spec.mutation.__main__ import main

    fault = "v2-wrong-total"
    argv = ["--root", str(ROOT), "--surface", "v2", "--fault", fault, "--workers", "1"]
    assert main([*argv, "--seed", "11"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "1 faults across v2, seed 11"
    assert out[-1].endswith("false positives on the faithful mock: 0; seed 11")
