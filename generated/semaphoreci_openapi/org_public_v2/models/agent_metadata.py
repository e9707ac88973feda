from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._runtime.decoding import RAW, lazy_fields, missing_keys, not_an_object
from ..models.agent_metadata_status import AgentMetadataStatus
from ..models.timestamp import Timestamp
from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentMetadata")
_setattr = object.__setattr__
# The JSON keys a received object must have, and (for additional_properties) all it declares.
_REQUIRED: frozenset[str] = frozenset({})
_KNOWN: frozenset[str] = frozenset(
    {
        "name",
        "type",
        "version",
        "os",
        "arch",
        "pid",
        "hostname",
        "ip_address",
        "org_id",
        "connected_at",
        "disabled_at",
        "status",
    }
)


@lazy_fields(
    ("name", "name"),
    ("type_", "type"),
    ("version", "version"),
    ("os", "os"),
    ("arch", "arch"),
    ("pid", "pid"),
    ("hostname", "hostname"),
    ("ip_address", "ip_address"),
    converted=(
        ("connected_at", "connected_at", Timestamp.from_dict),
        ("disabled_at", "disabled_at", Timestamp.from_dict),
        ("status", "status", AgentMetadataStatus.from_value),
    ),
    required=_REQUIRED,
)
@_attrs_define(slots=False)
class AgentMetadata:
    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    """ The agent type's name. """
    version: str | Unset = UNSET
    os: str | Unset = UNSET
    arch: str | Unset = UNSET
    pid: int | Unset = UNSET
    hostname: str | Unset = UNSET
    ip_address: str | Unset = UNSET
    org_id: UUID | Unset = UNSET
    connected_at: Timestamp | Unset = UNSET
    """ A point in time in any of the encodings the servers use. """
    disabled_at: Timestamp | Unset = UNSET
    """ A point in time in any of the encodings the servers use. """
    status: AgentMetadataStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_

        version = self.version

        os = self.os

        arch = self.arch

        pid = self.pid

        hostname = self.hostname

        ip_address = self.ip_address

        org_id: str | Unset = UNSET
        if not isinstance(self.org_id, Unset):
            org_id = str(self.org_id)

        connected_at: dict[str, Any] | Unset = UNSET
        if not isinstance(self.connected_at, Unset):
            connected_at = self.connected_at.to_dict()

        disabled_at: dict[str, Any] | Unset = UNSET
        if not isinstance(self.disabled_at, Unset):
            disabled_at = self.disabled_at.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if version is not UNSET:
            field_dict["version"] = version
        if os is not UNSET:
            field_dict["os"] = os
        if arch is not UNSET:
            field_dict["arch"] = arch
        if pid is not UNSET:
            field_dict["pid"] = pid
        if hostname is not UNSET:
            field_dict["hostname"] = hostname
        if ip_address is not UNSET:
            field_dict["ip_address"] = ip_address
        if org_id is not UNSET:
            field_dict["org_id"] = org_id
        if connected_at is not UNSET:
            field_dict["connected_at"] = connected_at
        if disabled_at is not UNSET:
            field_dict["disabled_at"] = disabled_at
        if status is not UNSET:
            field_dict["status"] = status

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
    def _decode_org_id(d: Mapping[str, Any]) -> UUID | Unset:
        _org_id = d.get("org_id", UNSET)
        org_id: UUID | Unset
        if isinstance(_org_id, Unset):
            org_id = UNSET
        else:
            org_id = UUID(_org_id)

        return org_id

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
