from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.invite_role_status import InviteRoleStatus
    from ..models.invited_member import InvitedMember


T = TypeVar("T", bound="MemberInviteResult")


@_attrs_define
class MemberInviteResult:
    """The invited person and what happened to the requested role."""

    member: InvitedMember
    """ The collaborator record the invitation created. `user_id` is null while the person has no Semaphore account.
    """
    role: InviteRoleStatus
    """ The outcome for the requested role: `assigned` (granted now), `pending` (the person has no Semaphore account
    yet; granted at first sign-in), `denied` (could not be granted) or `defaulted_to_member` (no role was
    requested). `role_id` is null when no role was requested. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        member = self.member.to_dict()

        role = self.role.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "member": member,
                "role": role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invite_role_status import InviteRoleStatus  # noqa: PLC0415
        from ..models.invited_member import InvitedMember  # noqa: PLC0415

        d = dict(src_dict)
        member = InvitedMember.from_dict(d.pop("member"))

        role = InviteRoleStatus.from_dict(d.pop("role"))

        member_invite_result = cls(
            member=member,
            role=role,
        )

        member_invite_result.additional_properties = d
        return member_invite_result

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
