"""The build: run every stage for each surface, then swap the results into place.

Everything is produced under a staging directory first; `published/` and `generated/`
are touched only after every stage of every selected surface has succeeded, so a
failed build leaves them byte-identical. A lock file per surface (`lock.py`) records
the tool versions and the hashes of its inputs and outputs: when all still match, the
surface is skipped (a no-op rebuild), and `--check` can say "up to date" without
regenerating, or say why not.
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from . import __version__, build_stamp
from .errors import BuildFailed, SpecError
from .hash_cache import CACHE_FILE, HashCache
from .input_folders import confine
from .lock import (
    LOCK_NAME,
    files,
    input_hashes,
    lock_of,
    output_hashes,
    package_hashes,
    staleness,
    surface_outputs,
    tool_files,
    tool_versions,
)
from .registry import REGISTRY_FILE, Surface, check_spec_folders, load_registry, select
from .yamlio import dump_json

STAGING = ".build"
T = TypeVar("T")
# Surfaces are independent, so their stages run in this many processes at once.
WORKERS = 2


@dataclass
class Outcome:
    """What a build did: surfaces rebuilt or skipped, and files that changed."""

    rebuilt: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    # Why the rebuilt surfaces were out of date, one line each, most specific first.
    reasons: list[str] = field(default_factory=list)


class _Stages:
    """Runs named stages, printing each one's name and duration."""

    def __init__(self, log: Callable[[str], None]) -> None:
        self.log = log

    def run(self, surface: str, name: str, work: Callable[[], T]) -> T:
        start = time.perf_counter()
        result = work()
        self.log(f"[{surface}] {name:<15} {time.perf_counter() - start:7.3f}s")
        return result


def build_surface(root: Path, surface: Surface, staging: Path, stages: _Stages) -> dict[str, Any]:
    """Run every stage of one surface into `staging`; return the published document."""
    # The stages (openapi-python-client, the validators) take most of a second to import;
    # an up-to-date build never needs them.
    from .fixtures import Router, load_fixtures
    from .stages.apply_overlays import apply_overlays
    from .stages.bundle import bundle_surface
    from .stages.check_fixtures import check_fixtures
    from .stages.docs import render_reference
    from .stages.generate import generate_surface
    from .stages.publish import publish, publish_fixtures
    from .stages.render_overlays import CODEGEN_DIR, examples_overlay, render_overlays
    from .stages.validate import validate_document
    from .stages.validate_extensions import check_extensions

    name = surface.name
    bundle = stages.run(name, "bundle", lambda: bundle_surface(root, root / surface.spec_dir))
    problems = check_extensions(bundle.document, surface, bundle.sources)
    if problems:
        raise BuildFailed(list(problems))
    fixtures = load_fixtures(root, surface)

    def render() -> list[tuple[str, dict[str, Any]]]:
        overlays = render_overlays(root, surface)
        return [o for o in overlays if o[1].get("actions")]  # a template may emit nothing

    overlays = stages.run(name, "render overlays", render)

    document = stages.run(name, "apply overlays", lambda: apply_overlays(bundle.document, overlays))
    problems = stages.run(
        name, "validate", lambda: validate_document(document, surface, bundle.sources)
    )
    if problems:
        raise BuildFailed(list(problems))

    def examples() -> dict[str, Any]:
        # Checked against the valid document: a fixture that contradicts its operation
        # must never become its example.
        if fixture_problems := check_fixtures(document, fixtures):
            raise BuildFailed(list(fixture_problems))
        overlay = examples_overlay(document, fixtures, Router(document))
        return apply_overlays(document, [overlay]) if overlay[1]["actions"] else document

    document = stages.run(name, "fixtures check", examples)
    out_dir = staging / surface.published_dir
    stages.run(name, "publish", lambda: publish(document, out_dir))
    stages.run(name, "fixtures", lambda: publish_fixtures(name, document, fixtures, out_dir))
    stages.run(
        name,
        "docs",
        lambda: render_reference(root, surface, document, fixtures, out_dir, bundle.sources),
    )

    def codegen() -> None:
        codegen_overlays = [
            o for o in render_overlays(root, surface, CODEGEN_DIR) if o[1].get("actions")
        ]
        python_document = apply_overlays(document, codegen_overlays)
        package_dir = (staging / "generated" / surface.client_path).parent
        generate_surface(root, surface, python_document, package_dir)

    stages.run(name, "generate", codegen)
    return document


def _build_one(root: Path, surface: Surface, staging: Path) -> tuple[list[str], list[SpecError]]:
    """Build one surface; return its stage log lines and its errors (in a worker process,
    so both travel back to the parent instead of being printed or raised there)."""
    lines: list[str] = []
    try:
        build_surface(root, surface, staging, _Stages(lines.append))
    except BuildFailed as exc:
        return lines, list(exc.errors)
    except SpecError as exc:
        return lines, [exc]
    return lines, []


def _build_all(
    root: Path, todo: list[Surface], staging: Path, log: Callable[[str], None]
) -> list[SpecError]:
    """Build every surface of `todo` into `staging`, in parallel processes when there is
    more than one; the log lines come out surface by surface, in `todo`'s order."""
    if len(todo) < 2:
        results = [_build_one(root, surface, staging) for surface in todo]
    else:
        # Imported here, not at the top: a no-op build never needs them (about 35 ms).
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        # Imported once here, so forked workers inherit the stage modules (about a second
        # of CPU each) instead of importing them again.
        from .stages import docs, generate, validate  # noqa: F401

        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("fork" if "fork" in methods else None)
        # Largest first (by the size of its published spec), so the longest surface
        # does not start last and leave a worker idle at the end.
        order = sorted(todo, key=lambda s: -_published_size(root, s))
        with ProcessPoolExecutor(min(WORKERS, len(todo)), mp_context=context) as pool:
            futures = {s.name: pool.submit(_build_one, root, s, staging) for s in order}
            results = [futures[surface.name].result() for surface in todo]
    errors: list[SpecError] = []
    for lines, found in results:
        for line in lines:
            log(line)
        errors.extend(found)
    return errors


