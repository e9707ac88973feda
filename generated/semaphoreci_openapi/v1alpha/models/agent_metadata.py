from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._runtime.decoding import RAW, lazy_fields, missing_keys, not_an_object
from ..models.timestamp import Timestamp
from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentMetadata")
_setattr = object.__setattr__
# The JSON keys a received object must have, and (for additional_properties) all it declares.
_REQUIRED: frozenset[str] = frozenset(
    {
        "name",
        "type",
        "connected_at",
        "version",
        "os",
        "arch",
        "hostname",
        "ip_address",
        "pid",
    }
)
_KNOWN: frozenset[str] = frozenset(
    {
        "name",
        "type",
        "connected_at",
        "version",
        "os",
        "arch",
        "hostname",
        "ip_address",
        "pid",
        "disabled_at",
    }
)


@lazy_fields(
    ("name", "name"),
    ("type_", "type"),
    ("version", "version"),
    ("os", "os"),
    ("arch", "arch"),
    ("hostname", "hostname"),
    ("ip_address", "ip_address"),
    ("pid", "pid"),
    converted=(
        ("connected_at", "connected_at", Timestamp.from_dict),
        ("disabled_at", "disabled_at", Timestamp.from_dict),
    ),
    required=_REQUIRED,
)
@_attrs_define(slots=False)
class AgentMetadata:
    name: str
    type_: str
    """ Name of the agent type. """
    connected_at: Timestamp
    """ A point in time in any of the encodings the servers use. """
    version: str
    """ Agent version, e.g. `v2.2.6`. """
    os: str
    arch: str
    hostname: str
    ip_address: str
    pid: int
    disabled_at: Timestamp | Unset = UNSET
    """ A point in time in any of the encodings the servers use. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_

        connected_at = self.connected_at.to_dict()

        version = self.version

        os = self.os

        arch = self.arch

        hostname = self.hostname

        ip_address = self.ip_address

        pid = self.pid

        disabled_at: dict[str, Any] | Unset = UNSET
        if not isinstance(self.disabled_at, Unset):
            disabled_at = self.disabled_at.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
                "connected_at": connected_at,
                "version": version,
                "os": os,
                "arch": arch,
                "hostname": hostname,
                "ip_address": ip_address,
                "pid": pid,
            }
        )
        if disabled_at is not UNSET:
            field_dict["disabled_at"] = disabled_at

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
