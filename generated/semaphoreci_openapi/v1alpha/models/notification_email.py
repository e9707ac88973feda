from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.notification_target_status import NotificationTargetStatus

T = TypeVar("T", bound="NotificationEmail")


@_attrs_define
class NotificationEmail:
    subject: str
    cc: list[str]
    bcc: list[str]
    content: str
    status: NotificationTargetStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subject = self.subject

        cc = self.cc

        bcc = self.bcc

        content = self.content

        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subject": subject,
                "cc": cc,
                "bcc": bcc,
                "content": content,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subject = d.pop("subject")

        cc = cast(list[str], d.pop("cc"))

        bcc = cast(list[str], d.pop("bcc"))

        content = d.pop("content")

        status = NotificationTargetStatus(d.pop("status"))

        notification_email = cls(
            subject=subject,
            cc=cc,
            bcc=bcc,
            content=content,
            status=status,
        )

        notification_email.additional_properties = d
        return notification_email

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
