"""Stage 1 — load and bundle: join a surface's split source files into one document.

The entry document (`spec/<surface>/openapi.yaml`) lists every component with a
relative `$ref` to where it is written. A `$ref` elsewhere that points at such a
location becomes a local `#/components/<kind>/<Name>` reference; any other external
reference is inlined. Every node of the result remembers the file and line it came
from (`SourceMap`), so later stages can report `file:line` for a JSON pointer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..document import escape_pointer_token, lookup_pointer
from ..errors import LoadError, RefError
from ..input_folders import confine
from ..yamlio import Lines, load_yaml

ENTRY = "openapi.yaml"


@dataclass
class SourceMap:
    """Maps JSON pointers of the bundled document to (file, line) of their source."""

    places: dict[str, tuple[str, int]] = field(default_factory=dict)

    def locate(self, pointer: str) -> tuple[str | None, int | None]:
        """The source of `pointer`, or of its nearest ancestor that has one."""
        probe = pointer
        while True:
            if probe in self.places:
                return self.places[probe]
            if not probe:
                return None, None
            probe = probe.rsplit("/", 1)[0]


@dataclass
class Bundle:
    """A bundled surface: the single document, where its parts came from, and its inputs."""

    document: dict[str, Any]
    sources: SourceMap
    files: list[Path]


class _Bundler:
    def __init__(self, root: Path, entry: Path) -> None:
        self.root = root
        self.entry = entry.resolve()
        self.cache: dict[Path, tuple[Any, Lines]] = {}
        self.components: dict[tuple[Path, str], str] = {}
        self.sources = SourceMap()

    def display(self, path: Path) -> str:
        try:
            return str(path.relative_to(self.root))
        except ValueError:
            return str(path)

    def load(self, path: Path) -> tuple[Any, Lines]:
        if path not in self.cache:
            self.cache[path] = load_yaml(path, display=self.display(path))
        return self.cache[path]

    def load_entry(self, entry: Path) -> tuple[Any, Lines]:
        """The entry document, once it is known to lie inside the input folders."""
        shown = self.display(entry)
        path = confine(self.root, entry, display=shown, what="the entry document")
        if path not in self.cache:
            self.cache[path] = load_yaml(path, display=shown)
        return self.cache[path]

    def resolve_ref(self, ref: str, base: Path, ref_pointer: str) -> tuple[Path, str]:
        """Turn a `$ref` string written in `base` into (absolute file, JSON pointer)."""
        file_part, _, fragment = ref.partition("#")
        target = base
        if file_part:
            # Confined before anything is opened: `..` or a symlink may lead anywhere.
            _, lines = self.load(base)
            target = confine(
                self.root,
                base.parent / file_part,
                display=self.display(base),
                line=lines.get(ref_pointer),
                what=f"$ref {ref!r}",
            )
        if fragment and not fragment.startswith("/"):
            _, lines = self.load(base)
            raise RefError(
                f"$ref {ref!r}: the fragment must be a JSON pointer starting with '/'",
                file=self.display(base),
                line=lines.get(ref_pointer),
            )
        if not target.is_file():
            _, lines = self.load(base)
            raise RefError(
                f"$ref {ref!r}: no such file {self.display(target)}",
                file=self.display(base),
                line=lines.get(ref_pointer),
            )
        return target, fragment

    def node_at(self, target: Path, pointer: str, *, ref: str, base: Path, at: str) -> Any:
        data, _ = self.load(target)
        try:
            return lookup_pointer(data, pointer)
        except KeyError:
            _, lines = self.load(base)
            raise RefError(
                f"$ref {ref!r}: {self.display(target)} has nothing at {pointer or '/'}",
                file=self.display(base),
                line=lines.get(at),
            ) from None

    def register_components(self, entry_doc: dict[str, Any]) -> None:
        components = entry_doc.get("components") or {}
        for kind, members in components.items():
            if not isinstance(members, dict):
                continue
            for name, value in members.items():
                if isinstance(value, dict) and isinstance(value.get("$ref"), str):
                    ref = value["$ref"]
                    if ref.startswith("#"):
                        continue
                    at = f"/components/{kind}/{escape_pointer_token(name)}/$ref"
                    target, pointer = self.resolve_ref(ref, self.entry, at)
                    self.components[(target, pointer)] = (
                        f"#/components/{kind}/{escape_pointer_token(name)}"
                    )

    def walk(
        self, node: Any, file: Path, src: str, out: str, stack: tuple[tuple[Path, str], ...]
    ) -> Any:
        """Copy `node` (at pointer `src` of `file`) to output pointer `out`, resolving refs."""
        _, lines = self.load(file)
        if src in lines:
            self.sources.places[out] = (self.display(file), lines[src])
        if isinstance(node, list):
            return [
                self.walk(item, file, f"{src}/{i}", f"{out}/{i}", stack)
                for i, item in enumerate(node)
            ]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str):
            return self.walk_ref(node, ref, file, src, out, stack)
        return {
            key: self.walk(
                value,
                file,
                f"{src}/{escape_pointer_token(key)}",
                f"{out}/{escape_pointer_token(key)}",
                stack,
            )
            for key, value in node.items()
        }

    def walk_ref(
        self,
        node: dict[str, Any],
        ref: str,
        file: Path,
        src: str,
        out: str,
        stack: tuple[tuple[Path, str], ...],
    ) -> Any:
        siblings = {
            k: self.walk(v, file, f"{src}/{escape_pointer_token(k)}", f"{out}/{k}", stack)
            for k, v in node.items()
            if k != "$ref"
        }
        if ref.startswith("#") and file == self.entry:
            return {"$ref": ref, **siblings}  # already local to the bundled document
        target, pointer = self.resolve_ref(ref, file, f"{src}/$ref")
        key = (target, pointer)
        # A reference to a component's home becomes a local reference, except at the
        # component's own definition in the entry document (which must be inlined).
        local = self.components.get(key)
        defining = out.startswith("/components/") and local == "#" + out
        if local is not None and not defining:
            self.node_at(target, pointer, ref=ref, base=file, at=f"{src}/$ref")
            return {"$ref": local, **siblings}
        if key in stack:
            chain = " -> ".join(f"{self.display(f)}#{p}" for f, p in (*stack, key))
            _, lines = self.load(file)
            raise RefError(
                f"$ref cycle through non-component locations: {chain}; "
                "declare one of them under components in the entry document",
                file=self.display(file),
                line=lines.get(f"{src}/$ref"),
            )
        target_node = self.node_at(target, pointer, ref=ref, base=file, at=f"{src}/$ref")
        inlined = self.walk(target_node, target, pointer, out, (*stack, key))
        if siblings:
            if not isinstance(inlined, dict):
                raise RefError(
                    f"$ref {ref!r} has sibling keys but points at a non-object",
                    file=self.display(file),
                    line=self.load(file)[1].get(src),
                )
            return {**inlined, **siblings}
        return inlined


def bundle_surface(root: Path, spec_dir: Path) -> Bundle:
    """Bundle `spec_dir/openapi.yaml` (and every file it reaches) into one document."""
    entry = spec_dir / ENTRY
    bundler = _Bundler(root, entry)
    if not entry.is_file():
        raise LoadError("no such file", file=bundler.display(entry))
    entry_doc, _ = bundler.load_entry(entry)
    if not isinstance(entry_doc, dict):
        raise LoadError("the entry document must be a mapping", file=bundler.display(entry), line=1)
    bundler.register_components(entry_doc)
    document = bundler.walk(entry_doc, entry.resolve(), "", "", ())
    files = sorted(bundler.cache)
    return Bundle(document=document, sources=bundler.sources, files=files)
