from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.member_invite_request_provider import MemberInviteRequestProvider
from ..types import UNSET, Unset

T = TypeVar("T", bound="MemberInviteRequest")


@_attrs_define
class MemberInviteRequest:
    """Who to invite, by git provider handle, and the organization role to give."""

    provider: MemberInviteRequestProvider
    """ The git provider the handle belongs to (case-insensitive on the server). """
    handle: str
    """ The person's user name at the provider. """
    uid: str | Unset = UNSET
    """ The person's user ID at the provider; needed for Bitbucket, where a handle alone cannot be resolved. """
    role_id: str | Unset = UNSET
    """ Organization role to give; without it the person keeps the default Member role. """
    name: str | Unset = UNSET
    """ Display name. """
    email: str | Unset = UNSET
    """ E-mail address. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider = self.provider.value

        handle = self.handle

        uid = self.uid

        role_id = self.role_id

        name = self.name

        email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "provider": provider,
                "handle": handle,
            }
        )
        if uid is not UNSET:
            field_dict["uid"] = uid
        if role_id is not UNSET:
            field_dict["role_id"] = role_id
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        provider = MemberInviteRequestProvider(d.pop("provider"))

        handle = d.pop("handle")

        uid = d.pop("uid", UNSET)

        role_id = d.pop("role_id", UNSET)

        name = d.pop("name", UNSET)

        email = d.pop("email", UNSET)

        member_invite_request = cls(
            provider=provider,
            handle=handle,
            uid=uid,
            role_id=role_id,
            name=name,
            email=email,
        )

        member_invite_request.additional_properties = d
        return member_invite_request

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
