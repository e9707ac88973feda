from ..._runtime.enums import OpenStrEnum


class AgentStatusState(OpenStrEnum):
    """Values the spec lists; any other value the server sends is kept (`is_known` is false),
    and members compare equal to strings that differ only in case."""

    DISABLED = "disabled"
    RUNNING_JOB = "running_job"
    WAITING_FOR_JOB = "waiting_for_job"
