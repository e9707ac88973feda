from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AgentTypeMetadata")


@_attrs_define
class AgentTypeMetadata:
    name: str
    """ Agent type name; always starts with `s1-`. """
    create_time: int | str
    """ Seconds since the Unix epoch as a JSON integer, or the empty string `""` when the timestamp is not set
    (self-hosted agent types and agents). The docs show integers only; clients must accept both. """
    update_time: int | str
    """ Seconds since the Unix epoch as a JSON integer, or the empty string `""` when the timestamp is not set
    (self-hosted agent types and agents). The docs show integers only; clients must accept both. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        create_time: int | str
        create_time = self.create_time

        update_time: int | str
        update_time = self.update_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "create_time": create_time,
                "update_time": update_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_create_time(data: object) -> int | str:
            return cast(int | str, data)

        create_time = _parse_create_time(d.pop("create_time"))

        def _parse_update_time(data: object) -> int | str:
            return cast(int | str, data)

        update_time = _parse_update_time(d.pop("update_time"))

        agent_type_metadata = cls(
            name=name,
            create_time=create_time,
            update_time=update_time,
        )

        agent_type_metadata.additional_properties = d
        return agent_type_metadata

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
