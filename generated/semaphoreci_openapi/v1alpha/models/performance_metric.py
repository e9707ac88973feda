from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.timestamp import Timestamp


T = TypeVar("T", bound="PerformanceMetric")


@_attrs_define
class PerformanceMetric:
    """Pipeline durations of one day, or of the whole range."""

    count: int
    mean_seconds: int
    median_seconds: int
    min_seconds: int
    max_seconds: int
    std_dev_seconds: int
    p95_seconds: int
    from_date: None | Timestamp
    to_date: None | Timestamp
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.timestamp import Timestamp  # noqa: PLC0415

        count = self.count

        mean_seconds = self.mean_seconds

        median_seconds = self.median_seconds

        min_seconds = self.min_seconds

        max_seconds = self.max_seconds

        std_dev_seconds = self.std_dev_seconds

        p95_seconds = self.p95_seconds

        from_date: dict[str, Any] | None
        if isinstance(self.from_date, Timestamp):
            from_date = self.from_date.to_dict()

        else:
            from_date = self.from_date

        to_date: dict[str, Any] | None
        if isinstance(self.to_date, Timestamp):
            to_date = self.to_date.to_dict()

        else:
            to_date = self.to_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "mean_seconds": mean_seconds,
                "median_seconds": median_seconds,
                "min_seconds": min_seconds,
                "max_seconds": max_seconds,
                "std_dev_seconds": std_dev_seconds,
                "p95_seconds": p95_seconds,
                "from_date": from_date,
                "to_date": to_date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.timestamp import Timestamp  # noqa: PLC0415

        d = dict(src_dict)
        count = d.pop("count")

        mean_seconds = d.pop("mean_seconds")

        median_seconds = d.pop("median_seconds")

        min_seconds = d.pop("min_seconds")

        max_seconds = d.pop("max_seconds")

        std_dev_seconds = d.pop("std_dev_seconds")

        p95_seconds = d.pop("p95_seconds")

        def _parse_from_date(data: object) -> None | Timestamp:
            if data is None:
                return data
            try:
                if not Timestamp.accepts(data):
                    raise TypeError()
                from_date_type_0 = Timestamp.from_dict(data)

                return from_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Timestamp, data)

        from_date = _parse_from_date(d.pop("from_date"))

        def _parse_to_date(data: object) -> None | Timestamp:
            if data is None:
                return data
            try:
                if not Timestamp.accepts(data):
                    raise TypeError()
                to_date_type_0 = Timestamp.from_dict(data)

                return to_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Timestamp, data)

        to_date = _parse_to_date(d.pop("to_date"))

        performance_metric = cls(
            count=count,
            mean_seconds=mean_seconds,
            median_seconds=median_seconds,
            min_seconds=min_seconds,
            max_seconds=max_seconds,
            std_dev_seconds=std_dev_seconds,
            p95_seconds=p95_seconds,
            from_date=from_date,
            to_date=to_date,
        )

        performance_metric.additional_properties = d
        return performance_metric

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
