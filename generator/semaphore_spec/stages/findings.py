"""Collecting validation findings, each placed at the source file and line it came from."""

from __future__ import annotations

from ..errors import ValidationError
from .bundle import SourceMap


class Findings:
    """Problems found in a bundled document, located through its source map."""

    def __init__(self, sources: SourceMap) -> None:
        self.sources = sources
        self.errors: list[ValidationError] = []

    def add(self, message: str, pointer: str) -> None:
        """Record a problem at `pointer` (of the bundled document)."""
        file, line = self.sources.locate(pointer)
        self.errors.append(ValidationError(message, file=file, line=line, pointer=pointer))
