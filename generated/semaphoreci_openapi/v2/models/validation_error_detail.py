from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.validation_error_detail_code import ValidationErrorDetailCode

T = TypeVar("T", bound="ValidationErrorDetail")


@_attrs_define
class ValidationErrorDetail:
    """One rejected field of a request body."""

    resource: str
    """ The kind of resource that failed validation, for example `Teams`. """
    field: str
    """ The request body field the problem is about. """
    code: ValidationErrorDetailCode
    """ What is wrong with the field:
    * `not_valid`: the field has a value the server does not accept;
    * `missing_field`: a required field was not sent;
    * `unpermitted_parameter`: the field is not allowed in this request. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resource = self.resource

        field = self.field

        code = self.code.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resource": resource,
                "field": field,
                "code": code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        resource = d.pop("resource")

        field = d.pop("field")

        code = ValidationErrorDetailCode(d.pop("code"))

        validation_error_detail = cls(
            resource=resource,
            field=field,
            code=code,
        )

        validation_error_detail.additional_properties = d
        return validation_error_detail

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
