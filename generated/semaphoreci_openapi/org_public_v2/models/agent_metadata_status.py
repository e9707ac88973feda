from ..._runtime.enums import OpenStrEnum


class AgentMetadataStatus(OpenStrEnum):
    """Values the spec lists; any other value the server sends is kept (`is_known` is false),
    and members compare equal to strings that differ only in case."""

    RUNNING_JOB = "RUNNING_JOB"
    WAITING_FOR_JOB = "WAITING_FOR_JOB"
