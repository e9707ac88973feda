"""The `semaphore-spec` command line: every command listed, only the chosen one loaded."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from semaphore_spec import cli


def test_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        cli.main(["--help"])
    assert stopped.value.code == 0
    out = capsys.readouterr().out
    for name, (_, summary) in cli.COMMANDS.items():
        assert name in out and summary.split()[0] in out


@pytest.mark.parametrize(
    ("argv", "chosen"),
    [
        (["build", "--check"], "build"),
        (["--root", "build", "mock"], "mock"),
        (["--root=/x", "contract", "--surface", "v1"], "contract"),
        (["-h"], None),
        (["nonsense"], None),
    ],
    ids=["first-word", "root-value-skipped", "root-equals", "help-only", "unknown"],
)
def test_the_chosen_command_is_the_first_word_that_is_no_option(
    argv: list[str], chosen: str | None
) -> None:
    assert cli.chosen_command(argv) == chosen


def _modules_loaded_by(argv: list[str]) -> set[str]:
    """The modules a fresh interpreter has loaded after building the parser for `argv`."""
    program = (
        "import json, sys\n"
        "from semaphore_spec import cli\n"
        f"cli.parser({argv!r})\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    return set(json.loads(out))


@pytest.mark.parametrize("command", list(cli.COMMANDS))
def test_only_the_chosen_commands_module_is_imported(command: str) -> None:
    loaded = _modules_loaded_by([command])
    for name, (module, _) in cli.COMMANDS.items():
        assert (f"semaphore_spec{module}" in loaded) == (name == command), name


def test_building_loads_no_registry_model_until_the_stamp_says_so() -> None:
    """`build`'s parser and the stamp's answer need no pydantic (a tenth of a second)."""
    loaded = _modules_loaded_by(["build"])
    assert "pydantic" not in loaded
    assert "semaphore_spec.registry" not in loaded
