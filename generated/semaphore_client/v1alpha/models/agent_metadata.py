from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentMetadata")


@_attrs_define
class AgentMetadata:
    name: str
    type_: str
    """ Name of the agent type. """
    connected_at: int | str
    """ Seconds since the Unix epoch as a JSON integer, or the empty string `""` when the timestamp is not set
    (self-hosted agent types and agents). The docs show integers only; clients must accept both. """
    version: str
    """ Agent version, e.g. `v2.2.6`. """
    os: str
    arch: str
    hostname: str
    ip_address: str
    pid: int
    disabled_at: int | str | Unset = UNSET
    """ Seconds since the Unix epoch as a JSON integer, or the empty string `""` when the timestamp is not set
    (self-hosted agent types and agents). The docs show integers only; clients must accept both. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_

        connected_at: int | str
        connected_at = self.connected_at

        version = self.version

        os = self.os

        arch = self.arch

        hostname = self.hostname

        ip_address = self.ip_address

        pid = self.pid

        disabled_at: int | str | Unset
        if isinstance(self.disabled_at, Unset):
            disabled_at = UNSET
        else:
            disabled_at = self.disabled_at

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
        d = dict(src_dict)
        name = d.pop("name")

        type_ = d.pop("type")

        def _parse_connected_at(data: object) -> int | str:
            return cast(int | str, data)

        connected_at = _parse_connected_at(d.pop("connected_at"))

        version = d.pop("version")

        os = d.pop("os")

        arch = d.pop("arch")

        hostname = d.pop("hostname")

        ip_address = d.pop("ip_address")

        pid = d.pop("pid")

        def _parse_disabled_at(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        disabled_at = _parse_disabled_at(d.pop("disabled_at", UNSET))

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
