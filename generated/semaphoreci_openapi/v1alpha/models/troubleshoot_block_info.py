from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TroubleshootBlockInfo")


@_attrs_define
class TroubleshootBlockInfo:
    block_id: str
    name: str
    build_req_id: str
    state: str
    """ Lower-case block state, e.g. `waiting`, `running` or `done`. """
    result: str
    """ Lower-case result, `""` until the block is done. """
    result_reason: str
    error_description: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        block_id = self.block_id

        name = self.name

        build_req_id = self.build_req_id

        state = self.state

        result = self.result

        result_reason = self.result_reason

        error_description = self.error_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "block_id": block_id,
                "name": name,
                "build_req_id": build_req_id,
                "state": state,
                "result": result,
                "result_reason": result_reason,
                "error_description": error_description,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        block_id = d.pop("block_id")

        name = d.pop("name")

        build_req_id = d.pop("build_req_id")

        state = d.pop("state")

        result = d.pop("result")

        result_reason = d.pop("result_reason")

        error_description = d.pop("error_description")

        troubleshoot_block_info = cls(
            block_id=block_id,
            name=name,
            build_req_id=build_req_id,
            state=state,
            result=result,
            result_reason=result_reason,
            error_description=error_description,
        )

        troubleshoot_block_info.additional_properties = d
        return troubleshoot_block_info

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
