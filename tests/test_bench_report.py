"""The README's benchmark table and bench/ratios.svg are drawn from bench/results.md."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import _report as report

ROWS = [
    ("2026-01-01 10:00", "mock server", "throughput 1.10x Prism (target ≥ 3x)", "MISSED", "1.0"),
    ("2026-01-02 10:00", "regeneration", "full build 0.90x oapc (target ≤ 1.0x)", "met", "0.5"),
    ("2026-01-03 10:00", "mock server", "throughput 3.20x Prism (target ≥ 3x)", "met", "0.7"),
]
RESULTS = (
    "| date (UTC) | benchmark | result | verdict | cores | Python | load |\n|---|\n"
    + "".join(
        f"| {date} | {name} | {result} | {verdict} | 2 | 3.11.7 | {load} |\n"
        for date, name, result, verdict, load in ROWS
    )
)


def test_the_table_and_chart_show_the_latest_row_of_each_benchmark(tmp_path: Path) -> None:
    results, readme, svg = tmp_path / "results.md", tmp_path / "README.md", tmp_path / "r.svg"
    results.write_text(RESULTS, encoding="utf-8")
    readme.write_text(f"intro\n{report.START}\nstale\n{report.END}\noutro\n", encoding="utf-8")
    report.refresh(results, readme, svg)
    text = readme.read_text(encoding="utf-8")
    assert text.startswith("intro\n") and text.endswith("outro\n") and "stale" not in text
    assert "3.20x Prism" in text and "1.10x Prism" not in text
    assert text.index("mock server") < text.index("regeneration")
    bars = ET.fromstring(svg.read_text(encoding="utf-8")).findall(
        "{http://www.w3.org/2000/svg}rect"
    )
    assert [bar.get("fill") for bar in bars] == ["#2e7d32", "#2e7d32"]  # both targets met


def test_the_committed_readme_matches_the_committed_results(tmp_path: Path) -> None:
    readme = tmp_path / "README.md"
    readme.write_text((ROOT / "README.md").read_text(encoding="utf-8"), encoding="utf-8")
    svg = tmp_path / "ratios.svg"
    report.refresh(ROOT / "bench" / "results.md", readme, svg)
    assert readme.read_text(encoding="utf-8") == (ROOT / "README.md").read_text(encoding="utf-8")
    assert svg.read_text(encoding="utf-8") == (ROOT / "bench" / "ratios.svg").read_text("utf-8")
