from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ScheduleApplyRequest")


@_attrs_define
class ScheduleApplyRequest:
    """A schedule definition as YAML text (`apiVersion: v1.0`, `kind: Schedule`, `metadata.name`, `metadata.id` to update
    an existing one, `spec.project`, `spec.branch`, `spec.at`, `spec.pipeline_file`). May also be sent as a form field
    or query parameter.

    """

    yml_definition: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        yml_definition = self.yml_definition

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "yml_definition": yml_definition,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        yml_definition = d.pop("yml_definition")

        schedule_apply_request = cls(
            yml_definition=yml_definition,
        )

        schedule_apply_request.additional_properties = d
        return schedule_apply_request

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
