from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rule_filter_results_item import RuleFilterResultsItem
from ..types import UNSET, Unset

T = TypeVar("T", bound="RuleFilter")


@_attrs_define
class RuleFilter:
    """Which pipelines the rule is about; each list takes exact names or `/regex/`."""

    projects: list[str] | Unset = UNSET
    branches: list[str] | Unset = UNSET
    pipelines: list[str] | Unset = UNSET
    """ Pipeline file names (path disregarded). """
    results: list[RuleFilterResultsItem] | Unset = UNSET
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

        results: list[str] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = []
            for results_item_data in self.results:
                results_item = results_item_data.value
                results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if projects is not UNSET:
            field_dict["projects"] = projects
        if branches is not UNSET:
            field_dict["branches"] = branches
        if pipelines is not UNSET:
            field_dict["pipelines"] = pipelines
        if results is not UNSET:
            field_dict["results"] = results

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        projects = cast(list[str], d.pop("projects", UNSET))

        branches = cast(list[str], d.pop("branches", UNSET))

        pipelines = cast(list[str], d.pop("pipelines", UNSET))

        _results = d.pop("results", UNSET)
        results: list[RuleFilterResultsItem] | Unset = UNSET
        if _results is not UNSET:
            results = []
            for results_item_data in _results:
                results_item = RuleFilterResultsItem(results_item_data)

                results.append(results_item)

        rule_filter = cls(
            projects=projects,
            branches=branches,
            pipelines=pipelines,
            results=results,
        )

        rule_filter.additional_properties = d
        return rule_filter

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
