from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.notification_metadata_status import NotificationMetadataStatus
    from ..models.timestamp import Timestamp


T = TypeVar("T", bound="NotificationMetadata")


@_attrs_define
class NotificationMetadata:
    id: UUID
    name: str
    org_id: UUID | Unset = UNSET
    created_at: Timestamp | Unset = UNSET
    """ A point in time in any of the encodings the servers use. """
    updated_at: None | Timestamp | Unset = UNSET
    status: NotificationMetadataStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.timestamp import Timestamp  # noqa: PLC0415

        id = str(self.id)

        name = self.name

        org_id: str | Unset = UNSET
        if not isinstance(self.org_id, Unset):
            org_id = str(self.org_id)

        created_at: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.to_dict()

        updated_at: dict[str, Any] | None | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, Timestamp):
            updated_at = self.updated_at.to_dict()

        else:
            updated_at = self.updated_at

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if org_id is not UNSET:
            field_dict["org_id"] = org_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.notification_metadata_status import NotificationMetadataStatus  # noqa: PLC0415
        from ..models.timestamp import Timestamp  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        _org_id = d.pop("org_id", UNSET)
        org_id: UUID | Unset
        if isinstance(_org_id, Unset):
            org_id = UNSET
        else:
            org_id = UUID(_org_id)

        _created_at = d.pop("created_at", UNSET)
        created_at: Timestamp | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = Timestamp.from_dict(_created_at)

        def _parse_updated_at(data: object) -> None | Timestamp | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not Timestamp.accepts(data):
                    raise TypeError()
                updated_at_type_0 = Timestamp.from_dict(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Timestamp | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        _status = d.pop("status", UNSET)
        status: NotificationMetadataStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = NotificationMetadataStatus.from_dict(_status)

        notification_metadata = cls(
            id=id,
            name=name,
            org_id=org_id,
            created_at=created_at,
            updated_at=updated_at,
            status=status,
        )

        notification_metadata.additional_properties = d
        return notification_metadata

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
