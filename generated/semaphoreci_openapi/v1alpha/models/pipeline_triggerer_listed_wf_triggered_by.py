from ..._runtime.enums import OpenStrEnum


class PipelineTriggererListedWfTriggeredBy(OpenStrEnum):
    """Values the spec lists; any other value the server sends is kept (`is_known` is false),
    and members compare equal to strings that differ only in case."""

    API = "API"
    HOOK = "HOOK"
    MANUAL_RUN = "MANUAL_RUN"
    SCHEDULE = "SCHEDULE"
