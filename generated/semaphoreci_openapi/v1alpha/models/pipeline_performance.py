from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.performance_metric import PerformanceMetric


T = TypeVar("T", bound="PipelinePerformance")


@_attrs_define
class PipelinePerformance:
    """Durations of all, passed and failed runs."""

    all_: list[PerformanceMetric]
    passed: list[PerformanceMetric]
    failed: list[PerformanceMetric]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        all_ = []
        for all_item_data in self.all_:
            all_item = all_item_data.to_dict()

            all_.append(all_item)

        passed = []
        for passed_item_data in self.passed:
            passed_item = passed_item_data.to_dict()

            passed.append(passed_item)

        failed = []
        for failed_item_data in self.failed:
            failed_item = failed_item_data.to_dict()

            failed.append(failed_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "all": all_,
                "passed": passed,
                "failed": failed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.performance_metric import PerformanceMetric  # noqa: PLC0415

        d = dict(src_dict)
        all_ = []
        _all_ = d.pop("all")
        for all_item_data in _all_:
            all_item = PerformanceMetric.from_dict(all_item_data)

            all_.append(all_item)

        passed = []
        _passed = d.pop("passed")
        for passed_item_data in _passed:
            passed_item = PerformanceMetric.from_dict(passed_item_data)

            passed.append(passed_item)

        failed = []
        _failed = d.pop("failed")
        for failed_item_data in _failed:
            failed_item = PerformanceMetric.from_dict(failed_item_data)

            failed.append(failed_item)

        pipeline_performance = cls(
            all_=all_,
            passed=passed,
            failed=failed,
        )

        pipeline_performance.additional_properties = d
        return pipeline_performance

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
