from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.simple_organization import SimpleOrganization
    from ..models.timeline import Timeline


T = TypeVar("T", bound="CanvasMetadata")


@_attrs_define
class CanvasMetadata:
    name: str
    id: UUID | Unset = UNSET
    organization: SimpleOrganization | Unset = UNSET
    """ The organization a resource belongs to. """
    timeline: Timeline | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        organization: dict[str, Any] | Unset = UNSET
        if not isinstance(self.organization, Unset):
            organization = self.organization.to_dict()

        timeline: dict[str, Any] | Unset = UNSET
        if not isinstance(self.timeline, Unset):
            timeline = self.timeline.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if organization is not UNSET:
            field_dict["organization"] = organization
        if timeline is not UNSET:
            field_dict["timeline"] = timeline

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.simple_organization import SimpleOrganization  # noqa: PLC0415
        from ..models.timeline import Timeline  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        _organization = d.pop("organization", UNSET)
        organization: SimpleOrganization | Unset
        if isinstance(_organization, Unset):
            organization = UNSET
        else:
            organization = SimpleOrganization.from_dict(_organization)

        _timeline = d.pop("timeline", UNSET)
        timeline: Timeline | Unset
        if isinstance(_timeline, Unset):
            timeline = UNSET
        else:
            timeline = Timeline.from_dict(_timeline)

        canvas_metadata = cls(
            name=name,
            id=id,
            organization=organization,
            timeline=timeline,
        )

        canvas_metadata.additional_properties = d
        return canvas_metadata

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
