from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_agent_port import JobAgentPort


T = TypeVar("T", bound="JobAgentStatus")


@_attrs_define
class JobAgentStatus:
    ip: str
    ports: list[JobAgentPort]
    name: str | Unset = UNSET
    """ Agent name (self-hosted agents); `""` for cloud machines. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ip = self.ip

        ports = []
        for ports_item_data in self.ports:
            ports_item = ports_item_data.to_dict()

            ports.append(ports_item)

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ip": ip,
                "ports": ports,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_agent_port import JobAgentPort  # noqa: PLC0415

        d = dict(src_dict)
        ip = d.pop("ip")

        ports = []
        _ports = d.pop("ports")
        for ports_item_data in _ports:
            ports_item = JobAgentPort.from_dict(ports_item_data)

            ports.append(ports_item)

        name = d.pop("name", UNSET)

        job_agent_status = cls(
            ip=ip,
            ports=ports,
            name=name,
        )

        job_agent_status.additional_properties = d
        return job_agent_status

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
