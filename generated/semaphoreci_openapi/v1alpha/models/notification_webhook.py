from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.notification_target_status import NotificationTargetStatus

T = TypeVar("T", bound="NotificationWebhook")


@_attrs_define
class NotificationWebhook:
    endpoint: str
    timeout: int
    """ Delivery timeout in milliseconds (0 means the default, 500). """
    action: str
    """ HTTP method (`""` means POST). """
    retries: int
    """ Delivery attempts (0 means the default, 1). """
    status: NotificationTargetStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        endpoint = self.endpoint

        timeout = self.timeout

        action = self.action

        retries = self.retries

        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "endpoint": endpoint,
                "timeout": timeout,
                "action": action,
                "retries": retries,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        endpoint = d.pop("endpoint")

        timeout = d.pop("timeout")

        action = d.pop("action")

        retries = d.pop("retries")

        status = NotificationTargetStatus(d.pop("status"))

        notification_webhook = cls(
            endpoint=endpoint,
            timeout=timeout,
            action=action,
            retries=retries,
            status=status,
        )

        notification_webhook.additional_properties = d
        return notification_webhook

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
