from enum import StrEnum


class AgentStatusState(StrEnum):
    RUNNING_JOB = "running_job"
    WAITING_FOR_JOB = "waiting_for_job"

    def __str__(self) -> str:
        return str(self.value)
