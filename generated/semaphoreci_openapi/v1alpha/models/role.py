from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.role_scope import RoleScope

T = TypeVar("T", bound="Role")


@_attrs_define
class Role:
    """A role: a named set of permissions at organization or project scope. Built-in roles are `readonly`. Permissions are
    listed by name.

    """

    id: str
    name: str
    org_id: str
    scope: RoleScope
    """ Where the role applies (`unspecified` and `unknown` only for malformed roles). """
    description: str
    permissions: list[str]
    readonly: bool
    """ True for the built-in roles, which cannot be changed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        org_id = self.org_id

        scope = self.scope.value

        description = self.description

        permissions = self.permissions

        readonly = self.readonly

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "org_id": org_id,
                "scope": scope,
                "description": description,
                "permissions": permissions,
                "readonly": readonly,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        org_id = d.pop("org_id")

        scope = RoleScope(d.pop("scope"))

        description = d.pop("description")

        permissions = cast(list[str], d.pop("permissions"))

        readonly = d.pop("readonly")

        role = cls(
            id=id,
            name=name,
            org_id=org_id,
            scope=scope,
            description=description,
            permissions=permissions,
            readonly=readonly,
        )

        role.additional_properties = d
        return role

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
