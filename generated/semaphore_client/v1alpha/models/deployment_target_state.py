from enum import StrEnum


class DeploymentTargetState(StrEnum):
    CORDONED = "CORDONED"
    SYNCING = "SYNCING"
    UNUSABLE = "UNUSABLE"
    USABLE = "USABLE"

    def __str__(self) -> str:
        return str(self.value)
