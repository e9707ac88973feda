from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_version import ApiVersion
from ..models.deployment_target_kind import DeploymentTargetKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deployment_target_metadata import DeploymentTargetMetadata
    from ..models.target_spec import TargetSpec


T = TypeVar("T", bound="DeploymentTarget")


@_attrs_define
class DeploymentTarget:
    api_version: ApiVersion
    """ Version of the resource's representation; always `v2`. """
    kind: DeploymentTargetKind
    spec: TargetSpec
    metadata: DeploymentTargetMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_version = self.api_version.value

        kind = self.kind.value

        spec = self.spec.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "apiVersion": api_version,
                "kind": kind,
                "spec": spec,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.deployment_target_metadata import DeploymentTargetMetadata  # noqa: PLC0415
        from ..models.target_spec import TargetSpec  # noqa: PLC0415

        d = dict(src_dict)
        api_version = ApiVersion(d.pop("apiVersion"))

        kind = DeploymentTargetKind(d.pop("kind"))

        spec = TargetSpec.from_dict(d.pop("spec"))

        _metadata = d.pop("metadata", UNSET)
        metadata: DeploymentTargetMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = DeploymentTargetMetadata.from_dict(_metadata)

        deployment_target = cls(
            api_version=api_version,
            kind=kind,
            spec=spec,
            metadata=metadata,
        )

        deployment_target.additional_properties = d
        return deployment_target

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
