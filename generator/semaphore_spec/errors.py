"""Typed errors of the build pipeline.

Every error names the file it is about and, where known, the place in it: a line
number, a JSON pointer or an overlay action's JSONPath target. `str(error)` is the
message the command line prints.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class SpecError(Exception):
    """Base class: something in the inputs is wrong. `file` is relative to the project root."""

    message: str
    file: str | None = None
    line: int | None = None
    pointer: str | None = None

    def __post_init__(self) -> None:
        super().__init__(self.message)

    def location(self) -> str:
        """`file:line` plus `#/json/pointer` where known."""
        where = self.file or "<unknown file>"
        if self.line is not None:
            where += f":{self.line}"
        if self.pointer is not None:
            where += f" (at {self.pointer or '/'})"
        return where

    def __str__(self) -> str:
        if self.file is None and self.line is None and self.pointer is None:
            return self.message  # about the command line, not a file
        return f"{self.location()}: {self.message}"


class RegistryError(SpecError):
    """spec/surfaces.yaml is missing a fact or names an unknown surface."""


class LoadError(SpecError):
    """A source file cannot be read or parsed (invalid YAML, not a mapping)."""


class RefError(SpecError):
    """A `$ref` points at a file or JSON pointer that does not exist."""


@dataclass
class OverlayError(SpecError):
    """An overlay cannot be rendered or applied: names the overlay file, action and target."""

    action: int | None = None
    target: str | None = None

    def __str__(self) -> str:
        where = self.location()
        if self.action is not None:
            where += f" action #{self.action}"
        if self.target is not None:
            where += f" target {self.target!r}"
        return f"{where}: {self.message}"


class ValidationError(SpecError):
    """The bundled document breaks the OpenAPI schema or one of our own rules."""


class GenerationError(SpecError):
    """openapi-python-client or ruff failed on the published document."""


class FixtureError(SpecError):
    """A recorded exchange is malformed or matches no operation."""


class BuildFailed(Exception):
    """One or more errors stopped the build; `str()` lists them one per line."""

    def __init__(self, errors: list[SpecError]) -> None:
        super().__init__(errors)
        self.errors = errors

    def __str__(self) -> str:
        return "\n".join(str(error) for error in self.errors)
