from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectDebugRequest")


@_attrs_define
class ProjectDebugRequest:
    """The project comes from the path; the body may repeat it (`project_id_or_name`, as the `sem` CLI does), and the path
    wins.

    """

    project_id_or_name: str | Unset = UNSET
    """ ID or name of the project; ignored in favour of the path's. """
    duration: int | str | Unset = UNSET
    """ Minutes the debug session may last; 0 or absent means 60. A number, or the same number as a string of digits
    (`"60"`): the gateway reads this int32 field as protobuf JSON does, which takes both forms, and the `sem` CLI
    sends the string. """
    machine_type: str | Unset = UNSET
    """ Machine type of the debug job (the project's default when empty). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id_or_name = self.project_id_or_name

        duration: int | str | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        machine_type = self.machine_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if project_id_or_name is not UNSET:
            field_dict["project_id_or_name"] = project_id_or_name
        if duration is not UNSET:
            field_dict["duration"] = duration
        if machine_type is not UNSET:
            field_dict["machine_type"] = machine_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        project_id_or_name = d.pop("project_id_or_name", UNSET)

        def _parse_duration(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        machine_type = d.pop("machine_type", UNSET)

        project_debug_request = cls(
            project_id_or_name=project_id_or_name,
            duration=duration,
            machine_type=machine_type,
        )

        project_debug_request.additional_properties = d
        return project_debug_request

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
