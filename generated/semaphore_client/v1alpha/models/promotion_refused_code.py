from enum import StrEnum


class PromotionRefusedCode(StrEnum):
    REFUSED = "REFUSED"

    def __str__(self) -> str:
        return str(self.value)
