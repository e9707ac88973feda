"""Reading and writing the YAML/JSON the pipeline works on.

The loader is deliberately stricter than PyYAML's safe loader, because the data is
JSON in YAML clothing: keys become strings (`200:` is the status "200"), timestamps
stay strings, only `true`/`false` are booleans, and a duplicate key is an error
rather than a silent overwrite. It also records the line of every node, so later
stages can point at `file:line` for a JSON pointer.

Loading is bounded, because a hand-edited or hostile file must fail fast rather than
exhaust the machine: a file larger than `MAX_BYTES` is refused before it is parsed, and
a document that expands (through YAML aliases) to more than `MAX_NODES` nodes is refused
at the alias that crosses the limit. The sources are a few kilobytes and a few thousand
nodes each, so both limits are orders of magnitude above any honest input.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import yaml

from .document import escape_pointer_token
from .errors import LoadError

Lines = dict[str, int]  # JSON pointer -> 1-based line

MAX_BYTES = 4 * 1024 * 1024
MAX_NODES = 200_000


# libyaml's parser when PyYAML has it (about five times faster; the build parses every
# source and fixture), the pure-Python one otherwise. Both report node marks.
_BaseLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BaseLoader):  # type: ignore[misc]
    """SafeLoader without YAML 1.1 surprises (timestamps, yes/no booleans)."""


# Drop the implicit resolvers for timestamps and YAML 1.1 booleans, keep the rest.
_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag not in ("tag:yaml.org,2002:timestamp",)]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_BOOL = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")
for _first, _resolvers in _Loader.yaml_implicit_resolvers.items():
    _resolvers[:] = [(t, rx) for t, rx in _resolvers if t != "tag:yaml.org,2002:bool"]
_Loader.add_implicit_resolver("tag:yaml.org,2002:bool", _BOOL, list("tTfF"))


class _Budget:
    """Counts the nodes a document expands to; aliases re-count what they repeat."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.left = MAX_NODES

    def spend(self, node: yaml.Node) -> None:
        self.left -= 1
        if self.left < 0:
            raise LoadError(
                f"the document expands to more than {MAX_NODES} nodes (a YAML alias "
                "repeated many times, e.g. an alias bomb; the line is where the repeated "
                "node is written); write the data out instead",
                file=self.file,
                line=node.start_mark.line + 1,
            )


def _convert(node: yaml.Node, loader: _Loader, pointer: str, lines: Lines, budget: _Budget) -> Any:
    budget.spend(node)
    file = budget.file
    lines[pointer] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            if key is None:
                key = "null"
            key = str(key).lower() if isinstance(key, bool) else str(key)
            if key in out:
                raise LoadError(
                    f"duplicate key {key!r}", file=file, line=key_node.start_mark.line + 1
                )
            child = f"{pointer}/{escape_pointer_token(key)}"
            out[key] = _convert(value_node, loader, child, lines, budget)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [
            _convert(item, loader, f"{pointer}/{i}", lines, budget)
            for i, item in enumerate(node.value)
        ]
    return loader.construct_object(node, deep=True)


def parse_yaml(text: str, *, file: str) -> tuple[Any, Lines]:
    """Parse one YAML document; return the data and the line of every JSON pointer."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            raise LoadError("the file is empty", file=file, line=1)
        lines: Lines = {}
        return _convert(node, loader, "", lines, _Budget(file)), lines
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        problem = exc.problem or str(exc)
        raise LoadError(f"invalid YAML: {problem}", file=file, line=line) from None
    except yaml.YAMLError as exc:
        raise LoadError(f"invalid YAML: {exc}", file=file) from None
    finally:
        loader.dispose()


def load_yaml(path: Path, *, display: str | None = None) -> tuple[Any, Lines]:
    """Read and parse a YAML (or JSON) file; errors name `display` (default: the path)."""
    name = display or str(path)
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise LoadError("no such file", file=name) from None
    except IsADirectoryError:
        raise LoadError("a folder, not a file", file=name) from None
    if len(raw) > MAX_BYTES:
        raise LoadError(
            f"the file is larger than {MAX_BYTES} bytes; refusing to parse it", file=name
        )
    return parse_yaml(decode_utf8(raw, file=name), file=name)


def decode_utf8(raw: bytes, *, file: str) -> str:
    """`raw` as UTF-8 text; a LoadError naming the line and byte offset of a bad byte."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise LoadError(
            f"not UTF-8 text: {exc.reason} at byte offset {exc.start} "
            f"(byte 0x{raw[exc.start]:02x}); save the file as UTF-8",
            file=file,
            line=line,
        ) from None


# libyaml's emitter when PyYAML has it: 4-6x faster at writing the published YAML. It
# folds some long double-quoted strings where the pure-Python one does not (v1's `\r\n`
# log lines), so the two write different bytes for the same data; which one is in use
# is a tool version of the lock (`YAML_EMITTER`), and the pinned PyYAML wheels have it.
_BaseDumper: Any = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
YAML_EMITTER = "libyaml" if _BaseDumper is not yaml.SafeDumper else "python"


class _Dumper(_BaseDumper):  # type: ignore[misc]
    """Block-style YAML that keeps key order and writes multi-line strings as blocks."""


def _str_representer(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str_representer)


def dump_yaml(data: Any) -> str:
    """Serialize to YAML, keeping key order."""
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)


def dump_json(data: Any) -> str:
    """Serialize to stable, indented JSON with a trailing newline."""
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
