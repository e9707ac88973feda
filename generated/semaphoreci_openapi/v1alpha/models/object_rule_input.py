from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.object_rule_input_match_mode import ObjectRuleInputMatchMode
from ..models.object_rule_input_type import ObjectRuleInputType

T = TypeVar("T", bound="ObjectRuleInput")


@_attrs_define
class ObjectRuleInput:
    """One object rule. The v1alpha service refuses the request with a plain-text 400 `object_rules must be a list of
    proper objects` unless every rule has all three keys, `type`, `match_mode` and `pattern` (a PR rule and an ALL rule
    too: send `match_mode: ALL` and `pattern: ""`).

    """

    type_: ObjectRuleInputType
    match_mode: ObjectRuleInputMatchMode
    """ Required although PR rules do not use it. """
    pattern: str
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
        type_ = ObjectRuleInputType(d.pop("type"))

        match_mode = ObjectRuleInputMatchMode(d.pop("match_mode"))

        pattern = d.pop("pattern")

        object_rule_input = cls(
            type_=type_,
            match_mode=match_mode,
            pattern=pattern,
        )

        object_rule_input.additional_properties = d
        return object_rule_input

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
