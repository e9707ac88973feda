from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_message_type_1 import ErrorMessageType1


T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """An error the service itself phrases: `message`, and `documentation_url` (the service's configured documentation
    link, `null` when none is configured).

    """

    message: ErrorMessageType1 | str
    """ The message. Deployment-target operations that cannot resolve the target wrap it once more: `{"message":
    {"message": "Not found"}}`. """
    documentation_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.error_message_type_1 import ErrorMessageType1  # noqa: PLC0415

        message: dict[str, Any] | str
        if isinstance(self.message, ErrorMessageType1):
            message = self.message.to_dict()

        else:
            message = self.message

        documentation_url: None | str | Unset
        if isinstance(self.documentation_url, Unset):
            documentation_url = UNSET
        else:
            documentation_url = self.documentation_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if documentation_url is not UNSET:
            field_dict["documentation_url"] = documentation_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_message_type_1 import ErrorMessageType1  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_message(data: object) -> ErrorMessageType1 | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                message_type_1 = ErrorMessageType1.from_dict(data)

                return message_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ErrorMessageType1 | str, data)

        message = _parse_message(d.pop("message"))

        def _parse_documentation_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        documentation_url = _parse_documentation_url(d.pop("documentation_url", UNSET))

        error = cls(
            message=message,
            documentation_url=documentation_url,
        )

        error.additional_properties = d
        return error

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
