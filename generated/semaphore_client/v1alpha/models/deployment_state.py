from enum import StrEnum


class DeploymentState(StrEnum):
    FAILED = "FAILED"
    PENDING = "PENDING"
    STARTED = "STARTED"

    def __str__(self) -> str:
        return str(self.value)
