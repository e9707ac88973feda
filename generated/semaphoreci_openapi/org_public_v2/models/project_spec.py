from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_spec_visibility import ProjectSpecVisibility
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_spec_repository import ProjectSpecRepository


T = TypeVar("T", bound="ProjectSpec")


@_attrs_define
class ProjectSpec:
    name: str
    repository: ProjectSpecRepository
    description: str | Unset = UNSET
    visibility: ProjectSpecVisibility | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        repository = self.repository.to_dict()

        description = self.description

        visibility: str | Unset = UNSET
        if not isinstance(self.visibility, Unset):
            visibility = self.visibility.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "repository": repository,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if visibility is not UNSET:
            field_dict["visibility"] = visibility

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.project_spec_repository import ProjectSpecRepository  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        repository = ProjectSpecRepository.from_dict(d.pop("repository"))

        description = d.pop("description", UNSET)

        _visibility = d.pop("visibility", UNSET)
        visibility: ProjectSpecVisibility | Unset
        if isinstance(_visibility, Unset):
            visibility = UNSET
        else:
            visibility = ProjectSpecVisibility(_visibility)

        project_spec = cls(
            name=name,
            repository=repository,
            description=description,
            visibility=visibility,
        )

        project_spec.additional_properties = d
        return project_spec

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
