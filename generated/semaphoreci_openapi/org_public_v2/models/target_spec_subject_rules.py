from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TargetSpecSubjectRules")


@_attrs_define
class TargetSpecSubjectRules:
    """Who may deploy (everyone when empty)."""

    any_: bool | Unset = False
    """ Anyone and auto-promotions may deploy; the other rules are ignored. """
    auto: bool | Unset = UNSET
    """ Auto-promotions may deploy. """
    roles: list[str] | Unset = UNSET
    """ Role ids (names are accepted on input, case-insensitive). """
    users: list[str] | Unset = UNSET
    """ User ids or git handles. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        any_ = self.any_

        auto = self.auto

        roles: list[str] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = self.roles

        users: list[str] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = self.users

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if any_ is not UNSET:
            field_dict["any"] = any_
        if auto is not UNSET:
            field_dict["auto"] = auto
        if roles is not UNSET:
            field_dict["roles"] = roles
        if users is not UNSET:
            field_dict["users"] = users

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        any_ = d.pop("any", UNSET)

        auto = d.pop("auto", UNSET)

        roles = cast(list[str], d.pop("roles", UNSET))

        users = cast(list[str], d.pop("users", UNSET))

        target_spec_subject_rules = cls(
            any_=any_,
            auto=auto,
            roles=roles,
            users=users,
        )

        target_spec_subject_rules.additional_properties = d
        return target_spec_subject_rules

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
