"""The family guard (family_guard.py) fails a run that loses cases of a family."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest_plugins = ["pytester"]

FAMILY = """
import pytest

CASES = ["a", "b", "c"]

@pytest.mark.family(expected={expected})
@pytest.mark.parametrize("case", CASES, ids={ids})
def test_family(case):
    assert case in CASES
"""


@pytest.fixture(autouse=True)
def _only_the_guard(monkeypatch: pytest.MonkeyPatch) -> None:
    # The inner runs load no installed plugin but those they name (fast, isolated).
    monkeypatch.setenv("PYTEST_DISABLE_PLUGIN_AUTOLOAD", "1")


# What Schemathesis' pytest plugin did: every case of a family under one node id.
SHARED_NODE_ID = """
def pytest_collection_modifyitems(items):
    for item in items:
        item._id = item.parent.id.child(item.originalname)
"""


def _run(
    pytester: pytest.Pytester, expected: int, ids: str, *args: str, shared: bool = False
) -> pytest.RunResult:
    guard = Path(__file__).with_name("family_guard.py").read_text(encoding="utf-8")
    pytester.makepyfile(family_guard=guard)
    pytester.makeconftest(
        'pytest_plugins = ["family_guard"]\n' + (SHARED_NODE_ID if shared else "")
    )
    pytester.makepyfile(test_tiny=FAMILY.format(expected=expected, ids=ids))
    return pytester.runpytest_subprocess(*args)


def test_a_whole_family_passes(pytester: pytest.Pytester) -> None:
    result = _run(pytester, 3, "None")
    result.assert_outcomes(passed=3)
    assert result.ret == 0


def test_a_family_smaller_than_its_operations_fails_the_run(pytester: pytest.Pytester) -> None:
    result = _run(pytester, 4, "None")
    result.assert_outcomes(passed=3)
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    result.stdout.fnmatch_lines(["*lost tests*", "*test_family: 3 tests ran, the family covers 4*"])


def test_cases_sharing_a_node_id_under_xdist_fail_the_run(pytester: pytest.Pytester) -> None:
    # Three cases, one node id: xdist schedules by node id and runs fewer of them.
    result = _run(pytester, 3, "None", "-n", "2", "-p", "xdist", shared=True)
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    result.stdout.fnmatch_lines(["*lost tests*", "*test_tiny.py::test_family: * of 3 selected*"])


def test_a_deliberate_selection_is_not_a_loss(pytester: pytest.Pytester) -> None:
    result = _run(pytester, 3, '["one", "two", "three"]', "-k", "two")
    result.assert_outcomes(passed=1, deselected=2)
    assert result.ret == 0
