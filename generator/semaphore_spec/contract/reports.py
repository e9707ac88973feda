"""The reports of a contract run: JUnit XML, a Markdown summary and a HAR cassette.

- `<surface>.junit.xml`: one test case per operation, a `<failure>` listing its
  failures, `<skipped>` when no phase could test it, and one `<error>` case per
  run error; CI systems read it.
- `<surface>.md`: a table of operations with the checks that ran and how many
  failed, then every failure with its message and a curl command reproducing it.
- `<surface>.har`: every exchange (HAR 1.2), for replaying and for reading what the
  server actually sent; streamed during the run with capped bodies (`har`).

A run that did not finish (out of time, unreachable target, interrupted) still gets
all three, marked incomplete: the Markdown title and a line say why, the JUnit suite
has an `incomplete` property and an error case, and the HAR's comment says so.

Everything goes through the run's `Redactor`: the token appears in none of them.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from .curl import curl
from .defaults import TOKEN_VARIABLE
from .har import HarWriter
from .redact import Redactor
from .results import ContractResult, FailureRecord, OperationResult


def har_path(directory: Path, surface: str) -> Path:
    """Where the cassette of a run of `surface` goes."""
    return directory / f"{surface}.har"


def write_reports(result: ContractResult, directory: Path) -> dict[str, Path]:
    """Write the three reports into `directory`; returns their paths by kind.

    A cassette the run streamed there (`ContractOptions.har_file`) is kept; otherwise
    it is written here from `result.exchanges`.
    """
    redactor = result.redactor
    directory.mkdir(parents=True, exist_ok=True)
    paths = {
        "junit": directory / f"{result.surface}.junit.xml",
        "markdown": directory / f"{result.surface}.md",
    }
    paths["junit"].write_bytes(junit_xml(result, redactor))
    paths["markdown"].write_text(markdown(result, redactor), encoding="utf-8")
    paths["har"] = har_path(directory, result.surface)
    if result.har_file is None or result.har_file.resolve() != paths["har"].resolve():
        writer = HarWriter(paths["har"], redactor)
        for exchange in result.exchanges:
            writer.add(exchange)
        writer.close(har_comment(result))
    return paths


def har_comment(result: ContractResult) -> str:
    """The cassette's comment: what was tested, and whether the run finished."""
    comment = f"contract test of {result.surface}, seed {result.seed}"
    if result.incomplete:
        comment += f"; INCOMPLETE: {_stopped(result)}"
    return comment


def _stopped(result: ContractResult) -> str:
    return result.redactor.text(
        f"stopped: {result.stop_reason}"
        + (f" ({result.stop_detail})" if result.stop_detail else "")
    )


def _failure_text(failure: FailureRecord, redactor: Redactor) -> str:
    lines = [f"[{failure.check}] {failure.title}", failure.message.strip(), ""]
    lines += [curl(step, redactor) for step in failure.steps]
    return "\n".join(lines)


