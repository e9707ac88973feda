"""The error the diff raises on bad input (the command line turns it into exit status 2)."""

from __future__ import annotations

from ..errors import SpecError


class DiffError(SpecError):
    """An input of the diff is unusable: no such file or revision, not an OpenAPI
    document, a `$ref` that cannot be resolved, or an unknown surface."""
