from ..._runtime.enums import OpenIntEnum


class WorkflowListedTriggeredBy(OpenIntEnum):
    """Values the spec lists; any other number the server sends is kept (`is_known` is false)."""

    VALUE_0 = 0
    VALUE_1 = 1
    VALUE_2 = 2
    VALUE_3 = 3
