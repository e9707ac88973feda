from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_type_metadata_status import AgentTypeMetadataStatus
    from ..models.timestamp import Timestamp


T = TypeVar("T", bound="AgentTypeMetadata")


@_attrs_define
class AgentTypeMetadata:
    name: str
    created_at: Timestamp | Unset = UNSET
    """ A point in time in any of the encodings the servers use. """
    updated_at: Timestamp | Unset = UNSET
    """ A point in time in any of the encodings the servers use. """
    status: AgentTypeMetadataStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        created_at: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.to_dict()

        updated_at: dict[str, Any] | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.to_dict()

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agent_type_metadata_status import AgentTypeMetadataStatus  # noqa: PLC0415
        from ..models.timestamp import Timestamp  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        _created_at = d.pop("created_at", UNSET)
        created_at: Timestamp | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = Timestamp.from_dict(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: Timestamp | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = Timestamp.from_dict(_updated_at)

        _status = d.pop("status", UNSET)
        status: AgentTypeMetadataStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = AgentTypeMetadataStatus.from_dict(_status)

        agent_type_metadata = cls(
            name=name,
            created_at=created_at,
            updated_at=updated_at,
            status=status,
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
