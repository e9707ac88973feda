from ..._runtime.enums import OpenStrEnum


class TroubleshootPipelineInfoState(OpenStrEnum):
    """Values the spec lists; any other value the server sends is kept (`is_known` is false),
    and members compare equal to strings that differ only in case."""

    DONE = "done"
    INITIALIZING = "initializing"
    PENDING = "pending"
    QUEUING = "queuing"
    RUNNING = "running"
    STOPPING = "stopping"
