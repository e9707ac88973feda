from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._runtime.decoding import RAW, lazy_fields, missing_keys, not_an_object
from ..models.timestamp import Timestamp

T = TypeVar("T", bound="ConfigFile")
_setattr = object.__setattr__
# The JSON keys a received object must have, and (for additional_properties) all it declares.
_REQUIRED: frozenset[str] = frozenset(
    {
        "id",
        "path",
        "url",
        "content",
        "shared",
        "encrypted",
        "created_at",
        "updated_at",
    }
)
_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "path",
        "url",
        "content",
        "shared",
        "encrypted",
        "created_at",
        "updated_at",
    }
)


@lazy_fields(
    ("id", "id"),
    ("path", "path"),
    ("url", "url"),
    ("shared", "shared"),
    ("encrypted", "encrypted"),
    converted=(
        ("created_at", "created_at", Timestamp.from_dict),
        ("updated_at", "updated_at", Timestamp.from_dict),
    ),
    required=_REQUIRED,
)
@_attrs_define(slots=False)
class ConfigFile:
    """A configuration file that a secret writes into the jobs of the projects it is attached to."""

    id: str
    """ A UUID (8-4-4-4-12 hexadecimal digits). """
    path: str
    """ Where the file is written in the job's environment. """
    url: str
    """ An absolute URL in this API; follow it as given. """
    content: None | str
    """ The file's content as plain text (not Base64); `null` when the file is encrypted, whose content the API
    never reveals. """
    shared: bool
    """ True when the file belongs to a secret. """
    encrypted: bool
    """ True when the file is stored encrypted (its `content` is then `null`). """
    created_at: Timestamp
    """ A point in time in any of the encodings the servers use. """
    updated_at: Timestamp
    """ A point in time in any of the encodings the servers use. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        path = self.path

        url = self.url

        content: None | str
        content = self.content

        shared = self.shared

        encrypted = self.encrypted

        created_at = self.created_at.to_dict()

        updated_at = self.updated_at.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "path": path,
                "url": url,
                "content": content,
                "shared": shared,
                "encrypted": encrypted,
                "created_at": created_at,
                "updated_at": updated_at,
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
    def _decode_content(d: Mapping[str, Any]) -> None | str:
        def _parse_content(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        content = _parse_content(d["content"])

        return content

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
