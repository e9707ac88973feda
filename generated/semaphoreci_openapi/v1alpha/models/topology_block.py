from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TopologyBlock")


@_attrs_define
class TopologyBlock:
    """One block of the pipeline's definition."""

    name: str
    jobs: list[str]
    """ Names of the block's jobs (parallelism and matrix expanded). """
    dependencies: list[str]
    """ Names of the blocks this one waits for. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        jobs = self.jobs

        dependencies = self.dependencies

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "jobs": jobs,
                "dependencies": dependencies,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        jobs = cast(list[str], d.pop("jobs"))

        dependencies = cast(list[str], d.pop("dependencies"))

        topology_block = cls(
            name=name,
            jobs=jobs,
            dependencies=dependencies,
        )

        topology_block.additional_properties = d
        return topology_block

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
