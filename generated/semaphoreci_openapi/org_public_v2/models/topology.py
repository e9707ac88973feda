from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.topology_after_pipeline import TopologyAfterPipeline
    from ..models.topology_blocks_item import TopologyBlocksItem


T = TypeVar("T", bound="Topology")


@_attrs_define
class Topology:
    """The blocks of a pipeline and how they depend on each other."""

    blocks: list[TopologyBlocksItem] | Unset = UNSET
    after_pipeline: TopologyAfterPipeline | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        blocks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.blocks, Unset):
            blocks = []
            for blocks_item_data in self.blocks:
                blocks_item = blocks_item_data.to_dict()

                blocks.append(blocks_item)

        after_pipeline: dict[str, Any] | Unset = UNSET
        if not isinstance(self.after_pipeline, Unset):
            after_pipeline = self.after_pipeline.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if blocks is not UNSET:
            field_dict["blocks"] = blocks
        if after_pipeline is not UNSET:
            field_dict["after_pipeline"] = after_pipeline

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.topology_after_pipeline import TopologyAfterPipeline  # noqa: PLC0415
        from ..models.topology_blocks_item import TopologyBlocksItem  # noqa: PLC0415

        d = dict(src_dict)
        _blocks = d.pop("blocks", UNSET)
        blocks: list[TopologyBlocksItem] | Unset = UNSET
        if _blocks is not UNSET:
            blocks = []
            for blocks_item_data in _blocks:
                blocks_item = TopologyBlocksItem.from_dict(blocks_item_data)

                blocks.append(blocks_item)

        _after_pipeline = d.pop("after_pipeline", UNSET)
        after_pipeline: TopologyAfterPipeline | Unset
        if isinstance(_after_pipeline, Unset):
            after_pipeline = UNSET
        else:
            after_pipeline = TopologyAfterPipeline.from_dict(_after_pipeline)

        topology = cls(
            blocks=blocks,
            after_pipeline=after_pipeline,
        )

        topology.additional_properties = d
        return topology

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
