from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._runtime.decoding import RAW, lazy_fields, missing_keys, not_an_object
from ..._runtime.model_list import model_list
from ..models.object_rule_type_0 import ObjectRuleType0
from ..models.target_spec_object_rules_prs import TargetSpecObjectRulesPrs
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.object_rule_type_1_item import ObjectRuleType1Item


T = TypeVar("T", bound="TargetSpecObjectRules")
_setattr = object.__setattr__
# The JSON keys a received object must have, and (for additional_properties) all it declares.
_REQUIRED: frozenset[str] = frozenset({})
_KNOWN: frozenset[str] = frozenset(
    {
        "branches",
        "tags",
        "prs",
    }
)


@lazy_fields(
    converted=(("prs", "prs", TargetSpecObjectRulesPrs.from_value),),
    required=_REQUIRED,
)
@_attrs_define(slots=False)
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
        """A model of the received JSON object `src_dict`: a `KeyError` now if a required
        key is missing; each field is decoded from `src_dict` when first read
        (`ModelDecodeError` if it does not fit the spec). `src_dict` is kept, not copied:
        do not change it afterwards (pass a `copy.deepcopy` if you must)."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object(cls, src_dict)
        if not src_dict.keys() >= _REQUIRED:
            raise missing_keys(cls, src_dict, _REQUIRED)
        model = cls.__new__(cls)
        _setattr(model, RAW, src_dict)  # past the models' __setattr__ (decoding.py)
        return model

    @staticmethod
    def _decode_branches(
        d: Mapping[str, Any],
    ) -> list[ObjectRuleType1Item] | ObjectRuleType0 | Unset:
        from ..models.object_rule_type_1_item import ObjectRuleType1Item  # noqa: PLC0415

        def _parse_branches(data: object) -> list[ObjectRuleType1Item] | ObjectRuleType0 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_object_rule_type_0 = ObjectRuleType0.from_value(data)

                return componentsschemas_object_rule_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_object_rule_type_1 = model_list(ObjectRuleType1Item, data)

            return componentsschemas_object_rule_type_1

        branches = _parse_branches(d.get("branches", UNSET))

        return branches

    @staticmethod
    def _decode_tags(d: Mapping[str, Any]) -> list[ObjectRuleType1Item] | ObjectRuleType0 | Unset:
        from ..models.object_rule_type_1_item import ObjectRuleType1Item  # noqa: PLC0415

        def _parse_tags(data: object) -> list[ObjectRuleType1Item] | ObjectRuleType0 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_object_rule_type_0 = ObjectRuleType0.from_value(data)

                return componentsschemas_object_rule_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_object_rule_type_1 = model_list(ObjectRuleType1Item, data)

            return componentsschemas_object_rule_type_1

        tags = _parse_tags(d.get("tags", UNSET))

        return tags

    @staticmethod
    def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
        return {key: value for key, value in d.items() if key not in _KNOWN}

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
