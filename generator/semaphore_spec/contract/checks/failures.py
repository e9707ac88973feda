"""The failure the contract suite's own checks raise."""

from __future__ import annotations

from typing import ClassVar

from schemathesis.core.failures import Failure, Severity


class ContractFailure(Failure):
    """A Semaphore-specific contract violation that Schemathesis' built-in checks miss.

    Unlike Schemathesis' generic custom failure, two violations with different titles
    on one operation stay two findings (`_unique_key` is the title).
    """

    code: ClassVar[str] = "ST901"
    kind_title: ClassVar[str] = "Semaphore contract violation"

    def __init__(
        self,
        *,
        operation: str,
        title: str,
        message: str,
        case_id: str | None = None,
        severity: Severity = Severity.HIGH,
    ) -> None:
        super().__init__(
            operation=operation, title=title, message=message, case_id=case_id, severity=severity
        )

    @property
    def _unique_key(self) -> str:
        return self.title or ""
