from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.notification_target_status import NotificationTargetStatus

T = TypeVar("T", bound="NotificationSlack")


@_attrs_define
class NotificationSlack:
    endpoint: str
    """ The Slack incoming-webhook URL. """
    channels: list[str]
    message: str
    status: NotificationTargetStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        endpoint = self.endpoint

        channels = self.channels

        message = self.message

        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "endpoint": endpoint,
                "channels": channels,
                "message": message,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        endpoint = d.pop("endpoint")

        channels = cast(list[str], d.pop("channels"))

        message = d.pop("message")

        status = NotificationTargetStatus(d.pop("status"))

        notification_slack = cls(
            endpoint=endpoint,
            channels=channels,
            message=message,
            status=status,
        )

        notification_slack.additional_properties = d
        return notification_slack

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
