from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.timestamp import Timestamp


T = TypeVar("T", bound="DisruptionDay")


@_attrs_define
class DisruptionDay:
    """The number of disruptions on one day."""

    day: None | Timestamp
    count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.timestamp import Timestamp  # noqa: PLC0415

        day: dict[str, Any] | None
        if isinstance(self.day, Timestamp):
            day = self.day.to_dict()

        else:
            day = self.day

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "day": day,
                "count": count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.timestamp import Timestamp  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_day(data: object) -> None | Timestamp:
            if data is None:
                return data
            try:
                if not Timestamp.accepts(data):
                    raise TypeError()
                day_type_0 = Timestamp.from_dict(data)

                return day_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Timestamp, data)

        day = _parse_day(d.pop("day"))

        count = d.pop("count")

        disruption_day = cls(
            day=day,
            count=count,
        )

        disruption_day.additional_properties = d
        return disruption_day

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
