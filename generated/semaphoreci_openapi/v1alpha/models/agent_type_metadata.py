from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.timestamp import Timestamp


T = TypeVar("T", bound="AgentTypeMetadata")


@_attrs_define
class AgentTypeMetadata:
    name: str
    """ Agent type name; always starts with `s1-`. """
    create_time: Timestamp
    """ A point in time in any of the encodings the servers use. """
    update_time: Timestamp
    """ A point in time in any of the encodings the servers use. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        create_time = self.create_time.to_dict()

        update_time = self.update_time.to_dict()

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
        from ..models.timestamp import Timestamp  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        create_time = Timestamp.from_dict(d.pop("create_time"))

        update_time = Timestamp.from_dict(d.pop("update_time"))

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
