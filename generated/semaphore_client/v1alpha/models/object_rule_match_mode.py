from enum import StrEnum


class ObjectRuleMatchMode(StrEnum):
    ALL = "ALL"
    EXACT = "EXACT"
    REGEX = "REGEX"

    def __str__(self) -> str:
        return str(self.value)
