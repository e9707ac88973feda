from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.pipeline_block import PipelineBlock
    from ..models.pipeline_described import PipelineDescribed


T = TypeVar("T", bound="PipelineDescription")


@_attrs_define
class PipelineDescription:
    pipeline: PipelineDescribed
    """ A pipeline as the describe endpoint sends it. Besides the documented fields the server sends the whole
    pipeline record (queue, triggerer, env_vars, organization_id, commit_message, ...); empty strings stand for
    unset values. """
    blocks: list[PipelineBlock]
    """ The pipeline's blocks; always `[]` unless `detailed=true`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pipeline = self.pipeline.to_dict()

        blocks = []
        for blocks_item_data in self.blocks:
            blocks_item = blocks_item_data.to_dict()

            blocks.append(blocks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pipeline": pipeline,
                "blocks": blocks,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pipeline_block import PipelineBlock  # noqa: PLC0415
        from ..models.pipeline_described import PipelineDescribed  # noqa: PLC0415

        d = dict(src_dict)
        pipeline = PipelineDescribed.from_dict(d.pop("pipeline"))

        blocks = []
        _blocks = d.pop("blocks")
        for blocks_item_data in _blocks:
            blocks_item = PipelineBlock.from_dict(blocks_item_data)

            blocks.append(blocks_item)

        pipeline_description = cls(
            pipeline=pipeline,
            blocks=blocks,
        )

        pipeline_description.additional_properties = d
        return pipeline_description

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
