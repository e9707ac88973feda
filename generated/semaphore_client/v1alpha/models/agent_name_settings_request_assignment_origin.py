from enum import StrEnum


class AgentNameSettingsRequestAssignmentOrigin(StrEnum):
    ASSIGNMENT_ORIGIN_AGENT = "assignment_origin_agent"
    ASSIGNMENT_ORIGIN_AWS_STS = "assignment_origin_aws_sts"

    def __str__(self) -> str:
        return str(self.value)
