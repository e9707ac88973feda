from ..._runtime.enums import OpenStrEnum


class ProjectRepositoryIntegrationType(OpenStrEnum):
    """Values the spec lists; any other value the server sends is kept (`is_known` is false),
    and members compare equal to strings that differ only in case."""

    BITBUCKET = "bitbucket"
    GIT = "git"
    GITHUB_APP = "github_app"
    GITHUB_TOKEN = "github_token"
    GITLAB = "gitlab"
    VALUE_5 = ""
