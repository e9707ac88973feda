from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.object_rule_match_mode import ObjectRuleMatchMode
from ..models.object_rule_type import ObjectRuleType

T = TypeVar("T", bound="ObjectRule")


@_attrs_define
class ObjectRule:
    type_: ObjectRuleType
    match_mode: ObjectRuleMatchMode
    pattern: str
    """ Branch or tag name (EXACT) or regular expression (REGEX); `""` for ALL. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        match_mode = self.match_mode.value

        pattern = self.pattern

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "match_mode": match_mode,
                "pattern": pattern,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = ObjectRuleType(d.pop("type"))

        match_mode = ObjectRuleMatchMode(d.pop("match_mode"))

        pattern = d.pop("pattern")

        object_rule = cls(
            type_=type_,
            match_mode=match_mode,
            pattern=pattern,
        )

        object_rule.additional_properties = d
        return object_rule

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
