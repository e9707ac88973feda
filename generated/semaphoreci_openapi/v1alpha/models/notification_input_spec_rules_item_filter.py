from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._runtime.decoding import RAW, lazy_fields, missing_keys, not_an_object
from ..models.notification_input_spec_rules_item_filter_states_item import (
    NotificationInputSpecRulesItemFilterStatesItem,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="NotificationInputSpecRulesItemFilter")
_setattr = object.__setattr__
# The JSON keys a received object must have, and (for additional_properties) all it declares.
_REQUIRED: frozenset[str] = frozenset({})
_KNOWN: frozenset[str] = frozenset(
    {
        "projects",
        "branches",
        "pipelines",
        "blocks",
        "states",
        "results",
    }
)


@lazy_fields(
    converted=(),
    required=_REQUIRED,
)
@_attrs_define(slots=False)
class NotificationInputSpecRulesItemFilter:
    projects: list[str] | Unset = UNSET
    branches: list[str] | Unset = UNSET
    pipelines: list[str] | Unset = UNSET
    blocks: list[str] | Unset = UNSET
    states: list[NotificationInputSpecRulesItemFilterStatesItem] | Unset = UNSET
    results: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        projects: list[str] | Unset = UNSET
        if not isinstance(self.projects, Unset):
            projects = self.projects

        branches: list[str] | Unset = UNSET
        if not isinstance(self.branches, Unset):
            branches = self.branches

        pipelines: list[str] | Unset = UNSET
        if not isinstance(self.pipelines, Unset):
            pipelines = self.pipelines

        blocks: list[str] | Unset = UNSET
        if not isinstance(self.blocks, Unset):
            blocks = self.blocks

        states: list[str] | Unset = UNSET
        if not isinstance(self.states, Unset):
            states = []
            for states_item_data in self.states:
                states_item = states_item_data.value

                states.append(states_item)

        results: list[str] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = self.results

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if projects is not UNSET:
            field_dict["projects"] = projects
        if branches is not UNSET:
            field_dict["branches"] = branches
        if pipelines is not UNSET:
            field_dict["pipelines"] = pipelines
        if blocks is not UNSET:
            field_dict["blocks"] = blocks
        if states is not UNSET:
            field_dict["states"] = states
        if results is not UNSET:
            field_dict["results"] = results

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
    def _decode_projects(d: Mapping[str, Any]) -> list[str] | Unset:
        projects = cast(list[str], d.get("projects", UNSET))

        return projects

    @staticmethod
    def _decode_branches(d: Mapping[str, Any]) -> list[str] | Unset:
        branches = cast(list[str], d.get("branches", UNSET))

        return branches

    @staticmethod
    def _decode_pipelines(d: Mapping[str, Any]) -> list[str] | Unset:
        pipelines = cast(list[str], d.get("pipelines", UNSET))

        return pipelines

    @staticmethod
    def _decode_blocks(d: Mapping[str, Any]) -> list[str] | Unset:
        blocks = cast(list[str], d.get("blocks", UNSET))

        return blocks

    @staticmethod
    def _decode_states(
        d: Mapping[str, Any],
    ) -> list[NotificationInputSpecRulesItemFilterStatesItem] | Unset:
        _states = d.get("states", UNSET)
        states: list[NotificationInputSpecRulesItemFilterStatesItem] | Unset = UNSET
        if _states is not UNSET:
            states = []
            for states_item_data in _states:
                states_item = NotificationInputSpecRulesItemFilterStatesItem.from_value(
                    states_item_data
                )

                states.append(states_item)

        return states

    @staticmethod
    def _decode_results(d: Mapping[str, Any]) -> list[str] | Unset:
        results = cast(list[str], d.get("results", UNSET))

        return results

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
