from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subject_rule_type import SubjectRuleType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubjectRule")


@_attrs_define
class SubjectRule:
    type_: SubjectRuleType
    subject_id: str
    """ User, role or group ID; `""` for ANY and AUTO. """
    git_login: str | Unset = UNSET
    """ Git login of a USER rule's user, when the server can resolve it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        subject_id = self.subject_id

        git_login = self.git_login

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "subject_id": subject_id,
            }
        )
        if git_login is not UNSET:
            field_dict["git_login"] = git_login

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = SubjectRuleType(d.pop("type"))

        subject_id = d.pop("subject_id")

        git_login = d.pop("git_login", UNSET)

        subject_rule = cls(
            type_=type_,
            subject_id=subject_id,
            git_login=git_login,
        )

        subject_rule.additional_properties = d
        return subject_rule

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
