"""The base of every registry model: frozen, and strict about unknown keys."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class FrozenModel(BaseModel):
    """A registry entry: immutable, and a misspelt key is an error, not an ignored fact."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
