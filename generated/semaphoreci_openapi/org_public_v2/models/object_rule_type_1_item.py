from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.object_rule_type_1_item_match_mode import ObjectRuleType1ItemMatchMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="ObjectRuleType1Item")


@_attrs_define
class ObjectRuleType1Item:
    match_mode: ObjectRuleType1ItemMatchMode | Unset = UNSET
    pattern: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        match_mode: str | Unset = UNSET
        if not isinstance(self.match_mode, Unset):
            match_mode = self.match_mode.value

        pattern = self.pattern

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if match_mode is not UNSET:
            field_dict["match_mode"] = match_mode
        if pattern is not UNSET:
            field_dict["pattern"] = pattern

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _match_mode = d.pop("match_mode", UNSET)
        match_mode: ObjectRuleType1ItemMatchMode | Unset
        if isinstance(_match_mode, Unset):
            match_mode = UNSET
        else:
            match_mode = ObjectRuleType1ItemMatchMode(_match_mode)

        pattern = d.pop("pattern", UNSET)

        object_rule_type_1_item = cls(
            match_mode=match_mode,
            pattern=pattern,
        )

        object_rule_type_1_item.additional_properties = d
        return object_rule_type_1_item

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
