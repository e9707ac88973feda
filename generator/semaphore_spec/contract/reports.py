"""The reports of a contract run: JUnit XML, a Markdown summary and a HAR cassette.

- `<surface>.junit.xml`: one test case per operation, a `<failure>` listing its
  failures, `<skipped>` when no phase could test it, and one `<error>` case per
  run error; CI systems read it.
- `<surface>.md`: a table of operations with the checks that ran and how many
  failed, then every failure with its message and a curl command reproducing it.
- `<surface>.har`: every exchange (HAR 1.2), for replaying and for reading what the
  server actually sent.

Everything goes through the run's `Redactor`: the token appears in none of them.
"""

from __future__ import annotations

import base64
import json
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from .curl import TOKEN_VARIABLE, curl
from .redact import Redactor
from .results import ContractResult, Exchange, FailureRecord, OperationResult

CREATOR = {"name": "semaphore-spec contract", "version": "1"}


def write_reports(result: ContractResult, directory: Path) -> dict[str, Path]:
    """Write the three reports into `directory`; returns their paths by kind."""
    redactor = result.redactor
    directory.mkdir(parents=True, exist_ok=True)
    paths = {
        "junit": directory / f"{result.surface}.junit.xml",
        "markdown": directory / f"{result.surface}.md",
        "har": directory / f"{result.surface}.har",
    }
    paths["junit"].write_bytes(junit_xml(result, redactor))
    paths["markdown"].write_text(markdown(result, redactor), encoding="utf-8")
    paths["har"].write_text(
        json.dumps(har(result, redactor), indent=1, ensure_ascii=False), encoding="utf-8"
    )
    return paths


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
    for name, value in (("base_url", redactor.url(result.base_url)), ("seed", str(result.seed))):
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
    for number, error in enumerate(result.errors, 1):
        case = ET.SubElement(
            suite, "testcase", classname=f"contract.{result.surface}", name=f"error {number}"
        )
        ET.SubElement(
            case, "error", message=error.splitlines()[0] if error else "error"
        ).text = error
    ET.indent(suite)
    return bytes(ET.tostring(suite, encoding="utf-8", xml_declaration=True))


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
    verdict = (
        "passed" if result.passed else f"{len(failures)} failure(s), {len(result.errors)} error(s)"
    )
    scope = "read-only (GET)" if result.read_only else "reads and writes"
    lines = [
        f"# Contract test of {result.surface}: {verdict}",
        "",
        f"- server: `{redactor.url(result.base_url)}`",
        f"- operations: {len(result.operations)}, {scope}",
        f"- requests: {len(result.exchanges)}; seed {result.seed}; {result.elapsed:.1f} s; "
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


def _pairs(items: Any) -> list[dict[str, str]]:
    return [{"name": name, "value": value} for name, value in items]


def _content(body: bytes, media_type: str) -> dict[str, Any]:
    try:
        return {"size": len(body), "mimeType": media_type, "text": body.decode("utf-8")}
    except UnicodeDecodeError:
        return {
            "size": len(body),
            "mimeType": media_type,
            "text": base64.b64encode(body).decode("ascii"),
            "encoding": "base64",
        }


def _entry(exchange: Exchange, redactor: Redactor) -> dict[str, Any]:
    request = exchange.request
    url = redactor.url(request.url)
    headers = [(n, redactor.header(n, v)) for n, v in request.headers]
    request_type = next((v for n, v in request.headers if n.lower() == "content-type"), "")
    har_request: dict[str, Any] = {
        "method": request.method.upper(),
        "url": url,
        "httpVersion": "HTTP/1.1",
        "cookies": [],
        "headers": _pairs(headers),
        "queryString": _pairs(parse_qsl(urlsplit(url).query, keep_blank_values=True)),
        "headersSize": -1,
        "bodySize": len(request.body or b""),
    }
    if request.body:
        content = _content(request.body, request_type)
        har_request["postData"] = {
            "mimeType": request_type,
            "text": redactor.text(content["text"]),
            **({"comment": "base64"} if "encoding" in content else {}),
        }
    response = exchange.response
    elapsed = response.elapsed if response is not None else 0.0
    started = datetime.fromtimestamp(exchange.started - elapsed, tz=UTC)
    har_response: dict[str, Any] = {
        "status": 0,
        "statusText": "",
        "httpVersion": "",
        "cookies": [],
        "headers": [],
        "content": {"size": 0, "mimeType": ""},
        "redirectURL": "",
        "headersSize": -1,
        "bodySize": -1,
        "_error": "no response (network error or timeout)",
    }
    if response is not None:
        response_type = next((v for n, v in response.headers if n.lower() == "content-type"), "")
        content = _content(response.body, response_type)
        content["text"] = redactor.text(content["text"])
        har_response = {
            "status": response.status,
            "statusText": response.reason,
            "httpVersion": f"HTTP/{response.http_version}",
            "cookies": [],
            "headers": _pairs((n, redactor.header(n, v)) for n, v in response.headers),
            "content": content,
            "redirectURL": "",
            "headersSize": -1,
            "bodySize": len(response.body),
        }
    return {
        "startedDateTime": started.isoformat(),
        "time": round(elapsed * 1000, 3),
        "request": har_request,
        "response": har_response,
        "cache": {},
        "timings": {"send": 0, "wait": round(elapsed * 1000, 3), "receive": 0},
        "comment": f"{exchange.operation} ({exchange.phase})",
    }


def har(result: ContractResult, redactor: Redactor) -> dict[str, Any]:
    """The HAR 1.2 cassette of every exchange."""
    return {
        "log": {
            "version": "1.2",
            "creator": CREATOR,
            "comment": f"contract test of {result.surface}, seed {result.seed}",
            "entries": [_entry(exchange, redactor) for exchange in result.exchanges],
        }
    }
