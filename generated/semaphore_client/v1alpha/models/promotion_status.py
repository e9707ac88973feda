from enum import StrEnum


class PromotionStatus(StrEnum):
    FAILED = "failed"
    PASSED = "passed"
    PROCESSING = "processing"

    def __str__(self) -> str:
        return str(self.value)
