from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_name_settings_request import AgentNameSettingsRequest


T = TypeVar("T", bound="AgentTypeRequestSpec")


@_attrs_define
class AgentTypeRequestSpec:
    agent_name_settings: AgentNameSettingsRequest | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_name_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agent_name_settings, Unset):
            agent_name_settings = self.agent_name_settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agent_name_settings is not UNSET:
            field_dict["agent_name_settings"] = agent_name_settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agent_name_settings_request import AgentNameSettingsRequest  # noqa: PLC0415

        d = dict(src_dict)
        _agent_name_settings = d.pop("agent_name_settings", UNSET)
        agent_name_settings: AgentNameSettingsRequest | Unset
        if isinstance(_agent_name_settings, Unset):
            agent_name_settings = UNSET
        else:
            agent_name_settings = AgentNameSettingsRequest.from_dict(_agent_name_settings)

        agent_type_request_spec = cls(
            agent_name_settings=agent_name_settings,
        )

        agent_type_request_spec.additional_properties = d
        return agent_type_request_spec

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
