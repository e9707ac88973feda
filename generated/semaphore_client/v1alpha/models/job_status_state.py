from enum import StrEnum


class JobStatusState(StrEnum):
    FINISHED = "FINISHED"
    PENDING = "PENDING"
    QUEUED = "QUEUED"
    RUNNING = "RUNNING"

    def __str__(self) -> str:
        return str(self.value)
