from ..._runtime.enums import OpenStrEnum


class HookType(OpenStrEnum):
    """Values the spec lists; any other value the server sends is kept (`is_known` is false),
    and members compare equal to strings that differ only in case."""

    ALL = "all"
    POST_BUILD = "post_build"
    POST_DEPLOY = "post_deploy"
