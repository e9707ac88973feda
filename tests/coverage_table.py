"""Which operation x documented status pairs the recorded fixtures cover."""

from __future__ import annotations

from conftest import ROOT, built_surfaces, published
from semaphore_spec.fixtures import load_fixtures, operations

Row = tuple[str, str, int]  # operationId, status, number of fixtures


def coverage(surface: str) -> tuple[list[Row], set[tuple[str, str]]]:
    """Rows for every operation x documented status, and the pairs with no fixture."""
    counts: dict[tuple[str, str], int] = {}
    for fx in load_fixtures(ROOT, surface):
        key = (fx.operation_id, str(fx.status))
        counts[key] = counts.get(key, 0) + 1
    rows: list[Row] = []
    for op in operations(published(surface)):
        for status in op.spec.get("responses") or {}:
            if status != "default":
                rows.append((op.operation_id, status, counts.get((op.operation_id, status), 0)))
    return rows, {(op_id, status) for op_id, status, n in rows if n == 0}


def table() -> list[str]:
    """The coverage table as printed at the end of the test run."""
    width = max([len("surface"), *(len(s) for s in built_surfaces())])
    lines = [f"{'surface':<{width}} operations  op x status  covered  fixtures", "-" * (44 + width)]
    gaps: list[str] = []
    for surface in built_surfaces():
        rows, missing = coverage(surface)
        ops = len({op_id for op_id, _, _ in rows})
        fixtures = sum(n for _, _, n in rows)
        pct = 100 * (len(rows) - len(missing)) / max(len(rows), 1)
        lines.append(f"{surface:<{width}} {ops:>10}  {len(rows):>11}  {pct:>6.1f}%  {fixtures:>8}")
        gaps += [f"  missing: {surface} {op_id} {status}" for op_id, status in sorted(missing)]
    return lines + gaps
