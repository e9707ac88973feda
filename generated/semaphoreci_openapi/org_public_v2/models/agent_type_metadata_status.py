from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentTypeMetadataStatus")


@_attrs_define
class AgentTypeMetadataStatus:
    total_agent_count: int | Unset = UNSET
    registration_token: str | Unset = UNSET
    """ Token agents register with (sent on create only). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_agent_count = self.total_agent_count

        registration_token = self.registration_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_agent_count is not UNSET:
            field_dict["total_agent_count"] = total_agent_count
        if registration_token is not UNSET:
            field_dict["registration_token"] = registration_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_agent_count = d.pop("total_agent_count", UNSET)

        registration_token = d.pop("registration_token", UNSET)

        agent_type_metadata_status = cls(
            total_agent_count=total_agent_count,
            registration_token=registration_token,
        )

        agent_type_metadata_status.additional_properties = d
        return agent_type_metadata_status

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
