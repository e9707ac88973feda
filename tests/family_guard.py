"""A pytest plugin: no parametrised family of tests loses cases silently.

A test function marked `@pytest.mark.family(expected=N)` is a family of N cases (one
per operation, say). The run fails, naming the family, when

- fewer distinct tests of the family ran than were selected (cases sharing one node
  id: pytest-xdist schedules by node id and runs only one of them), or
- the whole family was selected (nothing deselected by `-k`, `-m` or node ids) and
  fewer than N distinct tests of it ran.

Under xdist the workers collect and run; each report carries its family's counts
(`user_properties`), and the controller, which sees every report, judges.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

import pytest

MARKER = "family"
_SELECTED = "family_selected"
_EXPECTED = "family_expected"
_COMPLETE = "family_complete"

_FAMILY = pytest.StashKey[dict[str, dict[str, int]]]()
_RAN = pytest.StashKey[dict[str, set[str]]]()
_SEEN = pytest.StashKey[dict[str, dict[str, int]]]()
_DESELECTED = pytest.StashKey[Counter[str]]()


def _family(item: pytest.Item) -> tuple[str, int] | None:
    marker = item.get_closest_marker(MARKER)
    if marker is None:
        return None
    function = getattr(item, "originalname", None) or item.name.split("[", 1)[0]
    return f"{item.path.name}::{function}", int(marker.kwargs["expected"])


def pytest_configure(config: pytest.Config) -> None:
    """Register the marker and the run's bookkeeping."""
    config.addinivalue_line(
        "markers", f"{MARKER}(expected): a parametrised family that must run `expected` cases"
    )
    config.stash[_FAMILY] = {}
    config.stash[_RAN] = defaultdict(set)
    config.stash[_SEEN] = {}
    config.stash[_DESELECTED] = Counter()
    config.pluginmanager.register(_Recorder(config), "family-guard-recorder")


def pytest_deselected(items: list[pytest.Item]) -> None:
    """Count the cases `-k`, `-m` or node-id selection left out, per family."""
    for item in items:
        found = _family(item)
        if found is not None:
            item.config.stash[_DESELECTED][found[0]] += 1


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """After every other selection: how many cases of each family will be run."""
    selected: Counter[str] = Counter()
    expected: dict[str, int] = {}
    for item in items:
        found = _family(item)
        if found is not None:
            selected[found[0]] += 1
            expected[found[0]] = found[1]
    deselected = config.stash[_DESELECTED]
    config.stash[_FAMILY] = {
        name: {
            _SELECTED: selected[name],
            _EXPECTED: expected[name],
            _COMPLETE: int(deselected[name] == 0),
        }
        for name in selected
    }


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: Any) -> Any:
    """Label each report of a family's case with the family's counts."""
    outcome = yield
    found = _family(item)
    if found is not None:
        report = outcome.get_result()
        counts = item.config.stash[_FAMILY].get(found[0], {})
        report.user_properties.append((MARKER, found[0]))
        report.user_properties.extend((key, value) for key, value in counts.items())


class _Recorder:
    """Records which cases of each family ran (on the controller under xdist)."""

    def __init__(self, config: pytest.Config) -> None:
        self.config = config

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        """Note a family's case that ran, and the counts its report carries."""
        properties = dict(report.user_properties)
        name = properties.get(MARKER)
        if name is None:
            return
        if report.when == "call" or (report.when == "setup" and not report.passed):
            self.config.stash[_RAN][str(name)].add(report.nodeid)
        self.config.stash[_SEEN][str(name)] = {
            key: int(properties[key])
            for key in (_SELECTED, _EXPECTED, _COMPLETE)
            if key in properties
        }


def losses(config: pytest.Config) -> list[str]:
    """What each family lost, one line per family that lost anything."""
    lines = []
    for name, counts in sorted(config.stash[_SEEN].items()):
        ran = len(config.stash[_RAN][name])
        selected = counts.get(_SELECTED, 0)
        expected = counts.get(_EXPECTED, 0)
        if ran < selected:
            lines.append(
                f"{name}: {ran} distinct tests ran of {selected} selected "
                "(cases share a node id; give each its own)"
            )
        elif counts.get(_COMPLETE) and ran < expected:
            lines.append(f"{name}: {ran} tests ran, the family covers {expected}")
    return lines


@pytest.hookimpl(tryfirst=True)
def pytest_sessionfinish(session: pytest.Session) -> None:
    """Fail the run when a family lost cases (not on xdist workers: the controller judges)."""
    if hasattr(session.config, "workerinput"):
        return
    found = losses(session.config)
    if not found:
        return
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None:
        reporter.section("lost tests", red=True)
        for line in found:
            reporter.write_line(line)
    session.exitstatus = pytest.ExitCode.TESTS_FAILED
