from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.timestamp import Timestamp


T = TypeVar("T", bound="NotificationMetadataStatusFailuresItem")


@_attrs_define
class NotificationMetadataStatusFailuresItem:
    timestamp: Timestamp | Unset = UNSET
    """ A point in time in any of the encodings the servers use. """
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.to_dict()

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.timestamp import Timestamp  # noqa: PLC0415

        d = dict(src_dict)
        _timestamp = d.pop("timestamp", UNSET)
        timestamp: Timestamp | Unset
        if isinstance(_timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = Timestamp.from_dict(_timestamp)

        description = d.pop("description", UNSET)

        notification_metadata_status_failures_item = cls(
            timestamp=timestamp,
            description=description,
        )

        notification_metadata_status_failures_item.additional_properties = d
        return notification_metadata_status_failures_item

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
