from enum import StrEnum


class PipelineDescribedState(StrEnum):
    DONE = "done"
    INITIALIZING = "initializing"
    PENDING = "pending"
    QUEUING = "queuing"
    RUNNING = "running"
    STOPPING = "stopping"

    def __str__(self) -> str:
        return str(self.value)
