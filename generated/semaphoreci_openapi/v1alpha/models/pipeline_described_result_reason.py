from ..._runtime.enums import OpenStrEnum


class PipelineDescribedResultReason(OpenStrEnum):
    """Values the spec lists; any other value the server sends is kept (`is_known` is false),
    and members compare equal to strings that differ only in case."""

    DELETED = "deleted"
    FAST_FAILING = "fast_failing"
    INTERNAL = "internal"
    MALFORMED = "malformed"
    STRATEGY = "strategy"
    STUCK = "stuck"
    TEST = "test"
    TIMEOUT = "timeout"
    USER = "user"
