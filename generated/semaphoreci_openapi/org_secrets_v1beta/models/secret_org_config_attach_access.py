from ..._runtime.enums import OpenStrEnum


class SecretOrgConfigAttachAccess(OpenStrEnum):
    """Values the spec lists; any other value the server sends is kept (`is_known` is false),
    and members compare equal to strings that differ only in case."""

    JOB_ATTACH_NO = "JOB_ATTACH_NO"
    JOB_ATTACH_YES = "JOB_ATTACH_YES"
