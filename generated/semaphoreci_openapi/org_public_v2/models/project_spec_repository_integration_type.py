from ..._runtime.enums import OpenStrEnum


class ProjectSpecRepositoryIntegrationType(OpenStrEnum):
    """Values the spec lists; any other value the server sends is kept (`is_known` is false),
    and members compare equal to strings that differ only in case."""

    BITBUCKET = "BITBUCKET"
    GITHUB_APP = "GITHUB_APP"
    GITHUB_OAUTH_TOKEN = "GITHUB_OAUTH_TOKEN"
