from enum import StrEnum


class HookType(StrEnum):
    ALL = "all"
    POST_BUILD = "post_build"
    POST_DEPLOY = "post_deploy"

    def __str__(self) -> str:
        return str(self.value)
