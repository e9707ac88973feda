from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.agent_type_metadata import AgentTypeMetadata
    from ..models.agent_type_spec import AgentTypeSpec
    from ..models.agent_type_status import AgentTypeStatus


T = TypeVar("T", bound="AgentType")


@_attrs_define
class AgentType:
    metadata: AgentTypeMetadata
    spec: AgentTypeSpec
    status: AgentTypeStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metadata = self.metadata.to_dict()

        spec = self.spec.to_dict()

        status = self.status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metadata": metadata,
                "spec": spec,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agent_type_metadata import AgentTypeMetadata  # noqa: PLC0415
        from ..models.agent_type_spec import AgentTypeSpec  # noqa: PLC0415
        from ..models.agent_type_status import AgentTypeStatus  # noqa: PLC0415

        d = dict(src_dict)
        metadata = AgentTypeMetadata.from_dict(d.pop("metadata"))

        spec = AgentTypeSpec.from_dict(d.pop("spec"))

        status = AgentTypeStatus.from_dict(d.pop("status"))

        agent_type = cls(
            metadata=metadata,
            spec=spec,
            status=status,
        )

        agent_type.additional_properties = d
        return agent_type

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
