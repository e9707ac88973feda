from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.notification_target_status import NotificationTargetStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="NotificationInputSpecRulesItemNotifySlack")


@_attrs_define
class NotificationInputSpecRulesItemNotifySlack:
    endpoint: str | Unset = UNSET
    channels: list[str] | Unset = UNSET
    message: str | Unset = UNSET
    status: NotificationTargetStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        endpoint = self.endpoint

        channels: list[str] | Unset = UNSET
        if not isinstance(self.channels, Unset):
            channels = self.channels

        message = self.message

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint
        if channels is not UNSET:
            field_dict["channels"] = channels
        if message is not UNSET:
            field_dict["message"] = message
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        endpoint = d.pop("endpoint", UNSET)

        channels = cast(list[str], d.pop("channels", UNSET))

        message = d.pop("message", UNSET)

        _status = d.pop("status", UNSET)
        status: NotificationTargetStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = NotificationTargetStatus(_status)

        notification_input_spec_rules_item_notify_slack = cls(
            endpoint=endpoint,
            channels=channels,
            message=message,
            status=status,
        )

        notification_input_spec_rules_item_notify_slack.additional_properties = d
        return notification_input_spec_rules_item_notify_slack

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
