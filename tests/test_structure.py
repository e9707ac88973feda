"""The shape of the pipeline package: no import cycles, small modules, one copy of the
OpenAPI document helpers, and no surface named outside the registry."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from conftest import REGISTRY, ROOT

PACKAGE = ROOT / "generator" / "semaphore_spec"
MAX_LINES = 350
# A module may be longer when its docstring says why ("Longer than ...").
LONG_REASON = "Longer than"
# The fault catalogue of the mutation check is per-surface test data: each fault names
# the surface and operations it breaks.
MAY_NAME_SURFACES = {"registry", "mutation/faults.py", "mutation/faults_org.py"}


def modules() -> dict[str, Path]:
    """Dotted module name -> file, for every module of the package."""
    out = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        out[name] = path
    return out


def _is_type_checking(node: ast.If) -> bool:
    return isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING"


def module_imports(name: str, path: Path, known: set[str]) -> set[str]:
    """The package modules `name` imports when it is loaded (top-level imports only:
    imports inside functions and `if TYPE_CHECKING:` run later or never)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found: set[str] = set()
    body = [n for n in tree.body if not (isinstance(n, ast.If) and _is_type_checking(n))]
    for node in body:
        if isinstance(node, ast.ImportFrom):
            base = package
            for _ in range(node.level - 1):
                base = base.rsplit(".", 1)[0]
            target = (
                (f"{base}.{node.module}" if node.module else base) if node.level else node.module
            )
            for alias in node.names:
                candidate = f"{target}.{alias.name}"
                found.add(candidate if candidate in known else str(target))
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {m for m in found if m in known and m != name}


def test_no_import_cycles() -> None:
    found = modules()
    graph = {name: module_imports(name, path, set(found)) for name, path in found.items()}
    done: set[str] = set()

    def visit(node: str, trail: list[str]) -> None:
        for nxt in sorted(graph[node]):
            assert nxt not in trail, "import cycle: " + " -> ".join([*trail, nxt])
            if nxt not in done:
                visit(nxt, [*trail, nxt])
        done.add(node)

    for name in sorted(graph):
        if name not in done:
            visit(name, [name])


def test_modules_are_small_or_say_why() -> None:
    for name, path in modules().items():
        text = path.read_text(encoding="utf-8")
        lines = len(text.splitlines())
        docstring = ast.get_docstring(ast.parse(text)) or ""
        assert lines <= MAX_LINES or LONG_REASON in docstring, f"{name}: {lines} lines"


def _code_files() -> list[tuple[str, str]]:
    return [
        (str(path.relative_to(PACKAGE)), path.read_text(encoding="utf-8"))
        for path in sorted(PACKAGE.rglob("*.py"))
    ]


def test_one_copy_of_the_document_helpers() -> None:
    patterns = {
        "HTTP methods": re.compile(r"\(\s*\"get\",\s*\"put\",\s*\"post\""),
        "RFC 6901 unescaping": re.compile(r"replace\(\"~1\", \"/\"\)"),
        "root resolution": re.compile(r"find_root\(Path\.cwd\(\)\)"),
    }
    owners = {"HTTP methods": "document.py", "RFC 6901 unescaping": "document.py"}
    owners["root resolution"] = "project.py"
    for what, pattern in patterns.items():
        holders = [name for name, code in _code_files() if pattern.search(code)]
        assert holders == [owners[what]], f"{what} in {holders}"


def test_no_module_outside_the_registry_names_a_surface_or_style() -> None:
    names = set(REGISTRY) | {style for s in REGISTRY.values() for style in s.pagination}
    literal = re.compile(r"[\"'](" + "|".join(re.escape(n) for n in sorted(names)) + r")[\"']")
    for name, code in _code_files():
        if any(name == allowed or name.startswith(allowed + "/") for allowed in MAY_NAME_SURFACES):
            continue
        found = literal.search(code)
        assert found is None, f"{name} names {found.group(0) if found else ''}"
