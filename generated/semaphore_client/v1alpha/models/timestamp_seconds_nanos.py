from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TimestampSecondsNanos")


@_attrs_define
class TimestampSecondsNanos:
    """A protobuf timestamp rendered as an object: whole seconds since the Unix epoch plus the nanoseconds within that
    second. Workflows, the pipeline list and promotions use this encoding. A timestamp that is not set yet is
    `{"seconds": 0, "nanos": 0}`, never null.

    """

    seconds: int
    """ Seconds since 1970-01-01T00:00:00Z (0 when unset). """
    nanos: int
    """ Nanoseconds within the second (0 when unset). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        seconds = self.seconds

        nanos = self.nanos

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "seconds": seconds,
                "nanos": nanos,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        seconds = d.pop("seconds")

        nanos = d.pop("nanos")

        timestamp_seconds_nanos = cls(
            seconds=seconds,
            nanos=nanos,
        )

        timestamp_seconds_nanos.additional_properties = d
        return timestamp_seconds_nanos

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
