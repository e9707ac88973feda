"""Benchmark 1, regeneration: how long `semaphore-spec build` takes, and what it skips.

    python bench/regeneration.py [--repeats N] [--quick] [--no-record]

Everything runs on a copy of the project in a temporary folder (spec/, overlays/,
generator/, tests/fixtures/, published/, generated/ ...), never in this work tree, and
the copy's own pipeline code runs (PYTHONPATH=<copy>/generator), so the numbers belong to
one snapshot even while the work tree changes.

1. Full build: `semaphore-spec --root <copy> build --force` (every surface) against
   the baseline, openapi-python-client alone generating a client from each of the same
   three published specs, as its command line does it by default (same codegen.yaml, its
   default ruff post-hooks, one process per spec, one after another). Interleaved.
   Target: at most 1.0x (the build runs the surfaces in 2 processes).
2. No-op rebuild: `build` again with nothing changed, as it usually runs (more than
   two seconds after the last check, so its stamp answers: `build_stamp.py`). Target: at
   most 5% of a full build. Beside it, for information, the first no-op right after a
   build, which must check every hash (no stamp yet).
3. One-surface rebuild: edit one surface's spec (a tag description, so the published
   spec really changes), `build` with no --surface: only that surface may be rebuilt, and
   the other surfaces' files must stay byte-identical. Each surface in turn.

`--quick` (the smoke test in tests/test_bench_smoke.py): one measured run of each, no
warm-up, the full build and its baseline on the first surface only (`build --force
--surface`), and one edit (the first surface) instead of each surface in turn.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

import yaml
from _common import (
    REGISTRY,
    ROOT,
    SURFACES,
    Sample,
    common_arguments,
    conclude,
    cpu,
    header,
    interleaved,
    ratio,
    run_command,
    seconds,
    spread,
    table,
    wall,
)

from semaphore_spec.build_command import FROM_STAMP
from semaphore_spec.build_stamp import RACY_NS, STAMP_FILE

FULL_BUILD_TARGET = 1.0
NOOP_TARGET = 0.05
# What a build reads or writes; nothing else of the work tree is copied.
COPIED = (
    "pyproject.toml",
    "spec",
    "overlays",
    "generator",
    "tests/fixtures",
    "published",
    "generated",
)
IGNORED = shutil.ignore_patterns(
    "__pycache__", "*.pyc", "*.egg-info", ".build", "*.old", "node_modules"
)


def bin_path(name: str) -> str:
    """A console script of the running environment (the project's venv or tox env)."""
    candidate = Path(sys.executable).parent / name
    found = str(candidate) if candidate.exists() else shutil.which(name)
    if found is None:
        sys.exit(f"{name} is not installed in this environment ({sys.executable})")
    return found


def copy_project(target: Path) -> Path:
    for rel in COPIED:
        source = ROOT / rel
        if source.is_dir():
            shutil.copytree(source, target / rel, ignore=IGNORED)
        elif source.is_file():
            (target / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / rel)
    return target


def tree_hash(root: Path, rels: list[str]) -> str:
    digest = hashlib.sha256()
    for rel in rels:
        for path in sorted((root / rel).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(str(path.relative_to(root)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()


def surface_files(surface: str) -> list[str]:
    return [f"published/{surface}", f"generated/{REGISTRY[surface].client_path}"]


def edit_spec(copy: Path, surface: str, count: int) -> None:
    """Put a sentence at the start of the entry file's first tag description."""
    entry = copy / "spec" / surface / "openapi.yaml"
    text = entry.read_text(encoding="utf-8")
    # Tags are written indented (`  - name:`) in some entry files, flush in others.
    pattern = re.compile(r"^( *- name: .+\n +description: (?:>-\n +)?)", re.MULTILINE)
    edited, found = pattern.subn(rf"\g<1>Benchmark edit {count}. ", text, count=1)
    if not found:
        sys.exit(f"no tag description to edit in {entry}")
    entry.write_text(edited, encoding="utf-8")


def built(output: str) -> list[str]:
    """The surfaces a build says it rebuilt (`built v1, v2; ...`)."""
    match = re.search(r"^built (.+?); ", output, re.MULTILINE)
    if match is None:
        sys.exit(f"unexpected build output:\n{output}")
    return [] if match.group(1) == "nothing" else match.group(1).split(", ")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    common_arguments(parser, repeats=5)
    args = parser.parse_args()
    repeats = 1 if args.quick else args.repeats
    warmup = 0 if args.quick else args.warmup
    edited = SURFACES[:1] if args.quick else SURFACES
    # The full build and its baseline: every surface, or the first one in a quick run.
    measured = SURFACES[:1] if args.quick else SURFACES
    only = [arg for s in measured for arg in ("--surface", s)] if args.quick else []
    facts = header("Regeneration: `semaphore-spec build` vs openapi-python-client alone")

    with tempfile.TemporaryDirectory(prefix="semaphore-bench-regen-") as temp:
        work = Path(temp)
        copy = copy_project(work / "project")
        env = {
            **os.environ,
            "PYTHONPATH": str(copy / "generator"),
            # openapi-python-client's post-hooks call `ruff` from PATH
            "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
            "PYTHONDONTWRITEBYTECODE": "1",
        }
        spec_cli = bin_path("semaphore-spec")
        oapc_cli = bin_path("openapi-python-client")

        # The baseline's configuration: our codegen.yaml without our own section, with
        # the package names the build gives each surface.
        codegen = yaml.safe_load((copy / "generator" / "codegen.yaml").read_text())
        codegen.pop("semaphoreci_openapi", None)
        for surface in SURFACES:
            config = {
                **codegen,
                "project_name_override": surface,
                "package_name_override": surface,
            }
            (work / f"oapc-{surface}.yaml").write_text(yaml.safe_dump(config))

        def full_build() -> Sample:
            sample, output = run_command(
                [spec_cli, "--root", str(copy), "build", "--force", *only], env=env
            )
            if sorted(built(output)) != sorted(measured):
                sys.exit(f"a forced build did not rebuild every surface:\n{output}")
            return sample

        def baseline() -> Sample:
            total = Sample(0.0, 0.0)
            for surface in measured:
                sample, _ = run_command(
                    [
                        oapc_cli,
                        "generate",
                        "--path",
                        str(copy / "published" / surface / "openapi.json"),
                        "--config",
                        str(work / f"oapc-{surface}.yaml"),
                        "--meta",
                        "none",
                        "--output-path",
                        str(work / "oapc" / surface),
                        "--overwrite",
                    ],
                    env=env,
                )
                total = Sample(total.wall + sample.wall, total.cpu + sample.cpu)
            return total

        print("1. full build vs openapi-python-client alone", file=sys.stderr)
        full = interleaved({"build": full_build, "oapc": baseline}, repeats=repeats, warmup=warmup)

        print("2. no-op rebuild", file=sys.stderr)
        stamp = copy / STAMP_FILE

        def noop(*, from_stamp: bool) -> Sample:
            if not from_stamp:
                stamp.unlink(missing_ok=True)  # as right after a build
            sample, output = run_command([spec_cli, "--root", str(copy), "build"], env=env)
            if built(output):
                sys.exit(f"a rebuild with nothing changed rebuilt {built(output)}:\n{output}")
            if (FROM_STAMP in output) != from_stamp:
                sys.exit(f"the no-op {'missed' if from_stamp else 'used'} the stamp:\n{output}")
            return sample

        checked = interleaved(
            {"noop": lambda: noop(from_stamp=False)},
            repeats=repeats,
            warmup=warmup,
            progress=False,
        )["noop"]
        # Past the racy window of the last build's outputs, one check writes a stamp
        # that the next no-op can trust.
        time.sleep(RACY_NS / 1e9 + 0.2)
        noop(from_stamp=False)
        noops = interleaved(
            {"noop": lambda: noop(from_stamp=True)}, repeats=repeats, warmup=0, progress=False
        )["noop"]

        print("3. one-surface rebuild", file=sys.stderr)
        one: dict[str, list[Sample]] = {s: [] for s in edited}
        only_that_one = True
        edits = 0
        for _ in range(max(1, repeats // 2 + 1) if not args.quick else 1):
            for surface in edited:
                others = [s for s in SURFACES if s != surface]
                before = {s: tree_hash(copy, surface_files(s)) for s in SURFACES}
                edits += 1
                edit_spec(copy, surface, edits)
                sample, output = run_command([spec_cli, "--root", str(copy), "build"], env=env)
                after = {s: tree_hash(copy, surface_files(s)) for s in SURFACES}
                rebuilt = built(output)
                untouched = all(before[s] == after[s] for s in others)
                changed = before[surface] != after[surface]
                if rebuilt != [surface] or not untouched or not changed:
                    only_that_one = False
                    print(
                        f"  editing {surface}: rebuilt {rebuilt}, others untouched: "
                        f"{untouched}, {surface} changed: {changed}",
                        file=sys.stderr,
                    )
                one[surface].append(sample)

    build_wall, oapc_wall = wall(full["build"]), wall(full["oapc"])
    build_cpu, oapc_cpu = cpu(full["build"]), cpu(full["oapc"])
    full_ratio = build_wall / oapc_wall
    noop_share = wall(noops) / build_wall
    noop_cpu_share = cpu(noops) / build_cpu
    one_all = [s for samples in one.values() for s in samples]
    one_share = wall(one_all) / build_wall

    rows = [
        [
            f"openapi-python-client alone, {len(measured)} spec(s) (baseline)",
            seconds(oapc_wall),
            spread([s.wall for s in full["oapc"]]),
            seconds(oapc_cpu),
            "1.00x",
            "",
        ],
        [
            f"semaphore-spec build --force, {len(measured)} surface(s)",
            seconds(build_wall),
            spread([s.wall for s in full["build"]]),
            seconds(build_cpu),
            f"{ratio(full_ratio)} (CPU {ratio(build_cpu / oapc_cpu)})",
            f"≤ {FULL_BUILD_TARGET}x: {'met' if full_ratio <= FULL_BUILD_TARGET else 'MISSED'}",
        ],
        [
            "no-op rebuild (nothing changed)",
            seconds(wall(noops)),
            spread([s.wall for s in noops]),
            seconds(cpu(noops)),
            f"{noop_share:.1%} of full (CPU {noop_cpu_share:.1%})",
            f"≤ {NOOP_TARGET:.0%}: {'met' if noop_share <= NOOP_TARGET else 'MISSED'}",
        ],
        [
            "no-op right after a build (every hash checked)",
            seconds(wall(checked)),
            spread([s.wall for s in checked]),
            seconds(cpu(checked)),
            f"{wall(checked) / build_wall:.1%} of full",
            "(information)",
        ],
    ]
    for surface in edited:
        rows.append(
            [
                f"rebuild after editing spec/{surface}",
                seconds(wall(one[surface])),
                spread([s.wall for s in one[surface]]),
                seconds(cpu(one[surface])),
                f"{wall(one[surface]) / build_wall:.0%} of full",
                "only that surface: " + ("yes" if only_that_one else "NO"),
            ]
        )
    print(
        table(
            ["case", "median wall", "min/max", "median CPU", "ratio", "target"],
            rows,
        )
    )
    print(
        f"\n{repeats} measured runs each after {warmup} warm-up; one-surface rebuilds: "
        f"{len(one_all)} edits, each surface in turn. CPU includes child processes (ruff)."
    )
    ok = full_ratio <= FULL_BUILD_TARGET and noop_share <= NOOP_TARGET and only_that_one
    summary = (
        f"full build {ratio(full_ratio)} openapi-python-client alone "
        f"({seconds(build_wall)} vs {seconds(oapc_wall)}; target ≤ {FULL_BUILD_TARGET}x); "
        f"no-op {noop_share:.1%} of full (target ≤ {NOOP_TARGET:.0%}; right after a build, "
        f"checking every hash: {wall(checked) / build_wall:.1%}); "
        f"one-surface edit {one_share:.0%} of full, "
        + ("only that surface rebuilt" if only_that_one else "OTHER SURFACES REBUILT")
    )
    conclude("regeneration", summary, ok, facts, save=not args.no_record)
    return 0


if __name__ == "__main__":
    sys.exit(main())
