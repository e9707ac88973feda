from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.project_secret_data import ProjectSecretData
    from ..models.project_secret_metadata import ProjectSecretMetadata


T = TypeVar("T", bound="ProjectSecret")


@_attrs_define
class ProjectSecret:
    """A secret of one project."""

    metadata: ProjectSecretMetadata
    data: ProjectSecretData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metadata = self.metadata.to_dict()

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metadata": metadata,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.project_secret_data import ProjectSecretData  # noqa: PLC0415
        from ..models.project_secret_metadata import ProjectSecretMetadata  # noqa: PLC0415

        d = dict(src_dict)
        metadata = ProjectSecretMetadata.from_dict(d.pop("metadata"))

        data = ProjectSecretData.from_dict(d.pop("data"))

        project_secret = cls(
            metadata=metadata,
            data=data,
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
