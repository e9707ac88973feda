from ..._runtime.enums import OpenStrEnum


class ListSecretsOrder(OpenStrEnum):
    """Values the spec lists; any other value the server sends is kept (`is_known` is false),
    and members compare equal to strings that differ only in case."""

    BY_CREATE_TIME_ASC = "BY_CREATE_TIME_ASC"
    BY_NAME_ASC = "BY_NAME_ASC"
