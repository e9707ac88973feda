from enum import StrEnum


class PipelineListedState(StrEnum):
    DONE = "DONE"
    INITIALIZING = "INITIALIZING"
    PENDING = "PENDING"
    QUEUING = "QUEUING"
    RUNNING = "RUNNING"
    STOPPING = "STOPPING"

    def __str__(self) -> str:
        return str(self.value)
