from enum import StrEnum


class ProjectCreateRepoProvider(StrEnum):
    BITBUCKET = "bitbucket"
    GITHUB = "github"

    def __str__(self) -> str:
        return str(self.value)
