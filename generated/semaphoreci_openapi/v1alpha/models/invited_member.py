from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InvitedMember")


@_attrs_define
class InvitedMember:
    """The collaborator record the invitation created. `user_id` is null while the person has no Semaphore account."""

    user_id: None | str
    email: str | Unset = UNSET
    name: str | Unset = UNSET
    provider: str | Unset = UNSET
    handle: str | Unset = UNSET
    uid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id: None | str
        user_id = self.user_id

        email = self.email

        name = self.name

        provider = self.provider

        handle = self.handle

        uid = self.uid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if name is not UNSET:
            field_dict["name"] = name
        if provider is not UNSET:
            field_dict["provider"] = provider
        if handle is not UNSET:
            field_dict["handle"] = handle
        if uid is not UNSET:
            field_dict["uid"] = uid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_user_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        user_id = _parse_user_id(d.pop("user_id"))

        email = d.pop("email", UNSET)

        name = d.pop("name", UNSET)

        provider = d.pop("provider", UNSET)

        handle = d.pop("handle", UNSET)

        uid = d.pop("uid", UNSET)

        invited_member = cls(
            user_id=user_id,
            email=email,
            name=name,
            provider=provider,
            handle=handle,
            uid=uid,
        )

        invited_member.additional_properties = d
        return invited_member

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
