from ..._runtime.enums import OpenStrEnum


class ValidationErrorDetailCode(OpenStrEnum):
    """Values the spec lists; any other value the server sends is kept (`is_known` is false),
    and members compare equal to strings that differ only in case."""

    MISSING_FIELD = "missing_field"
    NOT_VALID = "not_valid"
    UNPERMITTED_PARAMETER = "unpermitted_parameter"
