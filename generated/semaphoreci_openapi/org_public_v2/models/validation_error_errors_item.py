from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.validation_error_errors_item_source import ValidationErrorErrorsItemSource


T = TypeVar("T", bound="ValidationErrorErrorsItem")


@_attrs_define
class ValidationErrorErrorsItem:
    title: str | Unset = UNSET
    """ Always `Invalid value`. """
    source: ValidationErrorErrorsItemSource | Unset = UNSET
    detail: str | Unset = UNSET
    """ What is wrong with the value. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.to_dict()

        detail = self.detail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if source is not UNSET:
            field_dict["source"] = source
        if detail is not UNSET:
            field_dict["detail"] = detail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.validation_error_errors_item_source import ValidationErrorErrorsItemSource  # noqa: PLC0415

        d = dict(src_dict)
        title = d.pop("title", UNSET)

        _source = d.pop("source", UNSET)
        source: ValidationErrorErrorsItemSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = ValidationErrorErrorsItemSource.from_dict(_source)

        detail = d.pop("detail", UNSET)

        validation_error_errors_item = cls(
            title=title,
            source=source,
            detail=detail,
        )

        validation_error_errors_item.additional_properties = d
        return validation_error_errors_item

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
