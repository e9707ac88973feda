from enum import StrEnum


class PipelineDescribedResult(StrEnum):
    CANCELED = "canceled"
    FAILED = "failed"
    PASSED = "passed"
    STOPPED = "stopped"

    def __str__(self) -> str:
        return str(self.value)
