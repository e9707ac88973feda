from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.notification_metadata_status_failures_item import (
        NotificationMetadataStatusFailuresItem,
    )


T = TypeVar("T", bound="NotificationMetadataStatus")


@_attrs_define
class NotificationMetadataStatus:
    failures: list[NotificationMetadataStatusFailuresItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        failures: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.failures, Unset):
            failures = []
            for failures_item_data in self.failures:
                failures_item = failures_item_data.to_dict()

                failures.append(failures_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if failures is not UNSET:
            field_dict["failures"] = failures

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.notification_metadata_status_failures_item import (
            NotificationMetadataStatusFailuresItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _failures = d.pop("failures", UNSET)
        failures: list[NotificationMetadataStatusFailuresItem] | Unset = UNSET
        if _failures is not UNSET:
            failures = []
            for failures_item_data in _failures:
                failures_item = NotificationMetadataStatusFailuresItem.from_dict(failures_item_data)

                failures.append(failures_item)

        notification_metadata_status = cls(
            failures=failures,
        )

        notification_metadata_status.additional_properties = d
        return notification_metadata_status

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
