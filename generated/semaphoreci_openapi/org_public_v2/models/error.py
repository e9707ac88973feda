from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._runtime.decoding import RAW, lazy_fields, missing_keys, not_an_object
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_message_type_1 import ErrorMessageType1


T = TypeVar("T", bound="Error")
_setattr = object.__setattr__
# The JSON keys a received object must have, and (for additional_properties) all it declares.
_REQUIRED: frozenset[str] = frozenset(
    {
        "message",
    }
)
_KNOWN: frozenset[str] = frozenset(
    {
        "message",
        "documentation_url",
    }
)


@lazy_fields(
    converted=(),
    required=_REQUIRED,
)
@_attrs_define(slots=False)
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
        """A model of the received JSON object `src_dict`: a `KeyError` now if a required
        key is missing; each field is decoded from `src_dict` when first read
        (`ModelDecodeError` if it does not fit the spec). `src_dict` is kept, not copied:
        do not change it afterwards (pass a `copy.deepcopy` if you must)."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object(cls, src_dict)
        if not src_dict.keys() >= _REQUIRED:
            raise missing_keys(cls, src_dict, _REQUIRED)
        model = cls.__new__(cls)
        _setattr(model, RAW, src_dict)  # past the models' __setattr__ (decoding.py)
        return model

    @staticmethod
    def _decode_message(d: Mapping[str, Any]) -> ErrorMessageType1 | str:
        from ..models.error_message_type_1 import ErrorMessageType1  # noqa: PLC0415

        def _parse_message(data: object) -> ErrorMessageType1 | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                message_type_1 = ErrorMessageType1.from_dict(data)

                return message_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ErrorMessageType1 | str, data)

        message = _parse_message(d["message"])

        return message

    @staticmethod
    def _decode_documentation_url(d: Mapping[str, Any]) -> None | str | Unset:
        def _parse_documentation_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        documentation_url = _parse_documentation_url(d.get("documentation_url", UNSET))

        return documentation_url

    @staticmethod
    def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
        return {key: value for key, value in d.items() if key not in _KNOWN}

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
