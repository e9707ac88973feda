from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.member_subject_type import MemberSubjectType

if TYPE_CHECKING:
    from ..models.member_role_binding import MemberRoleBinding


T = TypeVar("T", bound="Member")


@_attrs_define
class Member:
    """A subject that holds roles: a user, a group or a service account. Names are the subject's display names; an unknown
    subject type is written `unknown`.

    """

    id: str
    """ ID of the user, group or service account (the `member_id` of the member endpoints). """
    subject_type: MemberSubjectType
    name: str
    """ Display name. """
    roles: list[MemberRoleBinding]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        subject_type = self.subject_type.value

        name = self.name

        roles = []
        for roles_item_data in self.roles:
            roles_item = roles_item_data.to_dict()

            roles.append(roles_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "subject_type": subject_type,
                "name": name,
                "roles": roles,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.member_role_binding import MemberRoleBinding  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        subject_type = MemberSubjectType(d.pop("subject_type"))

        name = d.pop("name")

        roles = []
        _roles = d.pop("roles")
        for roles_item_data in _roles:
            roles_item = MemberRoleBinding.from_dict(roles_item_data)

            roles.append(roles_item)

        member = cls(
            id=id,
            subject_type=subject_type,
            name=name,
            roles=roles,
        )

        member.additional_properties = d
        return member

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
