"""Breaking-change detection between two versions of a surface's published spec.

`semaphore-spec diff OLD NEW` loads both documents (`load`), walks them side by side
(`compare`, with one function per rule in `rules`), classifies every change as breaking
or compatible for the direction it travels in, and writes a Markdown changelog section
per surface (`report`). `command.configure` sets up its command.
"""

from __future__ import annotations

from .compare import compare_documents
from .errors import DiffError
from .model import KINDS, Change, Direction

__all__ = ["KINDS", "Change", "DiffError", "Direction", "compare_documents"]
