from ..._runtime.enums import OpenIntEnum


class PipelineQueueDescribedType(OpenIntEnum):
    """Values the spec lists; any other number the server sends is kept (`is_known` is false)."""

    VALUE_0 = 0
    VALUE_1 = 1
