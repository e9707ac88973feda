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
    from ..models.last_use_type_0 import LastUseType0
    from ..models.user import User


T = TypeVar("T", bound="ProjectSecretMetadata")
_setattr = object.__setattr__
# The JSON keys a received object must have, and (for additional_properties) all it declares.
_REQUIRED: frozenset[str] = frozenset(
    {
        "id",
        "org_id",
        "project_id",
        "name",
    }
)
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "org_id",
        "project_id",
        "name",
        "description",
        "created_at",
        "updated_at",
        "last_used_at",
        "created_by",
        "updated_by",
        "last_used_by",
    }
)


@lazy_fields(
    ("name", "name"),
    ("description", "description"),
    converted=(
        ("created_at", "created_at", Timestamp.from_dict),
        ("updated_at", "updated_at", Timestamp.from_dict),
        ("created_by", "created_by", "user:User"),
        ("updated_by", "updated_by", "user:User"),
    ),
    required=_REQUIRED,
)
@_attrs_define(slots=False)
class ProjectSecretMetadata:
    id: UUID
    org_id: UUID
    project_id: UUID
    name: str
    description: str | Unset = UNSET
    created_at: Timestamp | Unset = UNSET
    """ A point in time in any of the encodings the servers use. """
    updated_at: Timestamp | Unset = UNSET
    """ A point in time in any of the encodings the servers use. """
    last_used_at: None | Timestamp | Unset = UNSET
    created_by: User | Unset = UNSET
    """ A user, by id. """
    updated_by: User | Unset = UNSET
    """ A user, by id. """
    last_used_by: LastUseType0 | None | Unset = UNSET
    """ Where the secret was last used. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.last_use_type_0 import LastUseType0  # noqa: PLC0415

        id = str(self.id)

        org_id = str(self.org_id)

        project_id = str(self.project_id)

        name = self.name

        description = self.description

        created_at: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.to_dict()

        updated_at: dict[str, Any] | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.to_dict()

        last_used_at: dict[str, Any] | None | Unset
        if isinstance(self.last_used_at, Unset):
            last_used_at = UNSET
        elif isinstance(self.last_used_at, Timestamp):
            last_used_at = self.last_used_at.to_dict()

        else:
            last_used_at = self.last_used_at

        created_by: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created_by, Unset):
            created_by = self.created_by.to_dict()

        updated_by: dict[str, Any] | Unset = UNSET
        if not isinstance(self.updated_by, Unset):
            updated_by = self.updated_by.to_dict()

        last_used_by: dict[str, Any] | None | Unset
        if isinstance(self.last_used_by, Unset):
            last_used_by = UNSET
        elif isinstance(self.last_used_by, LastUseType0):
            last_used_by = self.last_used_by.to_dict()

        else:
            last_used_by = self.last_used_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "org_id": org_id,
                "project_id": project_id,
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if last_used_at is not UNSET:
            field_dict["last_used_at"] = last_used_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by
        if last_used_by is not UNSET:
            field_dict["last_used_by"] = last_used_by

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
    def _decode_org_id(d: Mapping[str, Any]) -> UUID:
        org_id = UUID(d["org_id"])

        return org_id

    @staticmethod
    def _decode_project_id(d: Mapping[str, Any]) -> UUID:
        project_id = UUID(d["project_id"])

        return project_id

    @staticmethod
    def _decode_last_used_at(d: Mapping[str, Any]) -> None | Timestamp | Unset:
        def _parse_last_used_at(data: object) -> None | Timestamp | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not Timestamp.accepts(data):
                    raise TypeError()
                last_used_at_type_0 = Timestamp.from_dict(data)

                return last_used_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Timestamp | Unset, data)

        last_used_at = _parse_last_used_at(d.get("last_used_at", UNSET))

        return last_used_at

    @staticmethod
    def _decode_last_used_by(d: Mapping[str, Any]) -> LastUseType0 | None | Unset:
        from ..models.last_use_type_0 import LastUseType0  # noqa: PLC0415

        def _parse_last_used_by(data: object) -> LastUseType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_last_use_type_0 = LastUseType0.from_dict(data)

                return componentsschemas_last_use_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LastUseType0 | None | Unset, data)

        last_used_by = _parse_last_used_by(d.get("last_used_by", UNSET))

        return last_used_by

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
