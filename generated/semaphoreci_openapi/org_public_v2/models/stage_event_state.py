from ..._runtime.enums import OpenStrEnum


class StageEventState(OpenStrEnum):
    """Values the spec lists; any other value the server sends is kept (`is_known` is false),
    and members compare equal to strings that differ only in case."""

    PENDING = "PENDING"
    PROCESSED = "PROCESSED"
    WAITING = "WAITING"
