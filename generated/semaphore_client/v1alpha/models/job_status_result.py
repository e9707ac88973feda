from enum import StrEnum


class JobStatusResult(StrEnum):
    FAILED = "FAILED"
    NONE = "NONE"
    PASSED = "PASSED"
    STOPPED = "STOPPED"

    def __str__(self) -> str:
        return str(self.value)
