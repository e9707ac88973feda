from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TopologyBlocksItem")


@_attrs_define
class TopologyBlocksItem:
    name: str | Unset = UNSET
    jobs: list[str] | Unset = UNSET
    dependencies: list[str] | Unset = UNSET
    """ Names of the blocks that must pass first. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        jobs: list[str] | Unset = UNSET
        if not isinstance(self.jobs, Unset):
            jobs = self.jobs

        dependencies: list[str] | Unset = UNSET
        if not isinstance(self.dependencies, Unset):
            dependencies = self.dependencies

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if jobs is not UNSET:
            field_dict["jobs"] = jobs
        if dependencies is not UNSET:
            field_dict["dependencies"] = dependencies

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        jobs = cast(list[str], d.pop("jobs", UNSET))

        dependencies = cast(list[str], d.pop("dependencies", UNSET))

        topology_blocks_item = cls(
            name=name,
            jobs=jobs,
            dependencies=dependencies,
        )

        topology_blocks_item.additional_properties = d
        return topology_blocks_item

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
