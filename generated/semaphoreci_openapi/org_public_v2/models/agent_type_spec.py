from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.name_settings import NameSettings


T = TypeVar("T", bound="AgentTypeSpec")


@_attrs_define
class AgentTypeSpec:
    name: str
    agent_name_settings: NameSettings
    """ How agents of the type get their names. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        agent_name_settings = self.agent_name_settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "agent_name_settings": agent_name_settings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.name_settings import NameSettings  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        agent_name_settings = NameSettings.from_dict(d.pop("agent_name_settings"))

        agent_type_spec = cls(
            name=name,
            agent_name_settings=agent_name_settings,
        )

        agent_type_spec.additional_properties = d
        return agent_type_spec

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
