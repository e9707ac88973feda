from ..._runtime.enums import OpenStrEnum


class MemberSubjectType(OpenStrEnum):
    """Values the spec lists; any other value the server sends is kept (`is_known` is false),
    and members compare equal to strings that differ only in case."""

    GROUP = "group"
    SERVICE_ACCOUNT = "service_account"
    UNKNOWN = "unknown"
    USER = "user"
