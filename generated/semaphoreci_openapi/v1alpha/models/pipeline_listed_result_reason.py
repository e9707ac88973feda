from ..._runtime.enums import OpenStrEnum


class PipelineListedResultReason(OpenStrEnum):
    """Values the spec lists; any other value the server sends is kept (`is_known` is false),
    and members compare equal to strings that differ only in case."""

    DELETED = "DELETED"
    FAST_FAILING = "FAST_FAILING"
    INTERNAL = "INTERNAL"
    MALFORMED = "MALFORMED"
    STRATEGY = "STRATEGY"
    STUCK = "STUCK"
    TEST = "TEST"
    TIMEOUT = "TIMEOUT"
    USER = "USER"
