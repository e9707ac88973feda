from ..._runtime.enums import OpenStrEnum


class InviteRoleStatusStatus(OpenStrEnum):
    """Values the spec lists; any other value the server sends is kept (`is_known` is false),
    and members compare equal to strings that differ only in case."""

    ASSIGNED = "assigned"
    DEFAULTED_TO_MEMBER = "defaulted_to_member"
    DENIED = "denied"
    PENDING = "pending"
