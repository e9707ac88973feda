from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.nullable_user_type_0 import NullableUserType0
    from ..models.timestamp import Timestamp


T = TypeVar("T", bound="TaskMetadata")


@_attrs_define
class TaskMetadata:
    id: UUID
    project_id: UUID
    suspended: bool
    updated_by: None | NullableUserType0
    """ A user, by id, or `null` when there is none. """
    inserted_at: Timestamp
    """ A point in time in any of the encodings the servers use. """
    updated_at: Timestamp
    """ A point in time in any of the encodings the servers use. """
    scheduled: bool | Unset = UNSET
    paused_by: None | NullableUserType0 | Unset = UNSET
    """ A user, by id, or `null` when there is none. """
    paused_at: Timestamp | Unset = UNSET
    """ A point in time in any of the encodings the servers use. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.nullable_user_type_0 import NullableUserType0  # noqa: PLC0415

        id = str(self.id)

        project_id = str(self.project_id)

        suspended = self.suspended

        updated_by: dict[str, Any] | None
        if isinstance(self.updated_by, NullableUserType0):
            updated_by = self.updated_by.to_dict()

        else:
            updated_by = self.updated_by

        inserted_at = self.inserted_at.to_dict()

        updated_at = self.updated_at.to_dict()

        scheduled = self.scheduled

        paused_by: dict[str, Any] | None | Unset
        if isinstance(self.paused_by, Unset):
            paused_by = UNSET
        elif isinstance(self.paused_by, NullableUserType0):
            paused_by = self.paused_by.to_dict()

        else:
            paused_by = self.paused_by

        paused_at: dict[str, Any] | Unset = UNSET
        if not isinstance(self.paused_at, Unset):
            paused_at = self.paused_at.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "project_id": project_id,
                "suspended": suspended,
                "updated_by": updated_by,
                "inserted_at": inserted_at,
                "updated_at": updated_at,
            }
        )
        if scheduled is not UNSET:
            field_dict["scheduled"] = scheduled
        if paused_by is not UNSET:
            field_dict["paused_by"] = paused_by
        if paused_at is not UNSET:
            field_dict["paused_at"] = paused_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.nullable_user_type_0 import NullableUserType0  # noqa: PLC0415
        from ..models.timestamp import Timestamp  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        project_id = UUID(d.pop("project_id"))

        suspended = d.pop("suspended")

        def _parse_updated_by(data: object) -> None | NullableUserType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_nullable_user_type_0 = NullableUserType0.from_dict(data)

                return componentsschemas_nullable_user_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | NullableUserType0, data)

        updated_by = _parse_updated_by(d.pop("updated_by"))

        inserted_at = Timestamp.from_dict(d.pop("inserted_at"))

        updated_at = Timestamp.from_dict(d.pop("updated_at"))

        scheduled = d.pop("scheduled", UNSET)

        def _parse_paused_by(data: object) -> None | NullableUserType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_nullable_user_type_0 = NullableUserType0.from_dict(data)

                return componentsschemas_nullable_user_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | NullableUserType0 | Unset, data)

        paused_by = _parse_paused_by(d.pop("paused_by", UNSET))

        _paused_at = d.pop("paused_at", UNSET)
        paused_at: Timestamp | Unset
        if isinstance(_paused_at, Unset):
            paused_at = UNSET
        else:
            paused_at = Timestamp.from_dict(_paused_at)

        task_metadata = cls(
            id=id,
            project_id=project_id,
            suspended=suspended,
            updated_by=updated_by,
            inserted_at=inserted_at,
            updated_at=updated_at,
            scheduled=scheduled,
            paused_by=paused_by,
            paused_at=paused_at,
        )

        task_metadata.additional_properties = d
        return task_metadata

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
