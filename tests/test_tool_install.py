"""The `semaphore-spec` tool installs from a checkout with the versions CI uses, and the
interop environment installs its browser without side effects on the machine.

`pip install -c requirements/constraints.txt .` gives the same tool as tox only if every
package it pulls in is pinned there; these tests read the installed distribution's
metadata (nothing is installed) and tox.ini (nothing is run).
"""

from __future__ import annotations

import configparser
import importlib.metadata
import shlex

import pytest
from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from conftest import REGISTRY, ROOT, built_surfaces, published

TOOL = "semaphore-spec"


def _pins() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "requirements" / "constraints.txt").read_text("utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, _, version = line.partition("==")
            assert version, f"constraints.txt: {line!r} is not pinned with =="
            pins[canonicalize_name(name)] = version.strip()
    return pins


def _applies(requirement: Requirement, extras: set[str]) -> bool:
    if requirement.marker is None:
        return True
    return any(
        requirement.marker.evaluate({**default_environment(), "extra": extra})
        for extra in extras or {""}
    )


def test_the_tool_distribution_is_named_semaphore_spec() -> None:
    assert importlib.metadata.metadata(TOOL)["Name"] == TOOL
    scripts = {ep.name for ep in importlib.metadata.entry_points(group="console_scripts")}
    assert TOOL in scripts


def test_every_direct_dependency_of_the_tool_and_its_test_extra_is_pinned() -> None:
    pins = _pins()
    requires = [Requirement(r) for r in importlib.metadata.requires(TOOL) or []]
    assert requires, "the installed semaphore-spec declares no dependencies"
    for requirement in requires:
        if not _applies(requirement, {"", "test"}):
            continue
        name = canonicalize_name(requirement.name)
        assert name in pins, f"{requirement.name} is not pinned in requirements/constraints.txt"
        assert requirement.specifier.contains(pins[name], prereleases=True), (
            f"constraints.txt pins {name}=={pins[name]}, outside pyproject's {requirement}"
        )


def test_everything_the_tool_pulls_in_is_pinned() -> None:
    """The whole dependency closure, so `pip install -c` leaves no version to chance."""
    pins = _pins()
    seen: set[str] = set()
    todo: list[tuple[str, set[str]]] = [(TOOL, {"", "test"})]
    while todo:
        dist, extras = todo.pop()
        for text in importlib.metadata.requires(dist) or []:
            requirement = Requirement(text)
            name = canonicalize_name(requirement.name)
            if not _applies(requirement, extras) or name in seen:
                continue
            seen.add(name)
            assert name in pins, f"{name} (needed by {dist}) is not pinned in constraints.txt"
            todo.append((requirement.name, set(requirement.extras)))
    assert len(seen) > 20  # the closure was really walked


def _interop_apt_install() -> list[str]:
    config = configparser.ConfigParser(interpolation=None)
    config.read(ROOT / "tox.ini", encoding="utf-8")
    lines = config["testenv:interop"]["commands_pre"].splitlines()
    found = [line for line in lines if "apt-get install" in line]
    assert len(found) == 1, "tox -e interop should install chromium with one apt-get install"
    script = shlex.split(found[0])[-1]  # bash -c '<script>'
    for part in script.replace("(", " ").replace(")", " ").split("&&"):
        words = shlex.split(part.split("||")[0])
        if "install" in words and "apt-get" in words:
            return words[words.index("apt-get") :]
    raise AssertionError(f"no apt-get install in {script!r}")


def test_interop_installs_chromium_without_recommends_or_upgrades() -> None:
    words = _interop_apt_install()
    assert words[1] == "install"
    assert "--no-install-recommends" in words
    assert "--no-upgrade" in words
    assert "-y" in words
    assert [w for w in words[2:] if not w.startswith("-")] == ["chromium"]


def test_dot_venv_is_ignored_as_a_file_too() -> None:
    patterns = (ROOT / ".gitignore").read_text("utf-8").splitlines()
    assert ".venv" in patterns  # `.venv/` would match only a folder; tox leaves a file


@pytest.mark.parametrize("surface", built_surfaces())
def test_every_published_spec_has_the_registry_contact(surface: str) -> None:
    contact = REGISTRY[surface].contact
    expected = contact.model_dump(exclude_none=True)
    assert published(surface)["info"]["contact"] == expected
