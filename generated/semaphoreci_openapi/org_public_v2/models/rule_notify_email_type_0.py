from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rule_status import RuleStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="RuleNotifyEmailType0")


@_attrs_define
class RuleNotifyEmailType0:
    cc: list[str]
    bcc: list[str] | Unset = UNSET
    subject: str | Unset = UNSET
    content: str | Unset = UNSET
    status: RuleStatus | Unset = UNSET
    """ Whether this channel of the rule is in use. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cc = self.cc

        bcc: list[str] | Unset = UNSET
        if not isinstance(self.bcc, Unset):
            bcc = self.bcc

        subject = self.subject

        content = self.content

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cc": cc,
            }
        )
        if bcc is not UNSET:
            field_dict["bcc"] = bcc
        if subject is not UNSET:
            field_dict["subject"] = subject
        if content is not UNSET:
            field_dict["content"] = content
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cc = cast(list[str], d.pop("cc"))

        bcc = cast(list[str], d.pop("bcc", UNSET))

        subject = d.pop("subject", UNSET)

        content = d.pop("content", UNSET)

        _status = d.pop("status", UNSET)
        status: RuleStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = RuleStatus(_status)

        rule_notify_email_type_0 = cls(
            cc=cc,
            bcc=bcc,
            subject=subject,
            content=content,
            status=status,
        )

        rule_notify_email_type_0.additional_properties = d
        return rule_notify_email_type_0

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
