from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_version import ApiVersion
from ..models.project_secret_kind import ProjectSecretKind

if TYPE_CHECKING:
    from ..models.project_secret_metadata import ProjectSecretMetadata
    from ..models.project_secret_spec import ProjectSecretSpec


T = TypeVar("T", bound="ProjectSecret")


@_attrs_define
class ProjectSecret:
    """A project secret."""

    api_version: ApiVersion
    """ Version of the resource's representation; always `v2`. """
    kind: ProjectSecretKind
    metadata: ProjectSecretMetadata
    spec: ProjectSecretSpec
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_version = self.api_version.value

        kind = self.kind.value

        metadata = self.metadata.to_dict()

        spec = self.spec.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "apiVersion": api_version,
                "kind": kind,
                "metadata": metadata,
                "spec": spec,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.project_secret_metadata import ProjectSecretMetadata  # noqa: PLC0415
        from ..models.project_secret_spec import ProjectSecretSpec  # noqa: PLC0415

        d = dict(src_dict)
        api_version = ApiVersion(d.pop("apiVersion"))

        kind = ProjectSecretKind(d.pop("kind"))

        metadata = ProjectSecretMetadata.from_dict(d.pop("metadata"))

        spec = ProjectSecretSpec.from_dict(d.pop("spec"))

        project_secret = cls(
            api_version=api_version,
            kind=kind,
            metadata=metadata,
            spec=spec,
        )

        project_secret.additional_properties = d
        return project_secret

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
