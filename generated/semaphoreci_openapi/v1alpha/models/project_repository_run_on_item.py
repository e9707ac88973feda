from ..._runtime.enums import OpenStrEnum


class ProjectRepositoryRunOnItem(OpenStrEnum):
    """Values the spec lists; any other value the server sends is kept (`is_known` is false),
    and members compare equal to strings that differ only in case."""

    BRANCHES = "branches"
    DRAFT_PULL_REQUESTS = "draft_pull_requests"
    FORKED_PULL_REQUESTS = "forked_pull_requests"
    PULL_REQUESTS = "pull_requests"
    TAGS = "tags"
