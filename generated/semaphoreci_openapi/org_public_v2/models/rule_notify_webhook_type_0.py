from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rule_status import RuleStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="RuleNotifyWebhookType0")


@_attrs_define
class RuleNotifyWebhookType0:
    url: str
    timeout: int | Unset = 500
    """ Delivery timeout, milliseconds. """
    method: str | Unset = "POST"
    retries: int | Unset = 3
    secret: str | Unset = UNSET
    """ Name of the secret used to sign the payload. """
    status: RuleStatus | Unset = UNSET
    """ Whether this channel of the rule is in use. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        timeout = self.timeout

        method = self.method

        retries = self.retries

        secret = self.secret

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if method is not UNSET:
            field_dict["method"] = method
        if retries is not UNSET:
            field_dict["retries"] = retries
        if secret is not UNSET:
            field_dict["secret"] = secret
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url")

        timeout = d.pop("timeout", UNSET)

        method = d.pop("method", UNSET)

        retries = d.pop("retries", UNSET)

        secret = d.pop("secret", UNSET)

        _status = d.pop("status", UNSET)
        status: RuleStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = RuleStatus(_status)

        rule_notify_webhook_type_0 = cls(
            url=url,
            timeout=timeout,
            method=method,
            retries=retries,
            secret=secret,
            status=status,
        )

        rule_notify_webhook_type_0.additional_properties = d
        return rule_notify_webhook_type_0

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
