from ..._runtime.enums import OpenStrEnum


class AgentNameSettingsAssignmentOrigin(OpenStrEnum):
    """Values the spec lists; any other value the server sends is kept (`is_known` is false),
    and members compare equal to strings that differ only in case."""

    ASSIGNMENT_ORIGIN_AGENT = "assignment_origin_agent"
    ASSIGNMENT_ORIGIN_AWS_STS = "assignment_origin_aws_sts"
