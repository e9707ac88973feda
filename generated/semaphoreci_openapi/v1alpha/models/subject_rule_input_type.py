from ..._runtime.enums import OpenStrEnum


class SubjectRuleInputType(OpenStrEnum):
    """Values the spec lists; any other value the server sends is kept (`is_known` is false),
    and members compare equal to strings that differ only in case."""

    ANY = "ANY"
    AUTO = "AUTO"
    GROUP = "GROUP"
    ROLE = "ROLE"
    USER = "USER"
