from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._runtime.decoding import RAW, lazy_fields, missing_keys, not_an_object
from ..._runtime.model_list import model_list
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.validation_error_errors_item import ValidationErrorErrorsItem


T = TypeVar("T", bound="ValidationError")
_setattr = object.__setattr__
# The JSON keys a received object must have, and (for additional_properties) all it declares.
_REQUIRED: frozenset[str] = frozenset(
    {
        "message",
        "errors",
    }
)
_KNOWN: frozenset[str] = frozenset(
    {
        "message",
        "errors",
        "documentation_url",
    }
)


@lazy_fields(
    ("message", "message"),
    converted=(),
    required=_REQUIRED,
)
@_attrs_define(slots=False)
class ValidationError:
    """The request does not fit the operation (a parameter or body field is missing, of the wrong type or outside its
    enum). `errors` has one item per problem. Unlike the vendor's own document: The vendor's declared schema says each
    item is `{field, message}`; the service's error renderer sends `{title, source: {pointer}, detail}`. This follows
    the renderer.

    """

    message: str
    """ Always `Validation Failed`. """
    errors: list[ValidationErrorErrorsItem]
    documentation_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        errors = []
        for errors_item_data in self.errors:
            errors_item = errors_item_data.to_dict()

            errors.append(errors_item)

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
                "errors": errors,
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
    def _decode_errors(d: Mapping[str, Any]) -> list[ValidationErrorErrorsItem]:
        from ..models.validation_error_errors_item import ValidationErrorErrorsItem  # noqa: PLC0415

        errors = model_list(ValidationErrorErrorsItem, d["errors"])

        return errors

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
