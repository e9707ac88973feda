from enum import StrEnum


class PipelineTriggererListedWfTriggeredBy(StrEnum):
    API = "API"
    HOOK = "HOOK"
    MANUAL_RUN = "MANUAL_RUN"
    SCHEDULE = "SCHEDULE"

    def __str__(self) -> str:
        return str(self.value)
