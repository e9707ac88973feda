from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.notification_target_status import NotificationTargetStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="NotificationInputSpecRulesItemNotifyWebhook")


@_attrs_define
class NotificationInputSpecRulesItemNotifyWebhook:
    endpoint: str | Unset = UNSET
    timeout: int | Unset = UNSET
    action: str | Unset = UNSET
    retries: int | Unset = UNSET
    status: NotificationTargetStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        endpoint = self.endpoint

        timeout = self.timeout

        action = self.action

        retries = self.retries

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if action is not UNSET:
            field_dict["action"] = action
        if retries is not UNSET:
            field_dict["retries"] = retries
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        endpoint = d.pop("endpoint", UNSET)

        timeout = d.pop("timeout", UNSET)

        action = d.pop("action", UNSET)

        retries = d.pop("retries", UNSET)

        _status = d.pop("status", UNSET)
        status: NotificationTargetStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = NotificationTargetStatus(_status)

        notification_input_spec_rules_item_notify_webhook = cls(
            endpoint=endpoint,
            timeout=timeout,
            action=action,
            retries=retries,
            status=status,
        )

        notification_input_spec_rules_item_notify_webhook.additional_properties = d
        return notification_input_spec_rules_item_notify_webhook

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
