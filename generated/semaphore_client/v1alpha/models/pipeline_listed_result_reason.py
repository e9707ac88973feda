from enum import StrEnum


class PipelineListedResultReason(StrEnum):
    DELETED = "DELETED"
    FAST_FAILING = "FAST_FAILING"
    INTERNAL = "INTERNAL"
    MALFORMED = "MALFORMED"
    STRATEGY = "STRATEGY"
    STUCK = "STUCK"
    TEST = "TEST"
    TIMEOUT = "TIMEOUT"
    USER = "USER"

    def __str__(self) -> str:
        return str(self.value)
