from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.object_rule_type_0 import ObjectRuleType0
from ..models.target_spec_object_rules_prs import TargetSpecObjectRulesPrs
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.object_rule_type_1_item import ObjectRuleType1Item


T = TypeVar("T", bound="TargetSpecObjectRules")


@_attrs_define
class TargetSpecObjectRules:
    """Which branches, tags and pull requests may deploy (all when empty)."""

    branches: list[ObjectRuleType1Item] | ObjectRuleType0 | Unset = UNSET
    """ `ALL` (every branch or tag may deploy) or a list of patterns; a REGEX pattern must compile, else 422. """
    tags: list[ObjectRuleType1Item] | ObjectRuleType0 | Unset = UNSET
    """ `ALL` (every branch or tag may deploy) or a list of patterns; a REGEX pattern must compile, else 422. """
    prs: TargetSpecObjectRulesPrs | Unset = TargetSpecObjectRulesPrs.NONE
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        branches: list[dict[str, Any]] | str | Unset
        if isinstance(self.branches, Unset):
            branches = UNSET
        elif isinstance(self.branches, ObjectRuleType0):
            branches = self.branches.value
        else:
            branches = []
            for componentsschemas_object_rule_type_1_item_data in self.branches:
                componentsschemas_object_rule_type_1_item = (
                    componentsschemas_object_rule_type_1_item_data.to_dict()
                )

                branches.append(componentsschemas_object_rule_type_1_item)

        tags: list[dict[str, Any]] | str | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, ObjectRuleType0):
            tags = self.tags.value
        else:
            tags = []
            for componentsschemas_object_rule_type_1_item_data in self.tags:
                componentsschemas_object_rule_type_1_item = (
                    componentsschemas_object_rule_type_1_item_data.to_dict()
                )

                tags.append(componentsschemas_object_rule_type_1_item)

        prs: str | Unset = UNSET
        if not isinstance(self.prs, Unset):
            prs = self.prs.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if branches is not UNSET:
            field_dict["branches"] = branches
        if tags is not UNSET:
            field_dict["tags"] = tags
        if prs is not UNSET:
            field_dict["prs"] = prs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.object_rule_type_1_item import ObjectRuleType1Item  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_branches(data: object) -> list[ObjectRuleType1Item] | ObjectRuleType0 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_object_rule_type_0 = ObjectRuleType0(data)

                return componentsschemas_object_rule_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_object_rule_type_1 = []
            _componentsschemas_object_rule_type_1 = data
            for (
                componentsschemas_object_rule_type_1_item_data
            ) in _componentsschemas_object_rule_type_1:
                componentsschemas_object_rule_type_1_item = ObjectRuleType1Item.from_dict(
                    componentsschemas_object_rule_type_1_item_data
                )

                componentsschemas_object_rule_type_1.append(
                    componentsschemas_object_rule_type_1_item
                )

            return componentsschemas_object_rule_type_1

        branches = _parse_branches(d.pop("branches", UNSET))

        def _parse_tags(data: object) -> list[ObjectRuleType1Item] | ObjectRuleType0 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_object_rule_type_0 = ObjectRuleType0(data)

                return componentsschemas_object_rule_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_object_rule_type_1 = []
            _componentsschemas_object_rule_type_1 = data
            for (
                componentsschemas_object_rule_type_1_item_data
            ) in _componentsschemas_object_rule_type_1:
                componentsschemas_object_rule_type_1_item = ObjectRuleType1Item.from_dict(
                    componentsschemas_object_rule_type_1_item_data
                )

                componentsschemas_object_rule_type_1.append(
                    componentsschemas_object_rule_type_1_item
                )

            return componentsschemas_object_rule_type_1

        tags = _parse_tags(d.pop("tags", UNSET))

        _prs = d.pop("prs", UNSET)
        prs: TargetSpecObjectRulesPrs | Unset
        if isinstance(_prs, Unset):
            prs = UNSET
        else:
            prs = TargetSpecObjectRulesPrs(_prs)

        target_spec_object_rules = cls(
            branches=branches,
            tags=tags,
            prs=prs,
        )

        target_spec_object_rules.additional_properties = d
        return target_spec_object_rules

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
