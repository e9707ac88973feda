from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._runtime.decoding import RAW, lazy_fields, missing_keys, not_an_object
from ..models.timestamp import Timestamp
from ..types import UNSET, Unset

T = TypeVar("T", bound="Team")
_setattr = object.__setattr__
# The JSON keys a received object must have, and (for additional_properties) all it declares.
_REQUIRED: frozenset[str] = frozenset(
    {
        "name",
        "permission",
        "id",
        "url",
        "users_url",
        "projects_url",
        "secrets_url",
        "created_at",
        "updated_at",
    }
)
_KNOWN: frozenset[str] = frozenset(
    {
        "name",
        "permission",
        "id",
        "url",
        "users_url",
        "projects_url",
        "secrets_url",
        "created_at",
        "updated_at",
        "description",
    }
)


@lazy_fields(
    ("name", "name"),
    ("permission", "permission"),
    ("id", "id"),
    ("url", "url"),
    ("users_url", "users_url"),
    ("projects_url", "projects_url"),
    ("secrets_url", "secrets_url"),
    converted=(
        ("created_at", "created_at", Timestamp.from_dict),
        ("updated_at", "updated_at", Timestamp.from_dict),
    ),
    required=_REQUIRED,
)
@_attrs_define(slots=False)
class Team:
    """A team of an organization: a group of users that share a permission level and are given access to projects and
    secrets.

    """

    name: str
    """ The team's name, unique within its organization. """
    permission: str
    """ What members of the team may do in the organization. The documented values are `read`, `edit` and `admin`.
    Before September 2017 the middle level was called `write`, and the documentation's examples and older clients
    still use that name, so the value is not restricted to a closed list: expect `write` as a synonym of `edit` from
    older data, and other values if the levels change. """
    id: str
    """ A UUID (8-4-4-4-12 hexadecimal digits). """
    url: str
    """ An absolute URL in this API; follow it as given. """
    users_url: str
    """ An absolute URL in this API; follow it as given. """
    projects_url: str
    """ An absolute URL in this API; follow it as given. """
    secrets_url: str
    """ An absolute URL in this API; follow it as given. """
    created_at: Timestamp
    """ A point in time in any of the encodings the servers use. """
    updated_at: Timestamp
    """ A point in time in any of the encodings the servers use. """
    description: None | str | Unset = UNSET
    """ A free-text description of the team; `null` when none was given. The vendor specification marks this field
    optional, so it may also be absent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        permission = self.permission

        id = self.id

        url = self.url

        users_url = self.users_url

        projects_url = self.projects_url

        secrets_url = self.secrets_url

        created_at = self.created_at.to_dict()

        updated_at = self.updated_at.to_dict()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "permission": permission,
                "id": id,
                "url": url,
                "users_url": users_url,
                "projects_url": projects_url,
                "secrets_url": secrets_url,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

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
    def _decode_description(d: Mapping[str, Any]) -> None | str | Unset:
        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.get("description", UNSET))

        return description

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
