from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.timestamp import Timestamp


T = TypeVar("T", bound="ReliabilityMetric")


@_attrs_define
class ReliabilityMetric:
    all_count: int
    passed_count: int
    failed_count: int
    from_date: None | Timestamp
    to_date: None | Timestamp
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.timestamp import Timestamp  # noqa: PLC0415

        all_count = self.all_count

        passed_count = self.passed_count

        failed_count = self.failed_count

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
                "all_count": all_count,
                "passed_count": passed_count,
                "failed_count": failed_count,
                "from_date": from_date,
                "to_date": to_date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.timestamp import Timestamp  # noqa: PLC0415

        d = dict(src_dict)
        all_count = d.pop("all_count")

        passed_count = d.pop("passed_count")

        failed_count = d.pop("failed_count")

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

        reliability_metric = cls(
            all_count=all_count,
            passed_count=passed_count,
            failed_count=failed_count,
            from_date=from_date,
            to_date=to_date,
        )

        reliability_metric.additional_properties = d
        return reliability_metric

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
