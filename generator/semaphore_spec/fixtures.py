"""Recorded exchanges (a surface's `fixtures_dir`) and routing them to operations.

Used by the build (fixtures become the published examples), the tests (conformance
and coverage) and anything else that needs "which operation does this request hit".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .document import iter_operations
from .errors import FixtureError
from .input_folders import confine
from .registry import Surface, load_registry
from .yamlio import Lines, load_yaml

_NAME = re.compile(
    r"^(?P<op>[A-Za-z][A-Za-z0-9_]*)\.(?P<status>[1-5][0-9][0-9])(?:\.(?P<variant>[A-Za-z0-9_-]+))?$"
)


@dataclass(frozen=True)
class Operation:
    """One operation of a document: where it is and what it is called."""

    path: str
    method: str
    operation_id: str
    spec: dict[str, Any] = field(compare=False, repr=False)


@dataclass
class Fixture:
    """One recorded exchange."""

    file: str  # relative to the project root, for messages
    operation_id: str
    status: int
    variant: str | None
    summary: str
    source: str
    request: dict[str, Any]
    response: dict[str, Any]
    # JSON pointer -> line in `file`, so a check can point into the fixture.
    lines: Lines = field(default_factory=dict, compare=False, repr=False)

    @property
    def name(self) -> str:
        """`<status>` or `<status>-<variant>`: the example's key in the published spec."""
        return f"{self.status}-{self.variant}" if self.variant else str(self.status)

    @property
    def content_type(self) -> str | None:
        """The response's media type, from its headers or, failing that, its body kind."""
        for key, value in (self.response.get("headers") or {}).items():
            if key.lower() == "content-type":
                return str(value).split(";")[0].strip()
        if "body" in self.response:
            return "application/json"
        if "text" in self.response:
            return "text/plain"
        return None


def _fixture_from_file(path: Path, display: str) -> Fixture:
    data, lines = load_yaml(path, display=display)
    match = _NAME.match(path.name.removesuffix(".yaml"))
    if not match:
        raise FixtureError(
            "fixture file names are <operationId>.<status>[.<variant>].yaml", file=display
        )
    if not isinstance(data, dict):
        raise FixtureError("a fixture must be a mapping", file=display, line=1)
    for key in ("operation", "request", "response"):
        if key not in data:
            raise FixtureError(f"missing `{key}`", file=display, line=1)
    request, response = data["request"], data["response"]
    if not isinstance(request, dict) or not {"method", "path"} <= request.keys():
        raise FixtureError(
            "`request` needs `method` and `path`", file=display, line=lines.get("/request")
        )
    if not isinstance(response, dict) or not isinstance(response.get("status"), int):
        raise FixtureError(
            "`response.status` must be an integer", file=display, line=lines.get("/response")
        )
    if sum(key in request for key in ("body", "form", "text")) > 1:
        raise FixtureError(
            "a request has one of `body`, `form` or `text`",
            file=display,
            line=lines.get("/request"),
        )
    if "body" in response and "text" in response:
        raise FixtureError(
            "a response has `body` or `text`, not both", file=display, line=lines.get("/response")
        )
    if data["operation"] != match["op"] or response["status"] != int(match["status"]):
        raise FixtureError(
            f"file name says {match['op']} {match['status']} but the fixture says "
            f"{data['operation']} {response['status']}",
            file=display,
            line=lines.get("/operation"),
        )
    return Fixture(
        file=display,
        operation_id=data["operation"],
        status=response["status"],
        variant=match["variant"],
        summary=str(data.get("summary", "")),
        source=str(data.get("source", "")),
        request=request,
        response=response,
        lines=lines,
    )


def load_fixtures(root: Path, surface: Surface | str) -> list[Fixture]:
    """Every fixture of `surface` (a registry surface, or its name), sorted by file name;
    they live where the registry's `fixtures_dir` says."""
    if isinstance(surface, str):
        surface = load_registry(root)[surface]
    directory = root / surface.fixtures_dir
    fixtures = []
    for path in sorted(directory.glob("*.yaml")):
        display = str(path.relative_to(root))
        confined = confine(root, path, display=display, also=(surface.fixtures_dir,))
        fixtures.append(_fixture_from_file(confined, display))
    # The documented example (no variant) of each operation and status comes first.
    return sorted(
        fixtures, key=lambda f: (f.operation_id, f.status, f.variant is not None, f.variant or "")
    )


def operations(document: dict[str, Any]) -> list[Operation]:
    """Every operation of an OpenAPI document, in document order."""
    found = []
    for path, method, op in iter_operations(document):
        found.append(Operation(path, method, str(op.get("operationId", "")), op))
    return found


class Router:
    """Finds the operation a concrete (method, path) hits; literal segments beat templates."""

    def __init__(self, document: dict[str, Any]) -> None:
        self._routes: list[tuple[int, re.Pattern[str], Operation]] = []
        for op in operations(document):
            pattern = "".join(
                "[^/]+" if re.fullmatch(r"\{[^}]+\}", part) else re.escape(part)
                for part in re.split(r"(\{[^}]+\})", op.path)
            )
            literal = sum(1 for seg in op.path.split("/") if seg and "{" not in seg)
            self._routes.append((literal, re.compile(f"^{pattern}$"), op))
        self._routes.sort(key=lambda route: -route[0])

    def match(self, method: str, path: str) -> Operation | None:
        """The best-matching operation, or None."""
        method = method.lower()
        best: list[Operation] = []
        best_literal = -1
        for literal, pattern, op in self._routes:
            if op.method == method and pattern.match(path):
                if literal > best_literal:
                    best, best_literal = [op], literal
                elif literal == best_literal:
                    best.append(op)
        return best[0] if len(best) == 1 else None

    def route(self, fixture: Fixture) -> Operation:
        """The operation `fixture` exercises; an error if it routes nowhere or elsewhere."""
        op = self.match(fixture.request["method"], fixture.request["path"])
        if op is None:
            raise FixtureError(
                f"{fixture.request['method']} {fixture.request['path']} matches no operation",
                file=fixture.file,
            )
        if op.operation_id != fixture.operation_id:
            raise FixtureError(
                f"{fixture.request['method']} {fixture.request['path']} is {op.operation_id}, "
                f"not {fixture.operation_id}",
                file=fixture.file,
            )
        return op
