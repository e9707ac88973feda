from ..._runtime.enums import OpenStrEnum


class ProjectPermissionType(OpenStrEnum):
    """Values the spec lists; any other value the server sends is kept (`is_known` is false),
    and members compare equal to strings that differ only in case."""

    DEFAULT_BRANCH = "default_branch"
    EMPTY = "empty"
    FORKED_PULL_REQUEST = "forked_pull_request"
    NON_DEFAULT_BRANCH = "non_default_branch"
    PULL_REQUEST = "pull_request"
    TAG = "tag"
