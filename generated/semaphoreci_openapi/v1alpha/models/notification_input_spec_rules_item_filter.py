from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.notification_input_spec_rules_item_filter_states_item import (
    NotificationInputSpecRulesItemFilterStatesItem,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="NotificationInputSpecRulesItemFilter")


@_attrs_define
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
        d = dict(src_dict)
        projects = cast(list[str], d.pop("projects", UNSET))

        branches = cast(list[str], d.pop("branches", UNSET))

        pipelines = cast(list[str], d.pop("pipelines", UNSET))

        blocks = cast(list[str], d.pop("blocks", UNSET))

        _states = d.pop("states", UNSET)
        states: list[NotificationInputSpecRulesItemFilterStatesItem] | Unset = UNSET
        if _states is not UNSET:
            states = []
            for states_item_data in _states:
                states_item = NotificationInputSpecRulesItemFilterStatesItem(states_item_data)

                states.append(states_item)

        results = cast(list[str], d.pop("results", UNSET))

        notification_input_spec_rules_item_filter = cls(
            projects=projects,
            branches=branches,
            pipelines=pipelines,
            blocks=blocks,
            states=states,
            results=results,
        )

        notification_input_spec_rules_item_filter.additional_properties = d
        return notification_input_spec_rules_item_filter

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
