from enum import StrEnum


class PipelineQueueListedType(StrEnum):
    IMPLICIT = "IMPLICIT"
    USER_GENERATED = "USER_GENERATED"

    def __str__(self) -> str:
        return str(self.value)
