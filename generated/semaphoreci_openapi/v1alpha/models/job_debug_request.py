from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobDebugRequest")


@_attrs_define
class JobDebugRequest:
    """The job ID comes from the path; the body may repeat it (`job_id`, as the `sem` CLI does), and the path wins."""

    job_id: str | Unset = UNSET
    """ The job's ID; ignored in favour of the path's. """
    duration: int | str | Unset = UNSET
    """ Minutes the debug session may last; 0 or absent means 60. A number, or the same number as a string of digits
    (`"60"`): the gateway reads this int32 field as protobuf JSON does, which takes both forms, and the `sem` CLI
    sends the string. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        duration: int | str | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if duration is not UNSET:
            field_dict["duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        job_id = d.pop("job_id", UNSET)

        def _parse_duration(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        job_debug_request = cls(
            job_id=job_id,
            duration=duration,
        )

        job_debug_request.additional_properties = d
        return job_debug_request

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
