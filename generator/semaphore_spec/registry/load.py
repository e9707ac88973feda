"""Loading `spec/surfaces.yaml` into the typed model, once per command.

A fault names `spec/surfaces.yaml:LINE` and the JSON pointer of the offending key, and
a surface whose spec folder is missing is reported at its registry entry.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pydantic

from ..document import escape_pointer_token
from ..errors import RegistryError
from ..project import REGISTRY_FILE
from ..yamlio import Lines, load_yaml
from .model import AUTH_TYPES, Surface
from .pagination import PAGINATION_KINDS

Registry = dict[str, Surface]


def _pointer(surface: str, loc: tuple[int | str, ...]) -> str:
    parts = [str(part) for part in loc if not _is_union_tag(part)]
    return "/" + "/".join(escape_pointer_token(p) for p in ["surfaces", surface, *parts])


def _is_union_tag(part: int | str) -> bool:
    # pydantic inserts the discriminator's value (`apiKey`, `link-relation`) into the
    # location of an error inside a tagged union member; it is not a key of the YAML.
    return isinstance(part, str) and part in _UNION_TAGS


_UNION_TAGS = frozenset({*PAGINATION_KINDS, *AUTH_TYPES})


def _describe(error: Any) -> str:
    """One problem, named by its dotted key (`pagination.link.header`)."""
    keys = [str(part) for part in error["loc"] if not _is_union_tag(part)]
    if error["type"] == "missing":
        return f"lacks {'.'.join(keys)}"
    if error["type"] == "extra_forbidden":
        return f"has an unknown key {'.'.join(keys)}"
    message = str(error["msg"]).removeprefix("Value error, ")
    return f"{'.'.join(keys)}: {message}" if keys else message


def _nearest_line(lines: Lines, pointer: str) -> int | None:
    while True:
        if pointer in lines:
            return lines[pointer]
        if "/" not in pointer:
            return None
        pointer = pointer.rsplit("/", 1)[0]


def _surface(name: str, facts: Any, lines: Lines) -> Surface:
    pointer = f"/surfaces/{escape_pointer_token(name)}"
    if not isinstance(facts, dict):
        raise RegistryError(
            "a surface must be a mapping", file=REGISTRY_FILE, line=lines.get(pointer)
        )
    try:
        return Surface.model_validate({"name": name, **facts})
    except pydantic.ValidationError as exc:
        errors = exc.errors()
        # Point at a key that is there (a misspelt one) rather than at one that is not.
        pointers = [_pointer(name, tuple(error["loc"])) for error in errors]
        where = next((p for p in pointers if p in lines), pointers[0])
        raise RegistryError(
            f"surface {name!r} " + "; ".join(_describe(error) for error in errors),
            file=REGISTRY_FILE,
            line=_nearest_line(lines, where),
            pointer=where,
        ) from None


# The last registry read, by its file's (path, size, mtime, inode): one command often
# asks more than once (`contract`'s command and runner, `load_fixtures` by surface
# name), and the models are frozen.
_last: tuple[tuple[str, int, int, int], Registry] | None = None


def load_registry(root: Path) -> Registry:
    """Read and validate `spec/surfaces.yaml` under `root` (again only when the file
    changed since the last call)."""
    global _last
    path = root / REGISTRY_FILE
    try:
        stat = path.stat()
        key = (str(path.resolve()), stat.st_size, stat.st_mtime_ns, stat.st_ino)
    except OSError:
        key = None  # load_yaml says what is wrong with the file
    if key is not None and _last is not None and _last[0] == key:
        return dict(_last[1])
    registry = _read_registry(root)
    if key is not None:
        _last = (key, registry)
    return dict(registry)


def _read_registry(root: Path) -> Registry:
    data, lines = load_yaml(root / REGISTRY_FILE, display=REGISTRY_FILE)
    surfaces = data.get("surfaces") if isinstance(data, dict) else None
    if not isinstance(surfaces, dict) or not surfaces:
        raise RegistryError("expected a non-empty `surfaces` mapping", file=REGISTRY_FILE, line=1)
    out: Registry = {}
    for name, facts in surfaces.items():
        out[str(name)] = _surface(str(name), facts, lines)
    return out


def check_spec_folders(root: Path, surfaces: list[Surface]) -> None:
    """Every surface has its entry document; the error names the registry entry."""
    for surface in surfaces:
        if not (root / surface.spec_dir / "openapi.yaml").is_file():
            _, lines = load_yaml(root / REGISTRY_FILE, display=REGISTRY_FILE)
            pointer = f"/surfaces/{escape_pointer_token(surface.name)}"
            raise RegistryError(
                f"surface {surface.name!r} has no spec folder: expected "
                f"{surface.spec_dir}/openapi.yaml (add it, or remove the registry entry)",
                file=REGISTRY_FILE,
                line=lines.get(pointer),
                pointer=pointer,
            )


def select(registry: Registry, names: list[str] | None) -> list[Surface]:
    """The surfaces named (all when `names` is empty), in registry order."""
    if not names:
        return list(registry.values())
    unknown = [n for n in names if n not in registry]
    if unknown:
        known = ", ".join(registry)
        raise RegistryError(
            f"unknown surface {', '.join(unknown)} (known: {known})", file=REGISTRY_FILE
        )
    return [registry[n] for n in names]
