"""Which operations of a surface a contract run tests.

By default every read-only operation (GET): a contract run against a real
organization must not create, change or delete anything unless asked to with
`allow_writes`. `--tag` and `--operation-id` narrow the run to the operations
carrying any of the tags or named by any of the ids; naming an operation that does
not exist, or a write operation in a read-only run, is an error rather than a run
that silently tests less.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from ..document import HTTP_METHODS
from .errors import ContractError

READ_ONLY = frozenset({"get", "head", "options"})


@dataclass(frozen=True)
class Operation:
    """One operation of the published document."""

    method: str  # upper case
    path: str
    operation_id: str
    tags: tuple[str, ...]

    @property
    def label(self) -> str:
        """`GET /path`, as Schemathesis names operations."""
        return f"{self.method} {self.path}"

    @property
    def writes(self) -> bool:
        """Whether calling it may change the server's state."""
        return self.method.lower() not in READ_ONLY


def operations(document: Mapping[str, Any]) -> list[Operation]:
    """Every operation of `document`, in document order."""
    found: list[Operation] = []
    for path, item in (document.get("paths") or {}).items():
        for method in HTTP_METHODS:
            operation = item.get(method) if isinstance(item, Mapping) else None
            if isinstance(operation, Mapping):
                found.append(
                    Operation(
                        method=method.upper(),
                        path=str(path),
                        operation_id=str(operation.get("operationId") or f"{method} {path}"),
                        tags=tuple(str(tag) for tag in operation.get("tags") or ()),
                    )
                )
    return found


def select(
    document: Mapping[str, Any],
    *,
    tags: Iterable[str] = (),
    operation_ids: Iterable[str] = (),
    allow_writes: bool = False,
) -> list[Operation]:
    """The operations a run tests (see the module docstring); raises `ContractError`."""
    every = operations(document)
    tags, operation_ids = list(tags), list(operation_ids)
    known_tags = {tag for operation in every for tag in operation.tags}
    known_ids = {operation.operation_id for operation in every}
    unknown = [f"tag {t!r}" for t in tags if t not in known_tags] + [
        f"operationId {i!r}" for i in operation_ids if i not in known_ids
    ]
    if unknown:
        raise ContractError(f"unknown {', '.join(unknown)} (tags: {', '.join(sorted(known_tags))})")
    chosen = every
    if tags or operation_ids:
        chosen = [
            operation
            for operation in every
            if operation.operation_id in operation_ids or set(operation.tags) & set(tags)
        ]
    if not allow_writes:
        named_writes = [
            o.operation_id for o in chosen if o.writes and o.operation_id in operation_ids
        ]
        if named_writes:
            raise ContractError(
                f"{', '.join(named_writes)} change the server's state; "
                "pass --allow-writes to test them"
            )
        chosen = [operation for operation in chosen if not operation.writes]
    if not chosen:
        raise ContractError("no operation to test: the selection names only write operations")
    return chosen
