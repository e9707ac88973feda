from enum import StrEnum


class ObjectRuleInputType(StrEnum):
    BRANCH = "BRANCH"
    PR = "PR"
    TAG = "TAG"

    def __str__(self) -> str:
        return str(self.value)
