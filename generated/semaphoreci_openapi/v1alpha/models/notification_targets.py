from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._runtime.decoding import RAW, lazy_fields, missing_keys, not_an_object

if TYPE_CHECKING:
    from ..models.notification_email import NotificationEmail
    from ..models.notification_slack import NotificationSlack
    from ..models.notification_webhook import NotificationWebhook


T = TypeVar("T", bound="NotificationTargets")
_setattr = object.__setattr__
# The JSON keys a received object must have, and (for additional_properties) all it declares.
_REQUIRED: frozenset[str] = frozenset(
    {
        "slack",
        "email",
        "webhook",
    }
)
_KNOWN: frozenset[str] = frozenset(
    {
        "slack",
        "email",
        "webhook",
    }
)


@lazy_fields(
    converted=(),
    required=_REQUIRED,
)
@_attrs_define(slots=False)
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
        """A model of the received JSON object `src_dict`: a `KeyError` now if a required
        key is missing; each field is decoded from `src_dict` when first read
        (`ModelDecodeError` if it does not fit the spec). `src_dict` is kept, not copied:
        do not change it afterwards (pass a `copy.deepcopy` if you must)."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object(cls, src_dict)
        if not src_dict.keys() >= _REQUIRED:
            raise missing_keys(cls, src_dict, _REQUIRED)
        model = cls.__new__(cls)
        _setattr(model, RAW, src_dict)  # past the models' __setattr__ (decoding.py)
        return model

    @staticmethod
    def _decode_slack(d: Mapping[str, Any]) -> None | NotificationSlack:
        from ..models.notification_slack import NotificationSlack  # noqa: PLC0415

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

        slack = _parse_slack(d["slack"])

        return slack

    @staticmethod
    def _decode_email(d: Mapping[str, Any]) -> None | NotificationEmail:
        from ..models.notification_email import NotificationEmail  # noqa: PLC0415

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

        email = _parse_email(d["email"])

        return email

    @staticmethod
    def _decode_webhook(d: Mapping[str, Any]) -> None | NotificationWebhook:
        from ..models.notification_webhook import NotificationWebhook  # noqa: PLC0415

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

        webhook = _parse_webhook(d["webhook"])

        return webhook

    @staticmethod
    def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
        return {key: value for key, value in d.items() if key not in _KNOWN}

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
