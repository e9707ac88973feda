from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.timestamp import Timestamp


T = TypeVar("T", bound="FlakyTestContext")


@_attrs_define
class FlakyTestContext:
    """Figures of a flaky test in one context. The service sends each figure as a list over the contexts; a figure missing
    for this context is null.

    """

    context: str
    pass_rate: float | None
    p95_duration: float | None
    impact: float | None
    total_count: int | None
    disruptions_count: int | None
    hash_: None | str
    disruption_timestamp: None | Timestamp
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.timestamp import Timestamp  # noqa: PLC0415

        context = self.context

        pass_rate: float | None
        pass_rate = self.pass_rate

        p95_duration: float | None
        p95_duration = self.p95_duration

        impact: float | None
        impact = self.impact

        total_count: int | None
        total_count = self.total_count

        disruptions_count: int | None
        disruptions_count = self.disruptions_count

        hash_: None | str
        hash_ = self.hash_

        disruption_timestamp: dict[str, Any] | None
        if isinstance(self.disruption_timestamp, Timestamp):
            disruption_timestamp = self.disruption_timestamp.to_dict()

        else:
            disruption_timestamp = self.disruption_timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "context": context,
                "pass_rate": pass_rate,
                "p95_duration": p95_duration,
                "impact": impact,
                "total_count": total_count,
                "disruptions_count": disruptions_count,
                "hash": hash_,
                "disruption_timestamp": disruption_timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.timestamp import Timestamp  # noqa: PLC0415

        d = dict(src_dict)
        context = d.pop("context")

        def _parse_pass_rate(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        pass_rate = _parse_pass_rate(d.pop("pass_rate"))

        def _parse_p95_duration(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        p95_duration = _parse_p95_duration(d.pop("p95_duration"))

        def _parse_impact(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        impact = _parse_impact(d.pop("impact"))

        def _parse_total_count(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        total_count = _parse_total_count(d.pop("total_count"))

        def _parse_disruptions_count(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        disruptions_count = _parse_disruptions_count(d.pop("disruptions_count"))

        def _parse_hash_(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        hash_ = _parse_hash_(d.pop("hash"))

        def _parse_disruption_timestamp(data: object) -> None | Timestamp:
            if data is None:
                return data
            try:
                if not Timestamp.accepts(data):
                    raise TypeError()
                disruption_timestamp_type_0 = Timestamp.from_dict(data)

                return disruption_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Timestamp, data)

        disruption_timestamp = _parse_disruption_timestamp(d.pop("disruption_timestamp"))

        flaky_test_context = cls(
            context=context,
            pass_rate=pass_rate,
            p95_duration=p95_duration,
            impact=impact,
            total_count=total_count,
            disruptions_count=disruptions_count,
            hash_=hash_,
            disruption_timestamp=disruption_timestamp,
        )

        flaky_test_context.additional_properties = d
        return flaky_test_context

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
