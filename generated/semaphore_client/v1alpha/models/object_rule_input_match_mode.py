from enum import StrEnum


class ObjectRuleInputMatchMode(StrEnum):
    ALL = "ALL"
    EXACT = "EXACT"
    REGEX = "REGEX"

    def __str__(self) -> str:
        return str(self.value)
