from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RetentionRuleInput")


@_attrs_define
class RetentionRuleInput:
    selector: str
    age: str
    """ A positive number, white space and a unit. The docs allow 1 to 12 followed by weeks, months or years; the
    server also takes days and larger numbers (`14 days` is accepted and written back as `2 weeks`), and the docs'
    own example has two spaces (`2  weeks`). The age must be at least one day. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        selector = self.selector

        age = self.age

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "selector": selector,
                "age": age,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        selector = d.pop("selector")

        age = d.pop("age")

        retention_rule_input = cls(
            selector=selector,
            age=age,
        )

        retention_rule_input.additional_properties = d
        return retention_rule_input

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
