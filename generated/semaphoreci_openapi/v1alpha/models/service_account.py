from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._runtime.decoding import RAW, lazy_fields, missing_keys, not_an_object
from ..models.timestamp import Timestamp

T = TypeVar("T", bound="ServiceAccount")
_setattr = object.__setattr__
# The JSON keys a received object must have, and (for additional_properties) all it declares.
_REQUIRED: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "description",
        "org_id",
        "creator_id",
        "created_at",
        "updated_at",
        "deactivated",
    }
)
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "description",
        "org_id",
        "creator_id",
        "created_at",
        "updated_at",
        "deactivated",
    }
)


@lazy_fields(
    ("id", "id"),
    ("name", "name"),
    ("description", "description"),
    ("org_id", "org_id"),
    ("creator_id", "creator_id"),
    ("deactivated", "deactivated"),
    converted=(),
    required=_REQUIRED,
)
@_attrs_define(slots=False)
class ServiceAccount:
    """A service account. `created_at` and `updated_at` are Unix seconds as JSON integers, or null when the service sent no
    time.

    """

    id: str
    name: str
    description: str
    org_id: str
    creator_id: str
    """ ID of the user who created the account. """
    created_at: None | Timestamp
    updated_at: None | Timestamp
    deactivated: bool
    """ A deactivated account can no longer authenticate. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        org_id = self.org_id

        creator_id = self.creator_id

        created_at: dict[str, Any] | None
        if isinstance(self.created_at, Timestamp):
            created_at = self.created_at.to_dict()

        else:
            created_at = self.created_at

        updated_at: dict[str, Any] | None
        if isinstance(self.updated_at, Timestamp):
            updated_at = self.updated_at.to_dict()

        else:
            updated_at = self.updated_at

        deactivated = self.deactivated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "description": description,
                "org_id": org_id,
                "creator_id": creator_id,
                "created_at": created_at,
                "updated_at": updated_at,
                "deactivated": deactivated,
            }
        )

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
    def _decode_created_at(d: Mapping[str, Any]) -> None | Timestamp:
        def _parse_created_at(data: object) -> None | Timestamp:
            if data is None:
                return data
            try:
                if not Timestamp.accepts(data):
                    raise TypeError()
                created_at_type_0 = Timestamp.from_dict(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Timestamp, data)

        created_at = _parse_created_at(d["created_at"])

        return created_at

    @staticmethod
    def _decode_updated_at(d: Mapping[str, Any]) -> None | Timestamp:
        def _parse_updated_at(data: object) -> None | Timestamp:
            if data is None:
                return data
            try:
                if not Timestamp.accepts(data):
                    raise TypeError()
                updated_at_type_0 = Timestamp.from_dict(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Timestamp, data)

        updated_at = _parse_updated_at(d["updated_at"])

        return updated_at

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
