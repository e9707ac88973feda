"""The Markdown changelog: one section per surface, and prepending sections to a file."""

from __future__ import annotations

from pathlib import Path

from .model import Change

CHANGELOG_HEADER = """# Changelog

Changes to the published API descriptions (`published/<surface>/openapi.json`), newest
first. Each section is written by `semaphore-spec diff OLD NEW --changelog CHANGELOG.md`.
A change is *breaking* when a client written against the older description, by hand or
generated from it, may fail against the newer one.
"""


def _item(change: Change) -> str:
    where = f"`{change.operation}`" if change.operation else "Every operation"
    return f"- {where} — {change.message} *({change.kind})*"


def render_section(surface: str, span: str, changes: list[Change], note: str = "") -> str:
    """`## <surface> — <span>` with a summary line and the Breaking and Compatible lists.

    `span` names the compared versions and date, e.g. `e7b34d0 → working tree (2026-11-23)`;
    `note` is an optional sentence under the heading (e.g. that the surface is new).
    """
    lines = [f"## {surface} — {span}", ""]
    if note:
        lines += [note, ""]
    breaking = [change for change in changes if change.breaking]
    compatible = [change for change in changes if not change.breaking]
    if not changes:
        lines += ["No changes to the API.", ""]
        return "\n".join(lines)
    lines += [f"{len(breaking)} breaking, {len(compatible)} compatible.", ""]
    for title, group in (("Breaking", breaking), ("Compatible", compatible)):
        if group:
            lines += [f"### {title}", "", *(_item(change) for change in group), ""]
    return "\n".join(lines)


def prepend_to_changelog(path: Path, sections: list[str]) -> None:
    """Put `sections` above the newest section of the changelog at `path` (below its
    title and introduction), creating the file with a title when it does not exist."""
    block = "\n".join(section.rstrip("\n") + "\n" for section in sections)
    if not path.exists():
        path.write_text(f"{CHANGELOG_HEADER}\n{block}", encoding="utf-8")
        return
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    first = next((i for i, line in enumerate(lines) if line.startswith("## ")), None)
    if first is None:
        head = "".join(lines).rstrip("\n")
        path.write_text(f"{head}\n\n{block}" if head else block, encoding="utf-8")
        return
    head, tail = "".join(lines[:first]), "".join(lines[first:])
    path.write_text(f"{head}{block}\n{tail}", encoding="utf-8")
