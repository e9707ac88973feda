from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.notification_metadata import NotificationMetadata
    from ..models.notification_spec import NotificationSpec
    from ..models.notification_status import NotificationStatus


T = TypeVar("T", bound="Notification")


@_attrs_define
class Notification:
    metadata: NotificationMetadata
    spec: NotificationSpec
    status: NotificationStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metadata = self.metadata.to_dict()

        spec = self.spec.to_dict()

        status = self.status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metadata": metadata,
                "spec": spec,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.notification_metadata import NotificationMetadata  # noqa: PLC0415
        from ..models.notification_spec import NotificationSpec  # noqa: PLC0415
        from ..models.notification_status import NotificationStatus  # noqa: PLC0415

        d = dict(src_dict)
        metadata = NotificationMetadata.from_dict(d.pop("metadata"))

        spec = NotificationSpec.from_dict(d.pop("spec"))

        status = NotificationStatus.from_dict(d.pop("status"))

        notification = cls(
            metadata=metadata,
            spec=spec,
            status=status,
        )

        notification.additional_properties = d
        return notification

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
