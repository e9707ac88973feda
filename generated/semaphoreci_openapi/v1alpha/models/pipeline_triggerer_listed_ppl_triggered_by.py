from ..._runtime.enums import OpenStrEnum


class PipelineTriggererListedPplTriggeredBy(OpenStrEnum):
    """Values the spec lists; any other value the server sends is kept (`is_known` is false),
    and members compare equal to strings that differ only in case."""

    AUTO_PROMOTION = "AUTO_PROMOTION"
    PARTIAL_RE_RUN = "PARTIAL_RE_RUN"
    PROMOTION = "PROMOTION"
    WORKFLOW = "WORKFLOW"
