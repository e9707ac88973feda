"""Stage 3b — check fixtures: every recorded exchange against its operation, at build time.

A fixture becomes the published example of its operation and the mock's answer, so one
that contradicts the spec would be published and replayed as if it were true. Each is
checked against the overlaid document (so the standard responses and headers that the
overlays add count) before the examples overlay uses it:

- its request routes to the operation it names (`Router.route`);
- the operation declares its status (or a `default` response);
- a body or text is of a media type the response declares (and there is content to have);
- a JSON body is valid against that media type's schema (JSON Schema 2020-12 with the
  OpenAPI dialect, formats included);
- every header the response marks `required` is present, and a header described as
  JSON (`content: application/json`) parses and fits its schema.

Every finding names the fixture file and the line of the offending part.
"""

from __future__ import annotations

import json
from typing import Any

from openapi_schema_validator import OAS31Validator

from ..document import escape_pointer_token
from ..errors import FixtureError
from ..fixtures import Fixture, Router

_FORMATS = OAS31Validator.FORMAT_CHECKER


def _deref(document: dict[str, Any], node: Any) -> Any:
    """Follow local component `$ref`s (responses and headers are shared that way)."""
    seen: set[str] = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        if ref in seen or not ref.startswith("#/components/"):
            break
        seen.add(ref)
        _, _, kind, name = ref.split("/", 3)
        node = (document.get("components") or {}).get(kind, {}).get(name)
    return node


def _schema_errors(document: dict[str, Any], schema: Any, value: Any) -> list[tuple[str, str]]:
    """(JSON pointer inside `value`, message) for each way `value` breaks `schema`."""
    if not isinstance(schema, dict | bool):
        return []
    # The document's components travel with the schema, so `#/components/...` resolves.
    root: Any = schema
    if isinstance(schema, dict):
        root = {**schema, "components": document.get("components") or {}}
    validator = OAS31Validator(root, format_checker=_FORMATS)
    found = []
    for error in sorted(validator.iter_errors(value), key=lambda e: list(e.absolute_path)):
        pointer = "".join(f"/{escape_pointer_token(str(p))}" for p in error.absolute_path)
        found.append((pointer, error.message))
    return found


class _Report:
    def __init__(self, fixture: Fixture) -> None:
        self.fixture = fixture
        self.errors: list[FixtureError] = []

    def add(self, message: str, pointer: str) -> None:
        lines = self.fixture.lines
        probe = pointer
        while probe not in lines and probe:
            probe = probe.rsplit("/", 1)[0]
        self.errors.append(
            FixtureError(message, file=self.fixture.file, line=lines.get(probe), pointer=pointer)
        )


def _check_headers(
    document: dict[str, Any], declared: dict[str, Any], fixture: Fixture, report: _Report
) -> None:
    sent = {str(k).lower(): (k, v) for k, v in (fixture.response.get("headers") or {}).items()}
    for name, raw in declared.items():
        header = _deref(document, raw)
        if not isinstance(header, dict):
            continue
        found = sent.get(name.lower())
        if found is None:
            if header.get("required"):
                report.add(f"the response lacks the required header {name!r}", "/response/headers")
            continue
        key, value = found
        at = f"/response/headers/{escape_pointer_token(str(key))}"
        media = (header.get("content") or {}).get("application/json")
        if isinstance(media, dict):
            try:
                parsed = json.loads(str(value))
            except json.JSONDecodeError as exc:
                report.add(f"header {name!r} is declared as JSON but is not: {exc.msg}", at)
                continue
            for where, message in _schema_errors(document, media.get("schema"), parsed):
                report.add(f"header {name!r}{where or ''}: {message}", at)


def check_fixture(document: dict[str, Any], router: Router, fixture: Fixture) -> list[FixtureError]:
    """Every way `fixture` contradicts the operation it exercises (empty when it conforms)."""
    op = router.route(fixture)
    report = _Report(fixture)
    responses = op.spec.get("responses") or {}
    response = _deref(document, responses.get(str(fixture.status), responses.get("default")))
    name = f"{op.method.upper()} {op.path} ({op.operation_id})"
    if not isinstance(response, dict):
        declared = ", ".join(str(code) for code in responses) or "none"
        report.add(
            f"{name} does not declare status {fixture.status} (declared: {declared}); "
            "add the response to the spec or fix the fixture",
            "/response/status",
        )
        return report.errors
    _check_headers(document, response.get("headers") or {}, fixture, report)
    has_payload = "body" in fixture.response or "text" in fixture.response
    content = response.get("content") or {}
    if not has_payload:
        return report.errors
    media = fixture.content_type
    kind = "body" if "body" in fixture.response else "text"
    if not content:
        report.add(
            f"{name} declares no content for {fixture.status}, yet the fixture has one",
            f"/response/{kind}",
        )
        return report.errors
    if media not in content:
        report.add(
            f"{name} {fixture.status}: media type {media!r} is not declared ({', '.join(content)})",
            "/response/headers",
        )
        return report.errors
    if kind == "body":
        schema = (content[media] or {}).get("schema")
        for where, message in _schema_errors(document, schema, fixture.response["body"]):
            report.add(
                f"the body does not match {name}'s {fixture.status} schema at "
                f"{where or '/'}: {message}",
                f"/response/body{where}",
            )
    return report.errors


def check_fixtures(document: dict[str, Any], fixtures: list[Fixture]) -> list[FixtureError]:
    """Every problem of every fixture of a surface, in fixture order."""
    router = Router(document)
    errors: list[FixtureError] = []
    for fixture in fixtures:
        try:
            errors.extend(check_fixture(document, router, fixture))
        except FixtureError as exc:
            errors.append(exc)
    return errors
