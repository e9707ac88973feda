from ..._runtime.enums import OpenStrEnum


class NameSettingsAssignmentOrigin(OpenStrEnum):
    """Values the spec lists; any other value the server sends is kept (`is_known` is false),
    and members compare equal to strings that differ only in case."""

    ASSIGNMENT_ORIGIN_AGENT = "ASSIGNMENT_ORIGIN_AGENT"
    ASSIGNMENT_ORIGIN_AWS_STS = "ASSIGNMENT_ORIGIN_AWS_STS"
    ASSIGNMENT_ORIGIN_UNSPECIFIED = "ASSIGNMENT_ORIGIN_UNSPECIFIED"
