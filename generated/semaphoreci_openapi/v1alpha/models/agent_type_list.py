from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.agent_type import AgentType


T = TypeVar("T", bound="AgentTypeList")


@_attrs_define
class AgentTypeList:
    agent_types: list[AgentType]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_types = []
        for agent_types_item_data in self.agent_types:
            agent_types_item = agent_types_item_data.to_dict()

            agent_types.append(agent_types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agent_types": agent_types,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agent_type import AgentType  # noqa: PLC0415

        d = dict(src_dict)
        agent_types = []
        _agent_types = d.pop("agent_types")
        for agent_types_item_data in _agent_types:
            agent_types_item = AgentType.from_dict(agent_types_item_data)

            agent_types.append(agent_types_item)

        agent_type_list = cls(
            agent_types=agent_types,
        )

        agent_type_list.additional_properties = d
        return agent_type_list

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