def junit_xml(result: ContractResult, redactor: Redactor) -> bytes:
    """The JUnit XML report (see the module docstring)."""
    failures = sum(1 for op in result.operations.values() if op.failures)
    skipped = sum(1 for op in result.operations.values() if not op.cases)
    suite = ET.Element(
        "testsuite",
        name=f"contract {result.surface}",
        tests=str(len(result.operations) + len(result.errors)),
        failures=str(failures),
        errors=str(len(result.errors)),
        skipped=str(skipped),
        time=f"{result.elapsed:.3f}",
    )
    properties = ET.SubElement(suite, "properties")
    for name, value in (
        ("base_url", redactor.url(result.base_url)),
        ("seed", str(result.seed)),
        ("stop_reason", result.stop_reason),
        ("incomplete", "true" if result.incomplete else "false"),
    ):
        ET.SubElement(properties, "property", name=name, value=value)
    for op in result.operations.values():
        case = ET.SubElement(
            suite,
            "testcase",
            classname=f"contract.{result.surface}",
            name=f"{op.operation.label} ({op.operation.operation_id})",
        )
        if op.failures:
            element = ET.SubElement(
                case,
                "failure",
                message=f"{len(op.failures)} failure(s): "
                + "; ".join(sorted({f.title for f in op.failures})),
            )
            element.text = "\n\n".join(_failure_text(f, redactor) for f in op.failures)
        elif not op.cases:
            ET.SubElement(case, "skipped", message="; ".join(op.skipped) or "not tested")
    errors = list(result.errors)
    if result.incomplete:
        errors.append(f"run incomplete: {_stopped(result)}")
    suite.set("tests", str(len(result.operations) + len(errors)))
    suite.set("errors", str(len(errors)))
    for number, error in enumerate(errors, 1):
        case = ET.SubElement(
            suite, "testcase", classname=f"contract.{result.surface}", name=f"error {number}"
        )
        ET.SubElement(
            case, "error", message=error.splitlines()[0] if error else "error"
        ).text = error
    ET.indent(suite)
    return bytes(ET.tostring(suite, encoding="utf-8", xml_declaration=True))


def verdict_of(result: ContractResult) -> str:
    """`passed`, or the count of failures and errors, and INCOMPLETE when it is."""
    if result.passed:
        return "passed"
    verdict = f"{len(result.failures)} failure(s), {len(result.errors)} error(s)"
    return f"INCOMPLETE, {verdict}" if result.incomplete else verdict


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _checks_cell(op: OperationResult) -> str:
    parts = []
    for name, tally in sorted(op.checks.items()):
        parts.append(
            f"{name} ✗{tally.failures}/{tally.runs}" if tally.failures else f"{name} ✓{tally.runs}"
        )
    return ", ".join(parts) or "none ran"


def markdown(result: ContractResult, redactor: Redactor) -> str:
    """The Markdown summary (see the module docstring)."""
    failures = result.failures
    verdict = verdict_of(result)
    scope = "read-only (GET)" if result.read_only else "reads and writes"
    lines = [
        f"# Contract test of {result.surface}: {verdict}",
        "",
        *(
            [f"**Incomplete run** ({_stopped(result)}): operations below may be untested.", ""]
            if result.incomplete
            else []
        ),
        f"- server: `{redactor.url(result.base_url)}`",
        f"- operations: {len(result.operations)}, {scope}",
        f"- requests: {result.requests}; seed {result.seed}; {result.elapsed:.1f} s; "
        f"stopped: {result.stop_reason}",
        f"- stateful: {result.stateful_scenarios} scenarios; followed "
        f"{len(result.declared_links_followed)} of {result.links_total} declared links"
        + (
            f" (and {len(result.inferred_links_followed)} inferred)"
            if result.inferred_links_followed
            else ""
        ),
        "",
        "| operation | operationId | cases | checks (✓ runs, ✗ failures/runs) | failures |",
        "|---|---|---:|---|---:|",
    ]
    for op in result.operations.values():
        lines.append(
            f"| `{op.operation.label}` | {op.operation.operation_id} | {op.cases} | "
            f"{_cell(_checks_cell(op))} | {len(op.failures)} |"
        )
    if result.errors:
        lines += ["", "## Errors", ""]
        lines += [f"- {_cell(redactor.text(error))}" for error in result.errors]
    if failures:
        lines += [
            "",
            "## Failures",
            "",
            f"Each command reproduces the request; set `{TOKEN_VARIABLE}` to your API token first.",
        ]
    for number, failure in enumerate(failures, 1):
        status = f" (answered {failure.status})" if failure.status is not None else ""
        lines += [
            "",
            f"### {number}. `{failure.operation}`: {failure.title}",
            "",
            f"Check `{failure.check}`, {failure.phase} phase{status}.",
            "",
            "```",
            failure.message.strip() or failure.title,
            "```",
            "",
            "```sh",
            *[curl(step, redactor) for step in failure.steps],
            "```",
        ]
    return "\n".join(lines) + "\n"
