from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_type_request_metadata import AgentTypeRequestMetadata
    from ..models.agent_type_request_spec import AgentTypeRequestSpec


T = TypeVar("T", bound="AgentTypeRequest")


@_attrs_define
class AgentTypeRequest:
    """An agent type to create, or the new settings of one to update."""

    metadata: AgentTypeRequestMetadata
    spec: AgentTypeRequestSpec | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metadata = self.metadata.to_dict()

        spec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.spec, Unset):
            spec = self.spec.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metadata": metadata,
            }
        )
        if spec is not UNSET:
            field_dict["spec"] = spec

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agent_type_request_metadata import AgentTypeRequestMetadata  # noqa: PLC0415
        from ..models.agent_type_request_spec import AgentTypeRequestSpec  # noqa: PLC0415

        d = dict(src_dict)
        metadata = AgentTypeRequestMetadata.from_dict(d.pop("metadata"))

        _spec = d.pop("spec", UNSET)
        spec: AgentTypeRequestSpec | Unset
        if isinstance(_spec, Unset):
            spec = UNSET
        else:
            spec = AgentTypeRequestSpec.from_dict(_spec)

        agent_type_request = cls(
            metadata=metadata,
            spec=spec,
        )

        agent_type_request.additional_properties = d
        return agent_type_request

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
