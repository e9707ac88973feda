from enum import StrEnum


class PipelineListedResult(StrEnum):
    CANCELED = "CANCELED"
    FAILED = "FAILED"
    PASSED = "PASSED"
    STOPPED = "STOPPED"

    def __str__(self) -> str:
        return str(self.value)
