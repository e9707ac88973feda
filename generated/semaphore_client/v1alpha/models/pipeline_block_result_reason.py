from enum import StrEnum


class PipelineBlockResultReason(StrEnum):
    DELETED = "deleted"
    FAST_FAILING = "fast_failing"
    INTERNAL = "internal"
    MALFORMED = "malformed"
    SKIPPED = "skipped"
    STRATEGY = "strategy"
    STUCK = "stuck"
    TEST = "test"
    TIMEOUT = "timeout"
    USER = "user"

    def __str__(self) -> str:
        return str(self.value)
