from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectInputSpecTasksItemParametersItem")


@_attrs_define
class ProjectInputSpecTasksItemParametersItem:
    name: str
    required: bool | Unset = UNSET
    description: str | Unset = UNSET
    default_value: str | Unset = UNSET
    options: list[str] | Unset = UNSET
    regex_pattern: str | Unset = UNSET
    validate_input_format: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        required = self.required

        description = self.description

        default_value = self.default_value

        options: list[str] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options

        regex_pattern = self.regex_pattern

        validate_input_format = self.validate_input_format

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if required is not UNSET:
            field_dict["required"] = required
        if description is not UNSET:
            field_dict["description"] = description
        if default_value is not UNSET:
            field_dict["default_value"] = default_value
        if options is not UNSET:
            field_dict["options"] = options
        if regex_pattern is not UNSET:
            field_dict["regex_pattern"] = regex_pattern
        if validate_input_format is not UNSET:
            field_dict["validate_input_format"] = validate_input_format

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        required = d.pop("required", UNSET)

        description = d.pop("description", UNSET)

        default_value = d.pop("default_value", UNSET)

        options = cast(list[str], d.pop("options", UNSET))

        regex_pattern = d.pop("regex_pattern", UNSET)

        validate_input_format = d.pop("validate_input_format", UNSET)

        project_input_spec_tasks_item_parameters_item = cls(
            name=name,
            required=required,
            description=description,
            default_value=default_value,
            options=options,
            regex_pattern=regex_pattern,
            validate_input_format=validate_input_format,
        )

        project_input_spec_tasks_item_parameters_item.additional_properties = d
        return project_input_spec_tasks_item_parameters_item

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
