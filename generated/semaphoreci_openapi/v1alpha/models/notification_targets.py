from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.notification_email import NotificationEmail
    from ..models.notification_slack import NotificationSlack
    from ..models.notification_webhook import NotificationWebhook


T = TypeVar("T", bound="NotificationTargets")


@_attrs_define
class NotificationTargets:
    """Where the rule sends. All three keys are always present; a target that is not configured is null."""

    slack: None | NotificationSlack
    email: None | NotificationEmail
    webhook: None | NotificationWebhook
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.notification_email import NotificationEmail  # noqa: PLC0415
        from ..models.notification_slack import NotificationSlack  # noqa: PLC0415
        from ..models.notification_webhook import NotificationWebhook  # noqa: PLC0415

        slack: dict[str, Any] | None
        if isinstance(self.slack, NotificationSlack):
            slack = self.slack.to_dict()

        else:
            slack = self.slack

        email: dict[str, Any] | None
        if isinstance(self.email, NotificationEmail):
            email = self.email.to_dict()

        else:
            email = self.email

        webhook: dict[str, Any] | None
        if isinstance(self.webhook, NotificationWebhook):
            webhook = self.webhook.to_dict()

        else:
            webhook = self.webhook

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "slack": slack,
                "email": email,
                "webhook": webhook,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.notification_email import NotificationEmail  # noqa: PLC0415
        from ..models.notification_slack import NotificationSlack  # noqa: PLC0415
        from ..models.notification_webhook import NotificationWebhook  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_slack(data: object) -> None | NotificationSlack:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                slack_type_0 = NotificationSlack.from_dict(data)

                return slack_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | NotificationSlack, data)

        slack = _parse_slack(d.pop("slack"))

        def _parse_email(data: object) -> None | NotificationEmail:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                email_type_0 = NotificationEmail.from_dict(data)

                return email_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | NotificationEmail, data)

        email = _parse_email(d.pop("email"))

        def _parse_webhook(data: object) -> None | NotificationWebhook:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                webhook_type_0 = NotificationWebhook.from_dict(data)

                return webhook_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | NotificationWebhook, data)

        webhook = _parse_webhook(d.pop("webhook"))

        notification_targets = cls(
            slack=slack,
            email=email,
            webhook=webhook,
        )

        notification_targets.additional_properties = d
        return notification_targets

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
