from enum import StrEnum


class PipelineBlockState(StrEnum):
    DONE = "done"
    INITIALIZING = "initializing"
    RUNNING = "running"
    STOPPING = "stopping"
    WAITING = "waiting"

    def __str__(self) -> str:
        return str(self.value)
