from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.notification_filter_states_item import NotificationFilterStatesItem

T = TypeVar("T", bound="NotificationFilter")


@_attrs_define
class NotificationFilter:
    """When the rule fires. Each list holds exact names or `/regex/` patterns; `projects` must not be empty."""

    projects: list[str]
    branches: list[str]
    """ `[]` means every branch. """
    pipelines: list[str]
    """ `[]` means `.semaphore/semaphore.yml` only. """
    blocks: list[str]
    states: list[NotificationFilterStatesItem]
    """ `[]` means `FINISHED` only. """
    results: list[str]
    """ Pipeline results (e.g. `passed`, `failed`); `[]` means every result. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        projects = self.projects

        branches = self.branches

        pipelines = self.pipelines

        blocks = self.blocks

        states = []
        for states_item_data in self.states:
            states_item = states_item_data.value
            states.append(states_item)

        results = self.results

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "projects": projects,
                "branches": branches,
                "pipelines": pipelines,
                "blocks": blocks,
                "states": states,
                "results": results,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        projects = cast(list[str], d.pop("projects"))

        branches = cast(list[str], d.pop("branches"))

        pipelines = cast(list[str], d.pop("pipelines"))

        blocks = cast(list[str], d.pop("blocks"))

        states = []
        _states = d.pop("states")
        for states_item_data in _states:
            states_item = NotificationFilterStatesItem(states_item_data)

            states.append(states_item)

        results = cast(list[str], d.pop("results"))

        notification_filter = cls(
            projects=projects,
            branches=branches,
            pipelines=pipelines,
            blocks=blocks,
            states=states,
            results=results,
        )

        notification_filter.additional_properties = d
        return notification_filter

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
