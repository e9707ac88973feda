from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._runtime.decoding import RAW, lazy_fields, missing_keys, not_an_object
from ..models.timestamp import Timestamp
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.nullable_user_type_0 import NullableUserType0


T = TypeVar("T", bound="TaskMetadata")
_setattr = object.__setattr__
# The JSON keys a received object must have, and (for additional_properties) all it declares.
_REQUIRED: frozenset[str] = frozenset(
    {
        "id",
        "project_id",
        "suspended",
        "updated_by",
        "inserted_at",
        "updated_at",
    }
)
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "project_id",
        "suspended",
        "updated_by",
        "inserted_at",
        "updated_at",
        "scheduled",
        "paused_by",
        "paused_at",
    }
)


@lazy_fields(
    ("suspended", "suspended"),
    ("scheduled", "scheduled"),
    converted=(
        ("inserted_at", "inserted_at", Timestamp.from_dict),
        ("updated_at", "updated_at", Timestamp.from_dict),
        ("paused_at", "paused_at", Timestamp.from_dict),
    ),
    required=_REQUIRED,
)
@_attrs_define(slots=False)
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
        """A model of the received JSON object `src_dict`: a `KeyError` now if a required
        key is missing; each field is decoded from `src_dict` when first read
        (`ModelDecodeError` if it does not fit the spec). `src_dict` is kept, not copied:
        do not change it afterwards (pass a `copy.deepcopy` if you must)."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object(cls, src_dict)
        if not src_dict.keys() >= _REQUIRED:
            raise missing_keys(cls, src_dict, _REQUIRED)
        model = cls.__new__(cls)
        _setattr(model, RAW, src_dict)  # past the models' __setattr__ (decoding.py)
        return model

    @staticmethod
    def _decode_id(d: Mapping[str, Any]) -> UUID:
        id = UUID(d["id"])

        return id

    @staticmethod
    def _decode_project_id(d: Mapping[str, Any]) -> UUID:
        project_id = UUID(d["project_id"])

        return project_id

    @staticmethod
    def _decode_updated_by(d: Mapping[str, Any]) -> None | NullableUserType0:
        from ..models.nullable_user_type_0 import NullableUserType0  # noqa: PLC0415

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

        updated_by = _parse_updated_by(d["updated_by"])

        return updated_by

    @staticmethod
    def _decode_paused_by(d: Mapping[str, Any]) -> None | NullableUserType0 | Unset:
        from ..models.nullable_user_type_0 import NullableUserType0  # noqa: PLC0415

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

        paused_by = _parse_paused_by(d.get("paused_by", UNSET))

        return paused_by

    @staticmethod
    def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
        return {key: value for key, value in d.items() if key not in _KNOWN}

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
