from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._runtime.decoding import RAW, lazy_fields, missing_keys, not_an_object
from ..models.timestamp import Timestamp
from ..types import UNSET, Unset

T = TypeVar("T", bound="Secret")
_setattr = object.__setattr__
# The JSON keys a received object must have, and (for additional_properties) all it declares.
_REQUIRED: frozenset[str] = frozenset(
    {
        "name",
        "id",
        "url",
        "projects_url",
        "teams_url",
        "env_vars_url",
        "config_files_url",
        "created_at",
        "updated_at",
    }
)
_KNOWN: frozenset[str] = frozenset(
    {
        "name",
        "id",
        "url",
        "projects_url",
        "teams_url",
        "env_vars_url",
        "config_files_url",
        "created_at",
        "updated_at",
        "description",
    }
)


@lazy_fields(
    ("name", "name"),
    ("id", "id"),
    ("url", "url"),
    ("projects_url", "projects_url"),
    ("teams_url", "teams_url"),
    ("env_vars_url", "env_vars_url"),
    ("config_files_url", "config_files_url"),
    converted=(
        ("created_at", "created_at", Timestamp.from_dict),
        ("updated_at", "updated_at", Timestamp.from_dict),
    ),
    required=_REQUIRED,
)
@_attrs_define(slots=False)
class Secret:
    """A secret of an organization (called a "shared configuration" before November 2017): a named set of environment
    variables and configuration files that can be attached to projects and made available to teams.

    """

    name: str
    """ The secret's name. """
    id: str
    """ A UUID (8-4-4-4-12 hexadecimal digits). """
    url: str
    """ An absolute URL in this API; follow it as given. """
    projects_url: str
    """ An absolute URL in this API; follow it as given. """
    teams_url: str
    """ An absolute URL in this API; follow it as given. """
    env_vars_url: str
    """ An absolute URL in this API; follow it as given. """
    config_files_url: str
    """ An absolute URL in this API; follow it as given. """
    created_at: Timestamp
    """ A point in time in any of the encodings the servers use. """
    updated_at: Timestamp
    """ A point in time in any of the encodings the servers use. """
    description: None | str | Unset = UNSET
    """ A free-text description of the secret; `null` when none was given. The vendor specification marks this field
    optional, so it may also be absent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        id = self.id

        url = self.url

        projects_url = self.projects_url

        teams_url = self.teams_url

        env_vars_url = self.env_vars_url

        config_files_url = self.config_files_url

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
                "id": id,
                "url": url,
                "projects_url": projects_url,
                "teams_url": teams_url,
                "env_vars_url": env_vars_url,
                "config_files_url": config_files_url,
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
