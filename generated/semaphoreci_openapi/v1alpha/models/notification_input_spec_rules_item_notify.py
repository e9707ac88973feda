from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.notification_input_spec_rules_item_notify_email import (
        NotificationInputSpecRulesItemNotifyEmail,
    )
    from ..models.notification_input_spec_rules_item_notify_slack import (
        NotificationInputSpecRulesItemNotifySlack,
    )
    from ..models.notification_input_spec_rules_item_notify_webhook import (
        NotificationInputSpecRulesItemNotifyWebhook,
    )


T = TypeVar("T", bound="NotificationInputSpecRulesItemNotify")


@_attrs_define
class NotificationInputSpecRulesItemNotify:
    slack: NotificationInputSpecRulesItemNotifySlack | Unset = UNSET
    email: NotificationInputSpecRulesItemNotifyEmail | Unset = UNSET
    webhook: NotificationInputSpecRulesItemNotifyWebhook | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        slack: dict[str, Any] | Unset = UNSET
        if not isinstance(self.slack, Unset):
            slack = self.slack.to_dict()

        email: dict[str, Any] | Unset = UNSET
        if not isinstance(self.email, Unset):
            email = self.email.to_dict()

        webhook: dict[str, Any] | Unset = UNSET
        if not isinstance(self.webhook, Unset):
            webhook = self.webhook.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if slack is not UNSET:
            field_dict["slack"] = slack
        if email is not UNSET:
            field_dict["email"] = email
        if webhook is not UNSET:
            field_dict["webhook"] = webhook

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.notification_input_spec_rules_item_notify_email import (
            NotificationInputSpecRulesItemNotifyEmail,  # noqa: PLC0415
        )
        from ..models.notification_input_spec_rules_item_notify_slack import (
            NotificationInputSpecRulesItemNotifySlack,  # noqa: PLC0415
        )
        from ..models.notification_input_spec_rules_item_notify_webhook import (
            NotificationInputSpecRulesItemNotifyWebhook,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _slack = d.pop("slack", UNSET)
        slack: NotificationInputSpecRulesItemNotifySlack | Unset
        if isinstance(_slack, Unset):
            slack = UNSET
        else:
            slack = NotificationInputSpecRulesItemNotifySlack.from_dict(_slack)

        _email = d.pop("email", UNSET)
        email: NotificationInputSpecRulesItemNotifyEmail | Unset
        if isinstance(_email, Unset):
            email = UNSET
        else:
            email = NotificationInputSpecRulesItemNotifyEmail.from_dict(_email)

        _webhook = d.pop("webhook", UNSET)
        webhook: NotificationInputSpecRulesItemNotifyWebhook | Unset
        if isinstance(_webhook, Unset):
            webhook = UNSET
        else:
            webhook = NotificationInputSpecRulesItemNotifyWebhook.from_dict(_webhook)

        notification_input_spec_rules_item_notify = cls(
            slack=slack,
            email=email,
            webhook=webhook,
        )

        notification_input_spec_rules_item_notify.additional_properties = d
        return notification_input_spec_rules_item_notify

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
