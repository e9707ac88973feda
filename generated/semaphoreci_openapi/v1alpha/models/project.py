from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.project_metadata import ProjectMetadata
    from ..models.project_spec import ProjectSpec


T = TypeVar("T", bound="Project")


@_attrs_define
class Project:
    """A project as the projects service renders it. `spec.custom_permissions`, `spec.debug_permissions` and
    `spec.attach_permissions` are sent only for organizations whose plan restricts debug and attach sessions.

    """

    api_version: Literal["v1alpha"]
    kind: Literal["Project"]
    metadata: ProjectMetadata
    spec: ProjectSpec
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_version = self.api_version

        kind = self.kind

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
        from ..models.project_metadata import ProjectMetadata  # noqa: PLC0415
        from ..models.project_spec import ProjectSpec  # noqa: PLC0415

        d = dict(src_dict)
        api_version = cast(Literal["v1alpha"], d.pop("apiVersion"))
        if api_version != "v1alpha":
            raise ValueError(f"apiVersion must match const 'v1alpha', got '{api_version}'")

        kind = cast(Literal["Project"], d.pop("kind"))
        if kind != "Project":
            raise ValueError(f"kind must match const 'Project', got '{kind}'")

        metadata = ProjectMetadata.from_dict(d.pop("metadata"))

        spec = ProjectSpec.from_dict(d.pop("spec"))

        project = cls(
            api_version=api_version,
            kind=kind,
            metadata=metadata,
            spec=spec,
        )

        project.additional_properties = d
        return project

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
