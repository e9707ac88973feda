"""Redraw the README's benchmark table and `bench/ratios.svg` from `bench/results.md`.

`bench/results.md` is the record (one dated row per benchmark run); the README shows
the latest row of each benchmark, and the chart its ratios against their targets, so
that neither is ever copied by hand. Every benchmark calls `refresh()` after appending
its row; `python bench/_report.py` does it on its own.
"""

from __future__ import annotations

import html
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results.md"
CHART = ROOT / "bench" / "ratios.svg"
README = ROOT / "README.md"
START, END = "<!-- bench:start -->", "<!-- bench:end -->"

_RATIO = re.compile(r"(\d+(?:\.\d+)?)x")
_TARGET = re.compile(r"target ([≤≥]) ?(\d+(?:\.\d+)?)x")


@dataclass(frozen=True)
class Row:
    """One run of one benchmark, as `results.md` records it."""

    date: str
    benchmark: str
    result: str
    verdict: str
    load: str

    def first_ratio(self) -> float | None:
        """The headline ratio: the first `N.NNx` of the result."""
        found = _RATIO.search(self.result)
        return float(found.group(1)) if found else None

    def target(self) -> tuple[str, float] | None:
        """(`≤` or `≥`, the target ratio) the result states, if any."""
        found = _TARGET.search(self.result)
        return (found.group(1), float(found.group(2))) if found else None


def read_rows(path: Path = RESULTS) -> list[Row]:
    """Every row of the results table, oldest first."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) != 7 or not re.match(r"\d{4}-\d\d-\d\d", cells[0]):
            continue
        rows.append(Row(cells[0], cells[1], cells[2], cells[3], cells[6]))
    return rows


def latest(rows: list[Row]) -> list[Row]:
    """The newest row of each benchmark, in the order the benchmarks first appear."""
    newest: dict[str, Row] = {}
    for row in rows:
        newest[row.benchmark] = row
    return list(newest.values())


def table(rows: list[Row]) -> str:
    """The README's table of the latest row of each benchmark."""
    lines = [
        "| benchmark | latest result (ratio against target) | verdict | date (UTC), load |",
        "|---|---|---|---|",
    ]
    for row in latest(rows):
        lines.append(f"| {row.benchmark} | {row.result} | {row.verdict} | {row.date}, {row.load} |")
    return "\n".join(lines)


def chart(rows: list[Row]) -> str:
    """An SVG bar chart: each benchmark's headline ratio beside its target (green when
    met, red when missed), on one logarithmic-free linear scale up to the largest."""
    bars = [(r, r.first_ratio(), r.target()) for r in latest(rows)]
    bars = [(r, ratio, target) for r, ratio, target in bars if ratio is not None]
    width, left, row_height = 720, 170, 34
    height = 40 + row_height * max(len(bars), 1)
    scale_max = max([1.0, *(ratio for _, ratio, _ in bars), *(t[1] for _, _, t in bars if t)])
    span = width - left - 90

    def x(value: float) -> float:
        return left + span * value / scale_max

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        'font-family="sans-serif" font-size="12">',
        f'<text x="{left}" y="16">headline ratio (bar) and target (line); '
        "green: met, red: missed</text>",
    ]
    for index, (row, ratio, target) in enumerate(bars):
        top = 30 + index * row_height
        met = target is None or (ratio <= target[1] if target[0] == "≤" else ratio >= target[1])
        colour = "#2e7d32" if met else "#c62828"
        label = html.escape(row.benchmark)
        parts.append(f'<text x="{left - 8}" y="{top + 15}" text-anchor="end">{label}</text>')
        parts.append(
            f'<rect x="{left}" y="{top + 4}" width="{x(ratio) - left:.1f}" height="16" '
            f'fill="{colour}"/>'
        )
        parts.append(f'<text x="{x(ratio) + 4:.1f}" y="{top + 16}">{ratio:g}x</text>')
        if target is not None:
            tx = x(target[1])
            parts.append(
                f'<line x1="{tx:.1f}" x2="{tx:.1f}" y1="{top}" y2="{top + 24}" '
                'stroke="#000" stroke-dasharray="3,2"/>'
            )
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def refresh(results: Path = RESULTS, readme: Path = README, svg: Path = CHART) -> None:
    """Rewrite the README's section between the bench markers and the chart."""
    rows = read_rows(results)
    text = readme.read_text(encoding="utf-8")
    if START not in text or END not in text:
        raise SystemExit(f"{readme}: no {START} ... {END} section to fill")
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    section = f"{START}\n{table(rows)}\n\n![latest ratios](bench/ratios.svg)\n{END}"
    readme.write_text(head + section + tail, encoding="utf-8")
    svg.write_text(chart(rows), encoding="utf-8")


if __name__ == "__main__":
    refresh()
    sys.exit(0)
