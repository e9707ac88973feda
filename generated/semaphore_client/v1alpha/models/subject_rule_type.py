from enum import StrEnum


class SubjectRuleType(StrEnum):
    ANY = "ANY"
    AUTO = "AUTO"
    GROUP = "GROUP"
    ROLE = "ROLE"
    USER = "USER"

    def __str__(self) -> str:
        return str(self.value)
