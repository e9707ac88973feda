from enum import StrEnum


class ValidationErrorDetailCode(StrEnum):
    MISSING_FIELD = "missing_field"
    NOT_VALID = "not_valid"
    UNPERMITTED_PARAMETER = "unpermitted_parameter"

    def __str__(self) -> str:
        return str(self.value)
