from enum import StrEnum


class PipelineTriggererListedPplTriggeredBy(StrEnum):
    AUTO_PROMOTION = "AUTO_PROMOTION"
    PARTIAL_RE_RUN = "PARTIAL_RE_RUN"
    PROMOTION = "PROMOTION"
    WORKFLOW = "WORKFLOW"

    def __str__(self) -> str:
        return str(self.value)
