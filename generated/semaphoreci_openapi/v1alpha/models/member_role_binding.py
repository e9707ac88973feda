from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.member_role_binding_source import MemberRoleBindingSource

T = TypeVar("T", bound="MemberRoleBinding")


@_attrs_define
class MemberRoleBinding:
    """One role the member holds, and where the binding comes from."""

    role_id: str
    role_name: str
    source: MemberRoleBindingSource
    """ How the member got the role: given by hand, synchronised from the git provider or SCIM/SAML, or inherited
    from an organization role. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role_id = self.role_id

        role_name = self.role_name

        source = self.source.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role_id": role_id,
                "role_name": role_name,
                "source": source,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role_id = d.pop("role_id")

        role_name = d.pop("role_name")

        source = MemberRoleBindingSource(d.pop("source"))

        member_role_binding = cls(
            role_id=role_id,
            role_name=role_name,
            source=source,
        )

        member_role_binding.additional_properties = d
        return member_role_binding

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