def _published_size(root: Path, surface: Surface) -> int:
    """Bytes of the surface's last published spec (0 before its first build)."""
    try:
        return (root / surface.published_dir / "openapi.json").stat().st_size
    except OSError:
        return 0


def _diff(root: Path, staging: Path, rels: list[str]) -> list[str]:
    """Project-relative files that differ between the work tree and `staging`."""
    changed = []
    for rel in rels:
        new = (
            {str(p.relative_to(staging)) for p in files(staging, rel)}
            if (staging / rel).exists()
            else set()
        )
        old = (
            {str(p.relative_to(root)) for p in files(root, rel)} if (root / rel).exists() else set()
        )
        for path in sorted(new | old):
            if (
                path not in new
                or path not in old
                or (root / path).read_bytes() != (staging / path).read_bytes()
            ):
                changed.append(path)
    return changed


def _swap(root: Path, staging: Path, rel: str) -> None:
    """Replace `root/rel` (file or folder) with `staging/rel`."""
    target, fresh = root / rel, staging / rel
    target.parent.mkdir(parents=True, exist_ok=True)
    if fresh.is_file():
        os.replace(fresh, target)
        return
    old = target.with_name(target.name + ".old")
    if old.exists():
        shutil.rmtree(old)
    if target.exists():
        os.replace(target, old)
    os.replace(fresh, target)
    if old.exists():
        shutil.rmtree(old)


@contextmanager
def _staging(root: Path) -> Iterator[Path]:
    base = root / STAGING
    base.mkdir(exist_ok=True)
    path = base / f"staging-{os.getpid()}"
    if path.exists():
        shutil.rmtree(path)
    path.mkdir()
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def _package_matches(
    root: Path, registry: dict[str, Surface], surfaces: list[Surface], memo: HashCache
) -> bool:
    """Whether every surface's lock records the package files as they are now."""
    now = package_hashes(root, registry, memo)
    return all(lock_of(root, s).get("package") == now for s in surfaces)


def _stamp(root: Path, names: list[str] | None, surfaces: list[Surface], memo: HashCache) -> None:
    """Record what this up-to-date check read (`build_stamp`), so that the next one can
    answer from file stats alone."""
    tools = tool_files()
    if tools is None:
        build_stamp.forget(root)
        return
    locks = [str(root / s.published_dir / LOCK_NAME) for s in surfaces]
    build_stamp.record(
        root,
        names,
        [s.name for s in surfaces],
        memo.seen_stats(),
        [*memo.folders, *locks, *tools],
    )


def build(
    root: Path,
    names: list[str] | None = None,
    *,
    check: bool = False,
    force: bool = False,
    log: Callable[[str], None] = print,
) -> Outcome:
    """Build the named surfaces (all by default). With `check`, change nothing and
    report in `Outcome.changed` the files that a build would change."""
    confine(root, root / REGISTRY_FILE, display=REGISTRY_FILE)
    registry = load_registry(root)
    surfaces = select(registry, names)
    check_spec_folders(root, surfaces)
    tools = tool_versions()
    stages = _Stages(log)
    outcome = Outcome()
    with _staging(root) as staging:
        todo = []
        # Hashes of unchanged files come from the last build's cache (`hash_cache`).
        memo = HashCache(root / CACHE_FILE)
        for surface in surfaces:
            reasons = staleness(root, surface, tools, memo)
            if not force and not reasons:
                outcome.skipped.append(surface.name)
                log(f"[{surface.name}] up to date (inputs and outputs match {LOCK_NAME})")
            else:
                todo.append(surface)
                outcome.reasons.extend(reasons)
        up_to_date = not todo and _package_matches(root, registry, surfaces, memo)
        memo.save()
        if up_to_date:
            _stamp(root, names, surfaces, memo)
            log("[package] up to date")
            return outcome  # the package's files change only with the surfaces' inputs
        build_stamp.forget(root)
        errors = _build_all(root, todo, staging, log)
        if errors:
            raise BuildFailed(errors)
        from .codegen.package import format_tree, package_outputs, render_package

        package_files = [f"generated/{rel}" for rel in package_outputs(root)]
        stages.run(
            "package",
            "render",
            lambda: render_package(
                root, list(registry.values()), staging / "generated", __version__, [staging, root]
            ),
        )
        stages.run("package", "format", lambda: format_tree(staging / "generated"))
        for surface in todo:
            lock = {
                "surface": surface.name,
                "info_version": surface.version,
                "tools": tools,
                "inputs": input_hashes(root, surface),
                "outputs": output_hashes(staging, surface),
                "package": package_hashes(staging, registry),
            }
            (staging / surface.published_dir / LOCK_NAME).write_text(
                dump_json(lock), encoding="utf-8"
            )
        rels = [rel for s in todo for rel in surface_outputs(s)] + package_files
        outcome.changed = _diff(root, staging, rels)
        outcome.rebuilt = [s.name for s in todo]
        if not check:
            for rel in rels:
                if (staging / rel).exists():
                    _swap(root, staging, rel)
    return outcome
