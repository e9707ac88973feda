from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._runtime.decoding import RAW, lazy_fields, missing_keys, not_an_object
from ..models.notification_filter_states_item import NotificationFilterStatesItem

T = TypeVar("T", bound="NotificationFilter")
_setattr = object.__setattr__
# The JSON keys a received object must have, and (for additional_properties) all it declares.
_REQUIRED: frozenset[str] = frozenset(
    {
        "projects",
        "branches",
        "pipelines",
        "blocks",
        "states",
        "results",
    }
)
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
    def _decode_projects(d: Mapping[str, Any]) -> list[str]:
        projects = cast(list[str], d["projects"])

        return projects

    @staticmethod
    def _decode_branches(d: Mapping[str, Any]) -> list[str]:
        branches = cast(list[str], d["branches"])

        return branches

    @staticmethod
    def _decode_pipelines(d: Mapping[str, Any]) -> list[str]:
        pipelines = cast(list[str], d["pipelines"])

        return pipelines

    @staticmethod
    def _decode_blocks(d: Mapping[str, Any]) -> list[str]:
        blocks = cast(list[str], d["blocks"])

        return blocks

    @staticmethod
    def _decode_states(d: Mapping[str, Any]) -> list[NotificationFilterStatesItem]:
        states = []
        _states = d["states"]
        for states_item_data in _states:
            states_item = NotificationFilterStatesItem.from_value(states_item_data)

            states.append(states_item)

        return states

    @staticmethod
    def _decode_results(d: Mapping[str, Any]) -> list[str]:
        results = cast(list[str], d["results"])

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
