from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_secret_input_data import ProjectSecretInputData
    from ..models.project_secret_input_metadata import ProjectSecretInputMetadata


T = TypeVar("T", bound="ProjectSecretInput")


@_attrs_define
class ProjectSecretInput:
    """A secret to create, or the new state of one (an update replaces the name and the whole content). The project comes
    from the path; fields the server sets (`id`, the times, `content_included`) are ignored, as are unknown fields.

    """

    metadata: ProjectSecretInputMetadata
    data: ProjectSecretInputData | Unset = UNSET
    """ The environment variables and files; a list left out is empty. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metadata = self.metadata.to_dict()

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metadata": metadata,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.project_secret_input_data import ProjectSecretInputData  # noqa: PLC0415
        from ..models.project_secret_input_metadata import ProjectSecretInputMetadata  # noqa: PLC0415

        d = dict(src_dict)
        metadata = ProjectSecretInputMetadata.from_dict(d.pop("metadata"))

        _data = d.pop("data", UNSET)
        data: ProjectSecretInputData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = ProjectSecretInputData.from_dict(_data)

        project_secret_input = cls(
            metadata=metadata,
            data=data,
        )

        project_secret_input.additional_properties = d
        return project_secret_input

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
