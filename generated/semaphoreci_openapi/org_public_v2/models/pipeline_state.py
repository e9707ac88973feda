from ..._runtime.enums import OpenStrEnum


class PipelineState(OpenStrEnum):
    """Values the spec lists; any other value the server sends is kept (`is_known` is false),
    and members compare equal to strings that differ only in case."""

    DONE = "DONE"
    INITIALIZING = "INITIALIZING"
    PENDING = "PENDING"
    QUEUING = "QUEUING"
    RUNNING = "RUNNING"
    STOPPING = "STOPPING"
