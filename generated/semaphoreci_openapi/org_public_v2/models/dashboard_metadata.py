from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.dashboard_metadata_timeline import DashboardMetadataTimeline
    from ..models.simple_organization import SimpleOrganization


T = TypeVar("T", bound="DashboardMetadata")


@_attrs_define
class DashboardMetadata:
    id: UUID
    name: str
    organization: SimpleOrganization
    """ The organization a resource belongs to. """
    timeline: DashboardMetadataTimeline
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        organization = self.organization.to_dict()

        timeline = self.timeline.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "organization": organization,
                "timeline": timeline,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dashboard_metadata_timeline import DashboardMetadataTimeline  # noqa: PLC0415
        from ..models.simple_organization import SimpleOrganization  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        organization = SimpleOrganization.from_dict(d.pop("organization"))

        timeline = DashboardMetadataTimeline.from_dict(d.pop("timeline"))

        dashboard_metadata = cls(
            id=id,
            name=name,
            organization=organization,
            timeline=timeline,
        )

        dashboard_metadata.additional_properties = d
        return dashboard_metadata

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
