from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.timestamp import Timestamp


T = TypeVar("T", bound="AgentMetadata")


@_attrs_define
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
        from ..models.timestamp import Timestamp  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        type_ = d.pop("type")

        connected_at = Timestamp.from_dict(d.pop("connected_at"))

        version = d.pop("version")

        os = d.pop("os")

        arch = d.pop("arch")

        hostname = d.pop("hostname")

        ip_address = d.pop("ip_address")

        pid = d.pop("pid")

        _disabled_at = d.pop("disabled_at", UNSET)
        disabled_at: Timestamp | Unset
        if isinstance(_disabled_at, Unset):
            disabled_at = UNSET
        else:
            disabled_at = Timestamp.from_dict(_disabled_at)

        agent_metadata = cls(
            name=name,
            type_=type_,
            connected_at=connected_at,
            version=version,
            os=os,
            arch=arch,
            hostname=hostname,
            ip_address=ip_address,
            pid=pid,
            disabled_at=disabled_at,
        )

        agent_metadata.additional_properties = d
        return agent_metadata

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
