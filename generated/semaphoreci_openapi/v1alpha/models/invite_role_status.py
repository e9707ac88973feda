from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invite_role_status_status import InviteRoleStatusStatus

T = TypeVar("T", bound="InviteRoleStatus")


@_attrs_define
class InviteRoleStatus:
    """The outcome for the requested role: `assigned` (granted now), `pending` (the person has no Semaphore account yet;
    granted at first sign-in), `denied` (could not be granted) or `defaulted_to_member` (no role was requested).
    `role_id` is null when no role was requested.

    """

    role_id: None | str
    applied: bool
    status: InviteRoleStatusStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role_id: None | str
        role_id = self.role_id

        applied = self.applied

        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role_id": role_id,
                "applied": applied,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_role_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        role_id = _parse_role_id(d.pop("role_id"))

        applied = d.pop("applied")

        status = InviteRoleStatusStatus(d.pop("status"))

        invite_role_status = cls(
            role_id=role_id,
            applied=applied,
            status=status,
        )

        invite_role_status.additional_properties = d
        return invite_role_status

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
